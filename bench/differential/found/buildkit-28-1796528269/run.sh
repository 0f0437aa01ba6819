golf lima 4

delta lima 4

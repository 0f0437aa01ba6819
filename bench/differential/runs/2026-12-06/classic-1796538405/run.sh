alpha lima 4

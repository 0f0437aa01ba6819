y22 delta 4

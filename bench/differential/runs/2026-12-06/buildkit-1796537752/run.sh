alpha y22 4

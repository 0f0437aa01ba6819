y22 oscar 4

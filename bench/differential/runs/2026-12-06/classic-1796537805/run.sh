echo y22 4

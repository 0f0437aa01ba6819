lima y22 4

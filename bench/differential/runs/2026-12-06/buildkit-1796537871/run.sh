mike y22 4

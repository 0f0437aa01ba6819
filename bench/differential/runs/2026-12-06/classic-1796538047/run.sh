golf y22 4

y22 romeo 4

kilo y22 4

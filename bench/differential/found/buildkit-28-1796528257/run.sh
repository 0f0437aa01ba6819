kilo y22 5

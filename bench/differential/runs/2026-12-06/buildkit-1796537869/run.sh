x1 x1 4

golf x1 4

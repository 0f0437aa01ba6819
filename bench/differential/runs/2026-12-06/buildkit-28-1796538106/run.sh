alpha x1 4

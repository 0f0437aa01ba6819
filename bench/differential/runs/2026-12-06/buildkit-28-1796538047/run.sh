x1 delta 4

x1 alpha 4

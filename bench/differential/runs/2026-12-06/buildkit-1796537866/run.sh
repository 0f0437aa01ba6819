delta x1 4

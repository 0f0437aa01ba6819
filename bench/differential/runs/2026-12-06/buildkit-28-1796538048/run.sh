x1 romeo 4

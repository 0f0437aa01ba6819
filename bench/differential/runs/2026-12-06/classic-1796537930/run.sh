x1 papa 4

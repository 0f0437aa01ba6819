y22 papa 4

x1 bravo 4

romeo bravo 4

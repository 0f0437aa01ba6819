delta bravo 4

papa bravo 4

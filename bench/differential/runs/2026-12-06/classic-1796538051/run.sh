bravo x1 4

bravo alpha 4

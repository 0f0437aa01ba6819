mike bravo 6

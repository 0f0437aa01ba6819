mike bravo 4

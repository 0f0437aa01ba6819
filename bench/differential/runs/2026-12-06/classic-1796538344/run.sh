golf bravo 4

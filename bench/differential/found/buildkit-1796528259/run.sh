x1 kilo 4

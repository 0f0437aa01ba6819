lima kilo 4

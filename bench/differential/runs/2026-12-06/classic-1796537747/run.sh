bravo kilo 4

bravo kilo 5

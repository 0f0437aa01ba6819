romeo kilo 4

golf kilo 4

mike kilo 4

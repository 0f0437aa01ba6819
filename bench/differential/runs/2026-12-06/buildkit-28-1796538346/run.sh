papa kilo 4

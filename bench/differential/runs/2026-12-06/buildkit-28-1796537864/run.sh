papa kilo 5

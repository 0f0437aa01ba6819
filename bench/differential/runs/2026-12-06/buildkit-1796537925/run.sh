delta kilo 4

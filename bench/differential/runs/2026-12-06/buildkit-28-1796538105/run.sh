z333 kilo 4

kilo lima 4

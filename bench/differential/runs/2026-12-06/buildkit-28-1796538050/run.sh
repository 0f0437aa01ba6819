zulu kilo 4

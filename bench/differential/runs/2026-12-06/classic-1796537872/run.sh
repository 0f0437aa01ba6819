zulu delta 4

bravo zulu 4

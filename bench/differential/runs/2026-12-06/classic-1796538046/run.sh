mike zulu 4

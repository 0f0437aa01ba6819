papa zulu 4

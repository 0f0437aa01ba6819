alpha zulu 4

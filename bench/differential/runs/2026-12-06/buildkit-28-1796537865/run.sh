romeo zulu 4

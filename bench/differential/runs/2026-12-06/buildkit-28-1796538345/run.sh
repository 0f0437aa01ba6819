delta zulu 4

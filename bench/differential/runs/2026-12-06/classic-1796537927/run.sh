oscar zulu 4

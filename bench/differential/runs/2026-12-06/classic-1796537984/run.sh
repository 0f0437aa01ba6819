zulu zulu 4

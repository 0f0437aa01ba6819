kilo zulu 4

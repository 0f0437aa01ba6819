zulu mike 4

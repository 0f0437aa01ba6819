zulu z333 4

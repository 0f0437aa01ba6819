zulu lima 4

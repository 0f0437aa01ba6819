zulu bravo 4

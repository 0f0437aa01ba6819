bravo romeo 4

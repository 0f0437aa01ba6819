bravo delta 4

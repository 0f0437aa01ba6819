bravo mike 4

bravo mike 5

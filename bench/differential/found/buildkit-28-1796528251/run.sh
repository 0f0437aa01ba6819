lima mike 5

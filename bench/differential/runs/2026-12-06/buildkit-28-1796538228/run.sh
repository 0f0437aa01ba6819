lima mike 4

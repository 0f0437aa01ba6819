kilo mike 4

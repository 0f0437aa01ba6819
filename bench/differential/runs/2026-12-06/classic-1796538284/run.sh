echo mike 4

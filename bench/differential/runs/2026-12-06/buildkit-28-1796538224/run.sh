oscar mike 4

romeo mike 4

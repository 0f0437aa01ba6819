oscar delta 4

alpha delta 4

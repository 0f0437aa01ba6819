alpha delta 5

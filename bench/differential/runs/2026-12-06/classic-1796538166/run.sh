x1 golf 4

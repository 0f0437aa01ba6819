z333 golf 4

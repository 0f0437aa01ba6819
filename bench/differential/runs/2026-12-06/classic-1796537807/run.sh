kilo golf 4

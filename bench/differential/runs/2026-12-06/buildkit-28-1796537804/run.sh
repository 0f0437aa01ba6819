delta golf 4

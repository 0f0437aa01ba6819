papa golf 4

bravo golf 4

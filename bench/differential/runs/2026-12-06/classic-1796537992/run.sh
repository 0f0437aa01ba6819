golf golf 4

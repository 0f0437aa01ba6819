romeo golf 4

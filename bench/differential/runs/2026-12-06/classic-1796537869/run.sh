oscar golf 4

romeo delta 4

kilo oscar 4

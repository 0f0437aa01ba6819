lima romeo 4

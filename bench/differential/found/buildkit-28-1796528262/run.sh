papa delta 4

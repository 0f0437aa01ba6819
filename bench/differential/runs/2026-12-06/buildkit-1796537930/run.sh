papa romeo 4

golf romeo 4

oscar romeo 4

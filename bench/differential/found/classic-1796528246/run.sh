delta romeo 4

papa y22 4

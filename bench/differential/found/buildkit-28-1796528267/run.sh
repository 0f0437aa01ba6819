delta y22 4

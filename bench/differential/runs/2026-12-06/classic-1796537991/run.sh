zulu y22 4

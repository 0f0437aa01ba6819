zulu oscar 4

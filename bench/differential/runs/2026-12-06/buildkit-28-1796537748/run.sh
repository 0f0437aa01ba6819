zulu papa 4

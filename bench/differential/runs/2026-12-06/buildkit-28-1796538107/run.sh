golf alpha 4

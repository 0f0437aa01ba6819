zulu alpha 4

papa alpha 4

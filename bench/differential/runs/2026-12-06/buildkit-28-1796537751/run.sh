delta alpha 4

alpha alpha 4

mike alpha 4

echo alpha 4

lima alpha 4

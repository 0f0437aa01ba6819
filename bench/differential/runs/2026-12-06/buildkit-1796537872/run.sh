oscar alpha 4

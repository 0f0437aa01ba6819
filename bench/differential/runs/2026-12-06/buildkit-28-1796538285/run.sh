alpha romeo 4

golf oscar 4

oscar oscar 4

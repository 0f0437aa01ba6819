papa oscar 4

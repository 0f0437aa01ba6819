z333 oscar 4

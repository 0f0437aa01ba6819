mike z333 4

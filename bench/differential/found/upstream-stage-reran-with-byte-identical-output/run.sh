z333 alpha 4

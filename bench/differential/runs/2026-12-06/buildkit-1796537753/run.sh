echo z333 4

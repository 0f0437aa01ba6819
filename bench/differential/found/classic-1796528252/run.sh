romeo z333 4

kilo z333 4

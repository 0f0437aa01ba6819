delta z333 4

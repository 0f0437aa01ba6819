z333 papa 4

z333 bravo 4

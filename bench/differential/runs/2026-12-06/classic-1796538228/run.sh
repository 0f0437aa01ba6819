bravo z333 4

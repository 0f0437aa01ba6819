lima z333 4

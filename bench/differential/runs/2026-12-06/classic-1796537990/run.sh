z333 tango 4

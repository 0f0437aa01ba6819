tango z333 4

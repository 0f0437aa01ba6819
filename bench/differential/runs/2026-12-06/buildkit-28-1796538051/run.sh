x1 tango 4

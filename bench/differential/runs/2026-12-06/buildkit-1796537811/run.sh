y22 tango 4

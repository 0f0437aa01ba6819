tango delta 4

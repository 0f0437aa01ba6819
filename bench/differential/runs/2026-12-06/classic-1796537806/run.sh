mike tango 4

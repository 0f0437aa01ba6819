romeo tango 4

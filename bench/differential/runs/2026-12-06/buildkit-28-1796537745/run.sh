delta tango 4

golf tango 4

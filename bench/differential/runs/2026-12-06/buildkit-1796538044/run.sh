papa tango 4

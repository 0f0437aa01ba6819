tango alpha 4

tango y22 4

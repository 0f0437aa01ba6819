tango bravo 4

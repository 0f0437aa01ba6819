tango lima 4

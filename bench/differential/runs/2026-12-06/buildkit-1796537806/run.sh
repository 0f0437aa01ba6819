tango kilo 4

tango papa 4

tango oscar 4

tango mike 4

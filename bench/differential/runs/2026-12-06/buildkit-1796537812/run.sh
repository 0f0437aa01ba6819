tango echo 4

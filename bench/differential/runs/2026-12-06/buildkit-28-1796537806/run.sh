tango echo 5

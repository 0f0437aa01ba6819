tango golf 4

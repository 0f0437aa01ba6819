kilo tango 4

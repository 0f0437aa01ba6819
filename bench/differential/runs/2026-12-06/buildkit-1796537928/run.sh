papa papa 4

golf papa 4

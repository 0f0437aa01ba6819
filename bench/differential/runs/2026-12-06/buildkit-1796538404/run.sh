lima papa 4

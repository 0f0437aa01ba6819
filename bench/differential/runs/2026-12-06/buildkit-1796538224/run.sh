bravo papa 4

echo papa 4

alpha papa 4

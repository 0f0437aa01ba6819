papa lima 4

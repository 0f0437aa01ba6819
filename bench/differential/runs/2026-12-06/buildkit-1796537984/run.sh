delta delta 4

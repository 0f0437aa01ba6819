delta delta 5

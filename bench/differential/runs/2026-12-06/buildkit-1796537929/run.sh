mike romeo 4

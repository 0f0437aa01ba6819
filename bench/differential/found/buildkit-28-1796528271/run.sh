mike romeo 5

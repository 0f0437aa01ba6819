papa mike 4

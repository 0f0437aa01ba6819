echo x1 4

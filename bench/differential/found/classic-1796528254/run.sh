papa z333 4

echo echo 4

mike echo 4

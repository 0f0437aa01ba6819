romeo echo 4

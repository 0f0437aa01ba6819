bravo echo 4

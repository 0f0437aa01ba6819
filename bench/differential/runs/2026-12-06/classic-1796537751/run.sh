x1 echo 4

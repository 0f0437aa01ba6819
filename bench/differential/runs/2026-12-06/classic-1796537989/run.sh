y22 echo 4

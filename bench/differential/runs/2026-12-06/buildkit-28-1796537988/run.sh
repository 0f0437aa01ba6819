papa echo 4

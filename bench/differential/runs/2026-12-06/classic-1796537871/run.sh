oscar echo 4

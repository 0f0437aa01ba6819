zulu echo 4

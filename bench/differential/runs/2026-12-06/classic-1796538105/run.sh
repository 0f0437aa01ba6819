golf zulu 4

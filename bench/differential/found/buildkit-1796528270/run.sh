echo zulu 4

lima zulu 4

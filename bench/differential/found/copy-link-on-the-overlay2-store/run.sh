lima golf 4

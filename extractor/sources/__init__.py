"""Sources: each module turns one kind of input (files, Entrez, DOI services) into Articles."""

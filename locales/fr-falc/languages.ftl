# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = français
language-name-ar = arabe
language-name-uk = ukrainien
language-name-pt = portugais
language-name-tr = turc
language-name-ro = roumain
language-name-en = anglais
language-name-es = espagnol

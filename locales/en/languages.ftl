# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = French
language-name-ar = Arabic
language-name-uk = Ukrainian
language-name-pt = Portuguese
language-name-tr = Turkish
language-name-ro = Romanian
language-name-en = English
language-name-es = Spanish

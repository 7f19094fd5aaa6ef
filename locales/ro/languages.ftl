# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = franceză
language-name-ar = arabă
language-name-uk = ucraineană
language-name-pt = portugheză
language-name-tr = turcă
language-name-ro = română
language-name-en = engleză
language-name-es = spaniolă

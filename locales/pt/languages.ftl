# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = francês
language-name-ar = árabe
language-name-uk = ucraniano
language-name-pt = português
language-name-tr = turco
language-name-ro = romeno
language-name-en = inglês
language-name-es = espanhol

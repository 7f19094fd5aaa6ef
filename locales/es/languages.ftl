# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = francés
language-name-ar = árabe
language-name-uk = ucraniano
language-name-pt = portugués
language-name-tr = turco
language-name-ro = rumano
language-name-en = inglés
language-name-es = español

# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = Fransızca
language-name-ar = Arapça
language-name-uk = Ukraynaca
language-name-pt = Portekizce
language-name-tr = Türkçe
language-name-ro = Rumence
language-name-en = İngilizce
language-name-es = İspanyolca

# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = الفرنسية
language-name-ar = العربية
language-name-uk = الأوكرانية
language-name-pt = البرتغالية
language-name-tr = التركية
language-name-ro = الرومانية
language-name-en = الإنجليزية
language-name-es = الإسبانية

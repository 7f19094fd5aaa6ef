# Language names in the reader's language (for interpreters: "un interprète en arabe").

language-name-fr = французька
language-name-ar = арабська
language-name-uk = українська
language-name-pt = португальська
language-name-tr = турецька
language-name-ro = румунська
language-name-en = англійська
language-name-es = іспанська

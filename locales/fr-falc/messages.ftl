# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Code pour vous connecter
    .sms = Carnet : votre code est { $code }. Ce code marche pendant 10 minutes. Gardez ce code secret.
    .voice = Bonjour, ici Carnet. Votre code pour vous connecter est : { $spoken }. Je répète : { $spoken }.
reply-unknown-number = Numéro inconnu
    .sms = Carnet : ce numéro est inconnu. Appelez le collège de votre enfant.
    .voice = Bonjour, ici Carnet. Ce numéro est inconnu. Appelez le collège de votre enfant. Au revoir.

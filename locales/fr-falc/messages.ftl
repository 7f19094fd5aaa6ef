# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Code pour vous connecter
    .sms = Carnet : votre code est { $code }. Ce code marche pendant 10 minutes. Gardez ce code secret.
    .voice = Bonjour, ici Carnet. Votre code pour vous connecter est : { $spoken }. Je répète : { $spoken }.
reply-help = Aide
    .sms = Carnet : votre message est bien arrivé. Pour avoir de l'aide, allez sur Carnet. Ou appelez la vie scolaire.
reply-unknown-number = Numéro inconnu
    .sms = Carnet : ce numéro est inconnu. Appelez le collège de votre enfant.

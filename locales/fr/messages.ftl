# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Code de connexion
    .sms = Carnet : votre code est { $code }. Il est valable 10 minutes. Ne le donnez à personne.
    .voice = Bonjour, ici Carnet. Votre code de connexion est : { $spoken }. Je répète : { $spoken }.
reply-unknown-number = Numéro inconnu
    .sms = Carnet : ce numéro n'est pas connu. Contactez l'établissement de votre enfant.
    .voice = Bonjour, ici Carnet. Ce numéro n'est pas connu. Contactez l'établissement de votre enfant. Au revoir.

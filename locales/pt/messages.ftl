# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Código de acesso
    .sms = Carnet: o seu codigo é { $code }. É valido durante 10 minutos. Nao o partilhe com ninguém.
    .voice = Olá, aqui fala o Carnet. O seu código de acesso é: { $spoken }. Repito: { $spoken }.
reply-unknown-number = Número desconhecido
    .sms = Carnet: este numero nao é conhecido. Contacte a escola do seu filho.
    .voice = Olá, aqui fala o Carnet. Este número não é conhecido. Contacte a escola do seu filho. Adeus.

# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Código de acesso
    .sms = Carnet: o seu codigo é { $code }. É valido durante 10 minutos. Nao o partilhe com ninguém.
    .voice = Olá, aqui fala o Carnet. O seu código de acesso é: { $spoken }. Repito: { $spoken }.
reply-help = Ajuda
    .sms = Carnet: mensagem recebida. Para obter ajuda, entre no Carnet ou ligue para o servico de vida escolar (vie scolaire).
reply-unknown-number = Número desconhecido
    .sms = Carnet: este numero nao é conhecido. Contacte a escola do seu filho.

# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Código de acceso
    .sms = Carnet: su codigo es { $code }. Es valido durante 10 minutos. No se lo dé a nadie.
    .voice = Hola, le habla Carnet. Su código de acceso es: { $spoken }. Repito: { $spoken }.
reply-unknown-number = Número desconocido
    .sms = Carnet: este numero no es conocido. Contacte con el centro escolar de su hijo.
    .voice = Hola, le habla Carnet. Este número no es conocido. Contacte con el centro escolar de su hijo. Adiós.

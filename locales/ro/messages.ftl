# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Cod de conectare
    .sms = Carnet: codul dumneavoastră este { $code }. Este valabil 10 minute. Nu îl dați nimănui.
    .voice = Bună ziua, aici Carnet. Codul dumneavoastră de conectare este: { $spoken }. Repet: { $spoken }.
reply-help = Ajutor
    .sms = Carnet: mesaj primit. Pentru ajutor, conectați-vă la Carnet sau sunați la biroul vieții școlare (vie scolaire).
reply-unknown-number = Număr necunoscut
    .sms = Carnet: acest număr nu este cunoscut. Contactați școala copilului dumneavoastră.

# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Cod de conectare
    .sms = Carnet: codul dumneavoastră este { $code }. Este valabil 10 minute. Nu îl dați nimănui.
    .voice = Bună ziua, aici Carnet. Codul dumneavoastră de conectare este: { $spoken }. Repet: { $spoken }.
reply-unknown-number = Număr necunoscut
    .sms = Carnet: acest număr nu este cunoscut. Contactați școala copilului dumneavoastră.
    .voice = Bună ziua, aici Carnet. Acest număr nu este cunoscut. Contactați școala copilului dumneavoastră. La revedere.

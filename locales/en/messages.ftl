# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Sign-in code
    .sms = Carnet: your code is { $code }. It is valid for 10 minutes. Do not give it to anyone.
    .voice = Hello, this is Carnet. Your sign-in code is: { $spoken }. I repeat: { $spoken }.
reply-unknown-number = Unknown number
    .sms = Carnet: this number is not known. Contact your child's school.
    .voice = Hello, this is Carnet. This number is not known. Contact your child's school. Goodbye.

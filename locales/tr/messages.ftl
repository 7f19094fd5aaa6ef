# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Giriş kodu
    .sms = Carnet: Kodunuz { $code }. 10 dakika geçerlidir. Kodu kimseye vermeyin.
    .voice = Merhaba, burası Carnet. Giriş kodunuz: { $spoken }. Tekrar ediyorum: { $spoken }.
reply-unknown-number = Bilinmeyen numara
    .sms = Carnet: Bu numara kayıtlı değil. Çocuğunuzun okuluyla iletişime geçin.
    .voice = Merhaba, burası Carnet. Bu numara kayıtlı değil. Çocuğunuzun okuluyla iletişime geçin. Hoşça kalın.

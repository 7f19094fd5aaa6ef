# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Giriş kodu
    .sms = Carnet: Kodunuz { $code }. 10 dakika geçerlidir. Kodu kimseye vermeyin.
    .voice = Merhaba, burası Carnet. Giriş kodunuz: { $spoken }. Tekrar ediyorum: { $spoken }.
reply-help = Yardım
    .sms = Carnet: Mesajınız alındı. Yardım için Carnet sitesine girin veya okulun öğrenci işlerini (vie scolaire) arayın.
reply-unknown-number = Bilinmeyen numara
    .sms = Carnet: Bu numara kayıtlı değil. Çocuğunuzun okuluyla iletişime geçin.

# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Giriş yap
sign-in-intro = Okula verdiğiniz telefon numarasını girin. Size 6 haneli bir kod göndereceğiz.
sign-in-phone-label = Telefon numarası
sign-in-phone-hint = Örneğin: 06 12 34 56 78
sign-in-delivery-legend = Kodu nasıl almak istiyorsunuz?
sign-in-delivery-sms = SMS ile
sign-in-delivery-voice = Kodu okuyan bir telefon aramasıyla (sabit telefon için)
sign-in-submit = Kod al
code-title = Kodunuzu girin
code-sent = Bu numara okulda kayıtlıysa, { $phone } numarasına az önce bir kod gönderildi. Kod 10 dakika geçerlidir.
code-label = 6 haneli kod
code-submit = Giriş yap
code-new = Kod gelmedi: yeni bir kod iste
staff-sign-in-title = Personel girişi
staff-username-label = Kullanıcı adı
staff-password-label = Şifre
staff-sign-in-submit = Giriş yap
signed-out = Çıkış yaptınız.
error-phone-missing = Telefon numaranızı girin.
error-phone-invalid = Bu numara geçerli değil. Örneğin şöyle yazın: 06 12 34 56 78.
error-delivery-invalid = SMS veya arama seçin.
error-code-format = Kod 6 hanelidir.
error-code-wrong =
    { $left ->
        [one] Bu kod yanlış. Bir deneme hakkınız kaldı.
       *[other] Bu kod yanlış. { $left } deneme hakkınız kaldı.
    }
error-code-expired = Bu kodun süresi doldu. Yeni bir kod isteyin.
error-code-locked = Bu kodla çok fazla deneme yapıldı. Yeni bir kod isteyin.
error-too-many-requests =
    { $minutes ->
        [one] Çok fazla istek. Bir dakika bekleyin, sonra tekrar deneyin.
       *[other] Çok fazla istek. { $minutes } dakika bekleyin, sonra tekrar deneyin.
    }
error-username-missing = Kullanıcı adınızı girin.
error-password-missing = Şifrenizi girin.
error-credentials = Kullanıcı adı veya şifre yanlış.

# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = Okul ile aile arasındaki bağ
skip-link = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-settings = Ayarlarım
nav-help = Yardım
nav-sign-in = Giriş yap
nav-sign-out = Çıkış yap
footer-label = Site hakkında bilgiler
footer-privacy = Gizlilik
footer-accessibility = Erişilebilirlik: kısmen uyumlu
footer-simulator = Telefon simülatörü (tanıtım)
language-switcher-label = Dil
signed-in-as = Giriş yapan: { $name }
demo-banner = Tanıtım: Buradaki kişiler gerçek değildir ve hiçbir SMS gerçekten gönderilmez.
error-summary-title =
    { $count ->
        [one] Bir sorun var
       *[other] { $count } sorun var
    }
error-prefix = Hata:
back-home = Ana sayfaya dön
page-not-found-title = Sayfa bulunamadı
page-not-found-body = Bu sayfa yok veya artık mevcut değil.
page-forbidden-title = Erişim reddedildi
page-forbidden-body = Bu sayfayı görme izniniz yok.
page-bad-request-title = Eksik istek
page-bad-request-body = Gönderilen form eksik veya çok uzun. Geri dönün ve tekrar deneyin.
page-too-many-title = Çok fazla istek
page-too-many-body = Kısa sürede çok fazla istekte bulundunuz. Birkaç dakika bekleyin, sonra tekrar deneyin.
page-error-title = Bir hata oluştu
page-error-body = Birkaç dakika sonra tekrar deneyin. Sorun devam ederse okula haber verin.
role-head = okul yönetimi
role-vie_scolaire = öğrenci işleri (vie scolaire)
role-teacher = öğretmen
role-mediator = arabulucu
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}

# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "yıldız" and "kare" are the * and # keys.

menu-pin = Gizli kod
    .sms = Carnet: Güvenliğiniz için telefon menüsü gizli kodunuzu ister.
    .voice = Merhaba, burası Carnet. Güvenliğiniz için 4 haneli gizli kodunuzu tuşlayın, ardından kare tuşuna basın.
menu-pin-wrong = Yanlış gizli kod
    .sms = Carnet: Bu gizli kod doğru değil.
    .voice = Bu gizli kod doğru değil.
menu-pin-locked = Menü kilitlendi
    .sms = Carnet: Gizli kod çok fazla kez denendi. Bir saat sonra tekrar deneyin.
    .voice = Gizli kod çok fazla kez denendi. Bir saat sonra tekrar deneyin. Bir kişinin sizi geri araması için 9'u tuşlayın.
menu-no-pin = Gizli kod yok
    .sms = Carnet: Menüyü kullanmak için Carnet'teki ayarlarınızdan bir gizli kod seçin.
    .voice = Merhaba, burası Carnet. Henüz gizli kodunuz yok. Kodu Carnet'teki ayarlarınızdan seçin veya okula sorun. Bir kişinin sizi geri araması için 9'u tuşlayın.
menu-main = Menü
    .sms = Carnet: Mesajlarınız için 1, dili değiştirmek için 2, yardım için 3, geri aranmak için 9 gönderin.
    .voice = Mesajlarınızı dinlemek için 1'i tuşlayın. Dili değiştirmek için 2'yi tuşlayın. Yardım için 3'ü tuşlayın. Bir kişinin sizi geri araması için 9'u tuşlayın. Tekrar dinlemek için yıldız tuşuna basın.
menu-language = Dil
    .sms = Carnet: Cevap olarak gönderin: 1 Fransızca, 2 Arapça, 3 Ukraynaca, 4 diğer diller. Ya da LANGUE (veya DİL) ve kodu: LANGUE pt gibi.
    .voice = Dilinizi seçin.
menu-language-more = Diğer diller
    .sms = Carnet: Cevap olarak gönderin: 1 Portekizce, 2 Türkçe, 3 Rumence, 4 diğer diller.
    .voice = Dilinizi seçin.
menu-language-last = Son diller
    .sms = Carnet: Cevap olarak gönderin: 1 İngilizce, 2 İspanyolca, 4 listenin başına dönmek için.
    .voice = Dilinizi seçin.
menu-language-option = Dil seçeneği
    .voice = Türkçe için { $digit } tuşlayın.
menu-more-languages = Diğer diller
    .voice = Diğer diller için { $digit } tuşlayın.
menu-repeat = Tekrar dinle
    .voice = Tekrar dinlemek için yıldız tuşuna basın.
menu-language-set = Dil seçildi
    .sms = Carnet: Mesajlar bundan sonra Türkçe olacak.
    .voice = Mesajlar bundan sonra Türkçe olacak.
menu-absence = Açıklanacak devamsızlık
    .voice = { $first } { $when ->
            [today] { $half ->
                [am] bu sabah
               *[pm] bu öğleden sonra
            }
            [yesterday] { $half ->
                [am] dün sabah
               *[pm] dün öğleden sonra
            }
           *[earlier] birkaç gün önce
        } okula gelmedi. Nedeni bildirmek için:
menu-reason-option = Tuşla neden seçimi
    .voice = { $reason } için { $digit } tuşlayın.
menu-absence-keys = Devamsızlık için diğer tuşlar
    .voice = Çocuğunuz okuldaydıysa 0'ı tuşlayın. Bir kişinin sizi geri araması için 9'u tuşlayın. Tekrar dinlemek için yıldız tuşuna basın.
menu-messages-none = Yeni mesaj yok
    .sms = Carnet: Yeni mesajınız yok.
    .voice = Yeni mesajınız yok.
menu-help = Yardım
    .sms = Carnet: Rakam gönderin. STOP SMS'i durdurur, START yeniden başlatır, LANGUE dili değiştirir. Yardım: öğrenci işleri (vie scolaire).
    .voice = Carnet size devamsızlıkları, randevuları ve okulun mesajlarını bildirir. Telefonunuzun tuşlarıyla cevap verebilirsiniz. Bir kişiyle konuşmak için menüde 9'u tuşlayın.
menu-callback = Geri arama istendi
    .sms = Carnet: Talebiniz alındı, okuldan bir kişi sizi geri arayacak.
    .voice = Talebiniz alındı. Okuldan bir kişi sizi geri arayacak.
menu-goodbye = Hoşça kalın
    .sms = Carnet: Teşekkürler, hoşça kalın.
    .voice = Teşekkürler, hoşça kalın.
menu-no-voice = Bu dilde ses yok
    .voice = Henüz sizin dilinizde bir sesimiz yok. Dilinizi konuşan bir kişinin sizi geri araması için 9'u tuşlayın.
call-repeat = Mesajı tekrar dinle
    .voice = Bu mesajı tekrar dinlemek için yıldız tuşuna basın. Dinlemek istemiyorsanız telefonu kapatabilirsiniz.
sms-stopped = SMS'ler durduruldu
    .sms = Carnet: Artık SMS almayacaksınız. Okul size başka bir yolla ulaşacak. Yeniden başlatmak için START veya BAŞLA yazıp gönderin.
sms-started = SMS'ler yeniden başladı
    .sms = Carnet: SMS'leri yeniden alıyorsunuz. Durdurmak için STOP veya DUR yazıp gönderin.
sms-language-unknown = Bilinmeyen dil
    .sms = Carnet: Bilinmeyen dil. Geçerli kodlar: fr, ar, uk, pt, tr, ro, en, es.

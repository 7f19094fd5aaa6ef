# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Çocuğun hastalığı
reason-family_illness = Ailede bulaşıcı hastalık
reason-family_event = Önemli bir aile olayı
reason-travel = Beklenmedik ulaşım sorunu
reason-following_guardians = Ailenin çocukla birlikte yolculuğu
reason-other = Başka bir neden
state-held = beklemede (öğrenci hâlâ gelebilir)
state-cancelled = iptal edildi
state-signalled = aileye bildirildi
state-acknowledged = aile tarafından okundu
state-reason_given = neden bildirildi
state-validated = neden kabul edildi
state-refused = neden reddedildi
kind-absent = devamsızlık
kind-late = geç kalma
half-am = sabah
half-pm = öğleden sonra
roll-call-link = Yoklama al
roll-call-title = Yoklama: Sınıf { $class }
roll-call-intro = Başlangıçta bütün öğrenciler derste sayılır. Yalnızca gelmeyenleri ve geç kalanları değiştirin.
roll-call-half-legend = Yarım gün
roll-call-present = derste
roll-call-absent = gelmedi
roll-call-late = geç kaldı
roll-call-submit = Yoklamayı kaydet
roll-call-saved =
    { $absent ->
        [one] Yoklama kaydedildi: bir devamsızlık.
       *[other] Yoklama kaydedildi: { $absent } devamsızlık.
    }
error-roll-call-mark = Derste, gelmedi veya geç kaldı seçeneklerinden birini seçin.
error-roll-call-half = Sabah veya öğleden sonra seçin.
board-link = Bugünkü devamsızlıklar
board-title = Bugünkü devamsızlıklar
board-empty = Bugün devamsızlık yok.
board-caption = Bugünkü devamsızlıklar ve geç kalmalar
board-pupil-column = Öğrenci
board-when-column = Ne zaman
board-state-column = Durum
board-reached-column = Aile nasıl bilgilendirildi
board-action-column = İşlem
board-not-reached = henüz ulaşılamadı
board-validate = Nedeni kabul et
board-refuse = Nedeni reddet
board-at-school-alert = Bir veli, öğrencinin okulda olduğunu söylüyor: kontrol edin.
error-absence-move = Bu değişiklik artık yapılamaz: devamsızlığın durumu “{ $state }”.
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Neden: { $reason }
family-give-reason = Nedeni bildirin
reason-title = Devamsızlık nedeni: { $name }
reason-legend = Çocuğunuz neden okula gelmedi?
reason-comment-label = Açıklama (isteğe bağlı)
reason-submit = Nedeni gönder
reason-saved = Teşekkürler, neden öğrenci işlerine gönderildi.
error-reason-missing = Bir neden seçin.
error-reason-comment-long = Açıklama çok uzun: en fazla 300 karakter.
error-reason-settled = Bu neden zaten kabul edildi: artık değiştirilemez.
absence-notice = Devamsızlık
    .sms = Carnet: { $first } { $half ->
        [am] bu sabah
       *[pm] bu öğleden sonra
    } okula gelmedi (ref. { $ref }). Neden için 1-5, çocuğunuz okuldaysa 0, aranmak için 9 gönderin.
    .voice = Merhaba, burası Carnet. { $first } { $half ->
        [am] bu sabah
       *[pm] bu öğleden sonra
    } okula gelmedi. Nedeni Carnet'te, SMS ile veya Carnet'i arayarak bildirebilirsiniz.
absence-reason-recorded = Neden kaydedildi
    .sms = Carnet: Teşekkürler, { $first } için { $digit } numaralı neden kaydedildi (ref. { $ref }). Öğrenci işleri kontrol edecek.
    .voice = Teşekkürler, { $first } için neden kaydedildi.
absence-at-school = Çocuk okulda
    .sms = Carnet: Teşekkürler, öğrenci işleri { $first } okulda mı diye hemen kontrol ediyor.
    .voice = Teşekkürler, öğrenci işleri hemen kontrol ediyor.
absence-settled = Devamsızlık zaten sonuçlandı
    .sms = Carnet: { $first } için devamsızlık (ref. { $ref }) zaten sonuçlandı. Bu konuda konuşmak için 9 gönderin.
    .voice = Bu devamsızlık zaten sonuçlandı.
absence-which = Birkaç devamsızlık
    .sms = Carnet: birkaç devamsızlık için neden bekleniyor. Rakamı ve referansı gönderin, örneğin 1 { $ref }.
proof-link = Bildirim kanıtı
proof-title = Bildirim kanıtı: { $name }, { $when }
proof-intro = Bu devamsızlığın bütün adımları; saat, yöntem ve kişi bilgisiyle. Saklamak için bu sayfayı yazdırın.
proof-reference = Referans: { $ref }
proof-events-caption = Devamsızlığın adımları
proof-at-column = Tarih ve saat
proof-step-column = Adım
proof-channel-column = Yöntem
proof-by-column = Kim tarafından
proof-deliveries-caption = Aileye gönderilen mesajlar
proof-to-column = Alıcı
proof-status-column = Durum
proof-at-school = veli, öğrencinin okulda olduğunu söylüyor
channel-staff = okul personeli
channel-system = Carnet, otomatik olarak
channel-web = Carnet web sitesi
channel-sms = SMS
channel-voice = telefon araması
channel-mediator = arabulucu
channel-paper = kâğıt
delivery-status-queued = gönderilmeyi bekliyor
delivery-status-sending = gönderiliyor
delivery-status-sent = gönderildi
delivery-status-delivered = telefona ulaştı
delivery-status-undelivered = ulaşmadı
delivery-status-failed = gönderilemedi
delivery-status-suppressed = gönderilmedi: aile SMS almayı reddetti
follow-up-link = Takip edilecek öğrenciler
follow-up-title = Bu ay takip edilecek öğrenciler
follow-up-intro = Ay başından beri, kabul edilmiş bir nedeni olmadan en az 4 yarım gün devamsızlık yapan öğrenciler (Fransız Eğitim Kanunu, Code de l'éducation, madde R131-7).
follow-up-empty = Bu ay takip edilecek öğrenci yok.
follow-up-caption = Kabul edilmiş nedeni olmayan yarım gün devamsızlıklar
follow-up-pupil-column = Öğrenci
follow-up-count-column = Yarım gün

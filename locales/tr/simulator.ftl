# The demo phone simulator.

simulator-title = Telefon simülatörü
simulator-intro = Tanıtım: Carnet tarafından her numaraya gönderilenler burada. Bu telefon elinizdeymiş gibi cevap verebilirsiniz.
simulator-phones-caption = Tanıtım telefonları
simulator-phone-column = Numara
simulator-who-column = Kişi
simulator-count-column = Alınan mesajlar
simulator-conversation-title = Telefon { $phone }
simulator-empty = Bu numaraya henüz hiçbir şey gönderilmedi.
simulator-sms-out = Alınan SMS
simulator-sms-in = Gönderilen SMS
simulator-voice-out = Gelen arama, ses diyor ki
simulator-voice-in = Basılan tuşlar
simulator-reply-label = SMS ile cevap ver
simulator-reply-submit = SMS gönder
simulator-back = Tüm telefonlar
simulator-no-phone = (telefon yok)
error-reply-empty = Bir mesaj yazın.
error-reply-too-long = Bu mesaj çok uzun: en fazla 480 karakter.
simulator-call-button = Bu telefondan Carnet'i ara
simulator-call-title = Arama sürüyor
simulator-call-says = Ses diyor ki:
simulator-keys-label = Basılacak tuşlar (rakamlar, yıldız *, kare #)
simulator-keys-submit = Tuşla
simulator-call-ended = Arama sona erdi.
error-keys-invalid = Yalnızca rakam, * veya # yazın.

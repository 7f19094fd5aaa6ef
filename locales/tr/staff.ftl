# The staff side: home with the classes, class lists.

staff-home-title = Sınıflar
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Okulun sınıfları
staff-class-column = Sınıf
staff-pupils-column = Öğrenciler
staff-no-classes = Şimdilik hiç sınıf yok. Öğrenci dosyasını “carnet import csv” komutuyla içe aktarın.
class-title = Sınıf { $class }
class-audit-note = Bu görüntüleme kaydedilir ve aileler bunu görebilir.
class-pupils-caption = Öğrenciler ve velileri
class-pupil-column = Öğrenci
class-guardians-column = Veliler
class-guardian-legal = yasal veli
class-guardian-not-legal = yasal sorumluluğu yok
class-guardian-notified = mesajları alıyor
class-guardian-not-notified = mesajları almıyor
class-guardian-no-phone = telefon yok
class-no-guardian = Kayıtlı veli yok.

# The `carnet import csv` command.

import-reading = { $file } okunuyor
import-progress = { $done } satır okundu
import-row-error = satır { $line }: { $reason }
import-file-error = dosya: { $reason }
import-rejected =
    { $count ->
        [one] Bir satır reddedildi: hiçbir şey içe aktarılmadı.
       *[other] { $count } satır reddedildi: hiçbir şey içe aktarılmadı.
    }
import-dry-run = Deneme: hiçbir şey kaydedilmedi.
import-done = İçe aktarma tamamlandı.
import-summary = Oluşturulan okullar: { $establishments }. Oluşturulan sınıflar: { $classes }. Öğrenciler: { $pupils_created } oluşturuldu, { $pupils_updated } değiştirildi. Veliler: { $guardians_created } oluşturuldu, { $guardians_updated } değiştirildi. Bağlantılar: { $links_created } oluşturuldu, { $links_updated } değiştirildi.
import-nothing-changed = Değişiklik yok.
import-reason-not-text = bu bir metin dosyası değil
import-reason-unreadable = okunamayan satır ({ $detail })
import-reason-missing-column = ilk satırda “{ $column }” sütunu eksik
import-reason-missing = “{ $column }” boş
import-reason-too-long = “{ $column }” çok uzun
import-reason-control = “{ $column }” görünmeyen bir karakter içeriyor
import-reason-bad-uai = UAI kodu “{ $value }” geçerli değil
import-reason-bad-phone = “{ $column }” içindeki “{ $value }” numarası geçerli değil
import-reason-unknown-language = “{ $value }” dili bilinmiyor
import-reason-bad-yes-no = “{ $column }” içinde “{ $value }”: oui (evet) veya non (hayır) yazın
import-reason-conflict = “{ $column }”, { $first }. satırda farklı tanımlanmış

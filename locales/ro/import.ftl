# The `carnet import csv` command.

import-reading = Se citește { $file }
import-progress = Rânduri citite: { $done }
import-row-error = rândul { $line }: { $reason }
import-file-error = fișier: { $reason }
import-rejected =
    { $count ->
        [one] Un rând respins: nu s-a importat nimic.
        [few] { $count } rânduri respinse: nu s-a importat nimic.
       *[other] { $count } de rânduri respinse: nu s-a importat nimic.
    }
import-dry-run = Test: nu s-a salvat nimic.
import-done = Import încheiat.
import-summary = Școli create: { $establishments }. Clase create: { $classes }. Elevi creați: { $pupils_created }, modificați: { $pupils_updated }. Părinți/tutori creați: { $guardians_created }, modificați: { $guardians_updated }. Legături create: { $links_created }, modificate: { $links_updated }.
import-nothing-changed = Nicio modificare.
import-reason-not-text = nu este un fișier text
import-reason-unreadable = rând ilizibil ({ $detail })
import-reason-missing-column = coloana „{ $column }” lipsește din primul rând
import-reason-missing = câmpul „{ $column }” este gol
import-reason-too-long = câmpul „{ $column }” este prea lung
import-reason-control = câmpul „{ $column }” conține un caracter invizibil
import-reason-bad-uai = codul UAI „{ $value }” nu este valid
import-reason-bad-phone = numărul „{ $value }” din „{ $column }” nu este valid
import-reason-unknown-language = limba „{ $value }” nu este cunoscută
import-reason-bad-yes-no = „{ $value }” în „{ $column }”: scrieți oui (da) sau non (nu)
import-reason-conflict = „{ $column }” este descris altfel la rândul { $first }

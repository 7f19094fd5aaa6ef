# The `carnet import csv` command.

import-reading = Leyendo { $file }
import-progress = { $done } líneas leídas
import-row-error = línea { $line }: { $reason }
import-file-error = archivo: { $reason }
import-rejected =
    { $count ->
        [one] Una línea rechazada: no se ha importado nada.
       *[other] { $count } líneas rechazadas: no se ha importado nada.
    }
import-dry-run = Prueba: no se ha guardado nada.
import-done = Importación terminada.
import-summary = Centros creados: { $establishments }. Clases creadas: { $classes }. Alumnos creados: { $pupils_created }, modificados: { $pupils_updated }. Responsables creados: { $guardians_created }, modificados: { $guardians_updated }. Vínculos creados: { $links_created }, modificados: { $links_updated }.
import-nothing-changed = No hay cambios.
import-reason-not-text = no es un archivo de texto
import-reason-unreadable = línea ilegible ({ $detail })
import-reason-missing-column = falta la columna «{ $column }» en la primera línea
import-reason-missing = «{ $column }» está vacío
import-reason-too-long = «{ $column }» es demasiado largo
import-reason-control = «{ $column }» contiene un carácter invisible
import-reason-bad-uai = el código UAI «{ $value }» no es válido
import-reason-bad-phone = el número «{ $value }» de «{ $column }» no es válido
import-reason-unknown-language = el idioma «{ $value }» no es conocido
import-reason-bad-yes-no = «{ $value }» en «{ $column }»: escriba oui o non
import-reason-conflict = «{ $column }» está escrito de otra forma en la línea { $first }

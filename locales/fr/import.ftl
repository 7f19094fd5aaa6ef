# The `carnet import csv` command.

import-reading = Lecture de { $file }
import-progress = { $done } lignes lues
import-row-error = ligne { $line } : { $reason }
import-file-error = fichier : { $reason }
import-rejected =
    { $count ->
        [one] Une ligne refusée : rien n'a été importé.
       *[other] { $count } lignes refusées : rien n'a été importé.
    }
import-dry-run = Essai : rien n'a été enregistré.
import-done = Import terminé.
import-summary = Établissements créés : { $establishments }. Classes créées : { $classes }. Élèves créés : { $pupils_created }, modifiés : { $pupils_updated }. Responsables créés : { $guardians_created }, modifiés : { $guardians_updated }. Liens créés : { $links_created }, modifiés : { $links_updated }.
import-nothing-changed = Aucun changement.
import-reason-not-text = ce n'est pas un fichier texte
import-reason-unreadable = ligne illisible ({ $detail })
import-reason-missing-column = la colonne « { $column } » manque dans la première ligne
import-reason-missing = « { $column } » est vide
import-reason-too-long = « { $column } » est trop long
import-reason-control = « { $column } » contient un caractère invisible
import-reason-bad-uai = le code UAI « { $value } » n'est pas valide
import-reason-bad-phone = le numéro « { $value } » de « { $column } » n'est pas valide
import-reason-unknown-language = la langue « { $value } » n'est pas connue
import-reason-bad-yes-no = « { $value } » dans « { $column } » : écrivez oui ou non
import-reason-conflict = « { $column } » est décrit autrement à la ligne { $first }

# The `carnet import csv` command.

import-reading = Lecture du fichier { $file }
import-progress = { $done } lignes lues
import-row-error = ligne { $line } : { $reason }
import-file-error = fichier : { $reason }
import-rejected =
    { $count ->
        [one] Carnet a refusé 1 ligne. Carnet n'a rien importé.
       *[other] Carnet a refusé { $count } lignes. Carnet n'a rien importé.
    }
import-dry-run = C'est un essai. Carnet n'a rien enregistré.
import-done = L'import est terminé.
import-summary = Établissements créés : { $establishments }. Classes créées : { $classes }. Élèves créés : { $pupils_created }. Élèves changés : { $pupils_updated }. Responsables créés : { $guardians_created }. Responsables changés : { $guardians_updated }. Liens créés : { $links_created }. Liens changés : { $links_updated }.
import-nothing-changed = Aucun changement.
import-reason-not-text = ce fichier doit être un fichier texte
import-reason-unreadable = ligne impossible à lire ({ $detail })
import-reason-missing-column = il manque la colonne « { $column } » dans la ligne 1
import-reason-missing = « { $column } » est vide
import-reason-too-long = « { $column } » est trop long
import-reason-control = « { $column } » contient un caractère invisible
import-reason-bad-uai = le code UAI « { $value } » est faux
import-reason-bad-phone = le numéro « { $value } » dans « { $column } » est faux
import-reason-unknown-language = la langue « { $value } » est inconnue
import-reason-bad-yes-no = « { $value } » dans « { $column } » : écrivez oui ou non
import-reason-conflict = « { $column } » est écrit autrement à la ligne { $first }

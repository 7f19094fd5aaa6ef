# The `carnet import csv` command.

import-reading = Reading { $file }
import-progress = { $done } lines read
import-row-error = line { $line }: { $reason }
import-file-error = file: { $reason }
import-rejected =
    { $count ->
        [one] One line rejected: nothing was imported.
       *[other] { $count } lines rejected: nothing was imported.
    }
import-dry-run = Dry run: nothing was saved.
import-done = Import finished.
import-summary = Schools created: { $establishments }. Classes created: { $classes }. Students created: { $pupils_created }, updated: { $pupils_updated }. Guardians created: { $guardians_created }, updated: { $guardians_updated }. Links created: { $links_created }, updated: { $links_updated }.
import-nothing-changed = No changes.
import-reason-not-text = this is not a text file
import-reason-unreadable = unreadable line ({ $detail })
import-reason-missing-column = the column “{ $column }” is missing from the first line
import-reason-missing = “{ $column }” is empty
import-reason-too-long = “{ $column }” is too long
import-reason-control = “{ $column }” contains an invisible character
import-reason-bad-uai = the UAI code “{ $value }” is not valid
import-reason-bad-phone = the number “{ $value }” in “{ $column }” is not valid
import-reason-unknown-language = the language “{ $value }” is not known
import-reason-bad-yes-no = “{ $value }” in “{ $column }”: write yes or no
import-reason-conflict = “{ $column }” is written differently on line { $first }

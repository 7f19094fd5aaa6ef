# The `carnet import csv` command.

import-reading = Читання { $file }
import-progress = Прочитано рядків: { $done }
import-row-error = рядок { $line }: { $reason }
import-file-error = файл: { $reason }
import-rejected =
    { $count ->
        [one] { $count } рядок відхилено: нічого не імпортовано.
        [few] { $count } рядки відхилено: нічого не імпортовано.
        [many] { $count } рядків відхилено: нічого не імпортовано.
       *[other] { $count } рядка відхилено: нічого не імпортовано.
    }
import-dry-run = Пробний запуск: нічого не збережено.
import-done = Імпорт завершено.
import-summary = Створено шкіл: { $establishments }. Створено класів: { $classes }. Учнів створено: { $pupils_created }, змінено: { $pupils_updated }. Батьків та опікунів створено: { $guardians_created }, змінено: { $guardians_updated }. Зв'язків створено: { $links_created }, змінено: { $links_updated }.
import-nothing-changed = Змін немає.
import-reason-not-text = це не текстовий файл
import-reason-unreadable = рядок неможливо прочитати ({ $detail })
import-reason-missing-column = у першому рядку немає стовпця «{ $column }»
import-reason-missing = поле «{ $column }» порожнє
import-reason-too-long = поле «{ $column }» задовге
import-reason-control = поле «{ $column }» містить невидимий символ
import-reason-bad-uai = код UAI «{ $value }» недійсний
import-reason-bad-phone = номер «{ $value }» у полі «{ $column }» недійсний
import-reason-unknown-language = мова «{ $value }» невідома
import-reason-bad-yes-no = «{ $value }» у полі «{ $column }»: напишіть oui (так) або non (ні)
import-reason-conflict = поле «{ $column }» описано інакше в рядку { $first }

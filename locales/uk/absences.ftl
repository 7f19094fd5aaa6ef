# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Хвороба дитини
reason-family_illness = Заразна хвороба в родині
reason-family_event = Важлива сімейна подія
reason-travel = Непередбачені труднощі з транспортом
reason-following_guardians = Поїздка родини разом із дитиною
reason-other = Інша причина
state-held = очікування (учень ще може прийти)
state-cancelled = скасовано
state-signalled = родину повідомлено
state-acknowledged = родина прочитала
state-reason_given = причину вказано
state-validated = причину прийнято
state-refused = причину відхилено
kind-absent = пропуск
kind-late = запізнення
half-am = ранок
half-pm = після обіду
roll-call-link = Відмітити присутність
roll-call-title = Присутність: клас { $class }
roll-call-intro = Спочатку всіх учнів позначено як присутніх. Змініть лише відсутніх і тих, хто запізнився.
roll-call-half-legend = Половина дня
roll-call-present = присутній
roll-call-absent = відсутній
roll-call-late = запізнився
roll-call-submit = Зберегти присутність
roll-call-saved =
    { $absent ->
        [one] Присутність збережено: { $absent } пропуск.
        [few] Присутність збережено: { $absent } пропуски.
        [many] Присутність збережено: { $absent } пропусків.
       *[other] Присутність збережено: { $absent } пропуску.
    }
error-roll-call-mark = Оберіть: присутній, відсутній або запізнився.
error-roll-call-half = Оберіть ранок або після обіду.
board-link = Пропуски за сьогодні
board-title = Пропуски за сьогодні
board-empty = Сьогодні пропусків немає.
board-caption = Пропуски та запізнення за сьогодні
board-pupil-column = Учень
board-when-column = Коли
board-state-column = Стан
board-reached-column = Як повідомлено родину
board-action-column = Дія
board-not-reached = ще не вдалося зв'язатися
board-validate = Прийняти причину
board-refuse = Відхилити причину
board-at-school-alert = Хтось із батьків каже, що учень у школі: перевірте.
board-not-reached-title = Родини, з якими ще не вдалося зв'язатися
board-not-reached-intro = Жодне повідомлення не змогло до них дійти. Зателефонуйте їм або доручіть їх медіатору.
board-not-reached-empty = Кожна родина, яку сьогодні повідомляли, отримала повідомлення, прочитала його або повідомлення до неї ще в дорозі.
not-reached-no-contact = немає номера, щоб її повідомити
not-reached-opted-out = родина відмовилася від SMS
not-reached-failed = повідомлення не дійшли
record-title = Записати пропуск або запізнення
record-class-label = Клас
record-class-submit = Обрати клас
record-pupil-label = Учень
record-mark-legend = Що сталося
record-mark-absent = відсутній
record-mark-late = запізнився
record-mark-present = присутній (виправляє записаний пропуск)
record-submit = Записати
record-saved = Записано.
record-too-late = Записано, але родину вже було повідомлено: пропуск залишається й очікує на причину.
error-record-class = Оберіть клас цієї школи.
error-record-pupil = Оберіть учня з цього класу.
error-absence-move = Цю зміну вже неможливо зробити: стан пропуску — «{ $state }».
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Причина: { $reason }
family-give-reason = Вказати причину
reason-title = Причина пропуску: { $name }
reason-legend = Чому Ваша дитина була відсутня?
reason-comment-label = Пояснення (необов'язково)
reason-submit = Надіслати причину
reason-saved = Дякуємо, причину надіслано до служби шкільного життя.
error-reason-missing = Оберіть причину.
error-reason-comment-long = Пояснення задовге: не більше 300 символів.
error-reason-settled = Цю причину вже прийнято: її більше не можна змінити.
absence-notice = Пропуск
    .sms = Carnet: { $first } немає в школі { $half ->
        [am] сьогодні вранці
       *[pm] сьогодні після обіду
    } (№ { $ref }). Надішліть 1–5 — причина, 0 — дитина в школі, 9 — передзвонимо.
    .voice = Добрий день, це Carnet. { $first } немає в школі { $half ->
        [am] сьогодні вранці
       *[pm] сьогодні після обіду
    }. Ви можете вказати причину в Carnet, через SMS або зателефонувавши до Carnet.
absence-reason-recorded = Причину записано
    .sms = Carnet: дякуємо, причину { $digit } для { $first } записано (№ { $ref }). Служба шкільного життя її перевірить.
    .voice = Дякуємо, причину для { $first } записано.
absence-at-school = Дитина в школі
    .sms = Carnet: дякуємо, служба шкільного життя вже перевіряє, чи { $first } у школі.
    .voice = Дякуємо, служба шкільного життя вже перевіряє.
absence-settled = Пропуск уже розглянуто
    .sms = Carnet: пропуск { $first } (№ { $ref }) уже розглянуто. Щоб обговорити його, відповідайте 9.
    .voice = Цей пропуск уже розглянуто.
absence-which = Кілька пропусків
    .sms = Carnet: кілька пропусків чекають на причину. Надішліть цифру та номер, наприклад 1 { $ref }.
reason-entry-title = Записати отриману причину
reason-entry-intro = Родина повідомила причину не через Carnet: записка, дзвінок, візит, медіатор.
reason-entry-via-legend = Як надійшла причина
reason-entry-legend = Причина, яку вказала родина
reason-entry-submit = Записати причину
via-paper = письмова записка від родини
via-staff = дзвінок або візит до школи
via-mediator = медіатор
error-reason-via = Оберіть, як надійшла причина.
proof-link = Підтвердження повідомлення
proof-title = Підтвердження повідомлення: { $name }, { $when }
proof-intro = Усі етапи цього пропуску: час, спосіб і особа. Роздрукуйте цю сторінку, щоб зберегти її.
proof-reference = Номер: { $ref }
proof-events-caption = Етапи пропуску
proof-at-column = Дата і час
proof-step-column = Етап
proof-channel-column = Спосіб
proof-by-column = Хто
proof-deliveries-caption = Повідомлення, надіслані родині
proof-to-column = Кому
proof-status-column = Стан
proof-at-school = хтось із батьків каже, що учень у школі
channel-staff = працівники школи
channel-system = Carnet, автоматично
channel-web = сайт Carnet
channel-sms = SMS
channel-voice = телефонний дзвінок
channel-mediator = медіатор
channel-paper = папір
delivery-status-queued = очікує надсилання
delivery-status-sending = надсилається
delivery-status-sent = надіслано
delivery-status-delivered = отримано телефоном
delivery-status-undelivered = не отримано
delivery-status-failed = не вдалося надіслати
delivery-status-suppressed = не надіслано: родина відмовилася від SMS
follow-up-link = Учні, що потребують уваги
follow-up-title = Учні, що потребують уваги цього місяця
follow-up-intro = Учні, які з початку місяця мають щонайменше 4 половини дня пропусків без прийнятої причини (стаття R131-7 Кодексу освіти Франції, Code de l'éducation).
follow-up-empty = Цього місяця немає учнів, що потребують уваги.
follow-up-caption = Половини дня пропусків без прийнятої причини
follow-up-pupil-column = Учень
follow-up-count-column = Половини дня

# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Boala copilului
reason-family_illness = Boală contagioasă în familie
reason-family_event = Eveniment important în familie
reason-travel = Problemă neprevăzută de transport
reason-following_guardians = Familia călătorește împreună cu copilul
reason-other = Alt motiv
state-held = în așteptare (elevul mai poate sosi)
state-cancelled = anulată
state-signalled = semnalată familiei
state-acknowledged = citită de familie
state-reason_given = motiv trimis
state-validated = motiv acceptat
state-refused = motiv respins
kind-absent = absență
kind-late = întârziere
half-am = dimineață
half-pm = după-amiază
roll-call-link = Faceți prezența
roll-call-title = Prezența la clasa { $class }
roll-call-intro = La început, toți elevii sunt prezenți. Modificați doar absențele și întârzierile.
roll-call-half-legend = Jumătate de zi
roll-call-present = prezent
roll-call-absent = absent
roll-call-late = întârziat
roll-call-submit = Salvați prezența
roll-call-saved =
    { $absent ->
        [one] Prezența a fost salvată: o absență.
        [few] Prezența a fost salvată: { $absent } absențe.
       *[other] Prezența a fost salvată: { $absent } de absențe.
    }
error-roll-call-mark = Alegeți prezent, absent sau întârziat.
error-roll-call-half = Alegeți dimineața sau după-amiaza.
board-link = Absențele zilei
board-title = Absențele zilei
board-empty = Nicio absență astăzi.
board-caption = Absențele și întârzierile de astăzi
board-pupil-column = Elev
board-when-column = Când
board-state-column = Situația
board-reached-column = Familia anunțată prin
board-action-column = Acțiune
board-not-reached = încă necontactată
board-validate = Acceptați motivul
board-refuse = Respingeți motivul
board-at-school-alert = Un părinte spune că elevul este la școală: verificați.
board-not-reached-title = Familii încă necontactate
board-not-reached-intro = Niciun mesaj nu a putut ajunge la ele. Sunați-le sau încredințați-le unui mediator.
board-not-reached-empty = Fiecare familie anunțată astăzi a primit un mesaj, l-a citit sau are un mesaj pe drum.
not-reached-no-contact = niciun număr pentru a o anunța
not-reached-opted-out = familia a refuzat SMS-urile
not-reached-failed = mesajele nu au ajuns
record-title = Înregistrați o absență sau o întârziere
record-class-label = Clasa
record-class-submit = Alegeți clasa
record-pupil-label = Elev
record-mark-legend = Ce s-a întâmplat
record-mark-absent = absent
record-mark-late = întârziat
record-mark-present = prezent (corectează o absență înregistrată)
record-submit = Înregistrați
record-saved = S-a înregistrat.
record-too-late = S-a înregistrat, dar familia era deja anunțată: absența rămâne, în așteptarea motivului.
error-record-class = Alegeți o clasă a școlii.
error-record-pupil = Alegeți un elev din această clasă.
error-absence-move = Această modificare nu mai este posibilă: situația absenței este „{ $state }”.
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Motiv: { $reason }
family-give-reason = Indicați motivul
reason-title = Motivul absenței: { $name }
reason-legend = De ce a lipsit copilul dumneavoastră?
reason-comment-label = Detalii (opțional)
reason-submit = Trimiteți motivul
reason-saved = Mulțumim, motivul a fost trimis biroului vieții școlare.
error-reason-missing = Alegeți un motiv.
error-reason-comment-long = Detaliile sunt prea lungi: cel mult 300 de caractere.
error-reason-settled = Acest motiv a fost deja acceptat: nu mai poate fi schimbat.
absence-notice = Absență
    .sms = Carnet: { $first } lipsește { $half ->
        [am] azi-dimineață
       *[pm] azi după-amiază
    } (ref. { $ref }). Răspundeți de la 1 la 5 pentru motiv, 0 dacă copilul este la școală, 9 ca să vă sune cineva.
    .voice = Bună ziua, aici Carnet. { $first } lipsește { $half ->
        [am] azi-dimineață
       *[pm] azi după-amiază
    }. Puteți da motivul pe Carnet, prin SMS sau sunând la Carnet.
absence-reason-recorded = Motiv înregistrat
    .sms = Carnet: mulțumim, motivul { $digit } a fost înregistrat pentru { $first } (ref. { $ref }). Biroul vieții școlare îl va verifica.
    .voice = Mulțumim, motivul a fost înregistrat pentru { $first }.
absence-at-school = Copil la școală
    .sms = Carnet: mulțumim, biroul vieții școlare verifică imediat dacă { $first } este la școală.
    .voice = Mulțumim, biroul vieții școlare verifică imediat.
absence-settled = Absență deja rezolvată
    .sms = Carnet: pentru { $first }, absența (ref. { $ref }) este deja rezolvată. Pentru a discuta despre ea, răspundeți 9.
    .voice = Această absență este deja rezolvată.
absence-which = Mai multe absențe
    .sms = Carnet: mai multe absențe așteaptă un motiv. Răspundeți cu cifra și referința, de exemplu 1 { $ref }.
reason-entry-title = Înregistrați un motiv primit
reason-entry-intro = Familia a dat motivul altfel decât pe Carnet: un bilet, un apel, o vizită, un mediator.
reason-entry-via-legend = Motivul a sosit prin
reason-entry-legend = Motivul dat de familie
reason-entry-submit = Înregistrați motivul
via-paper = un bilet scris de familie
via-staff = un apel sau o vizită la școală
via-mediator = un mediator
error-reason-via = Alegeți cum a sosit motivul.
proof-link = Dovada notificării
proof-title = Dovada notificării: { $name }, { $when }
proof-intro = Toate etapele acestei absențe, cu ora, mijlocul și persoana. Tipăriți această pagină pentru a o păstra.
proof-reference = Referință: { $ref }
proof-events-caption = Etapele absenței
proof-at-column = Data și ora
proof-step-column = Etapă
proof-channel-column = Mijloc
proof-by-column = De către
proof-deliveries-caption = Mesaje trimise familiei
proof-to-column = Către
proof-status-column = Stare
proof-at-school = părintele spune că elevul este la școală
channel-staff = personalul școlii
channel-system = Carnet, automat
channel-web = site-ul Carnet
channel-sms = SMS
channel-voice = apel telefonic
channel-mediator = mediator
channel-paper = hârtie
delivery-status-queued = în așteptarea trimiterii
delivery-status-sending = în curs de trimitere
delivery-status-sent = trimis
delivery-status-delivered = primit de telefon
delivery-status-undelivered = neprimit
delivery-status-failed = trimitere eșuată
delivery-status-suppressed = netrimis: familia a refuzat SMS-urile
follow-up-link = Elevi de urmărit
follow-up-title = Elevi de urmărit luna aceasta
follow-up-intro = Elevi cu cel puțin 4 jumătăți de zi de absență fără motiv acceptat de la începutul lunii (articolul R131-7 din Codul educației din Franța, Code de l'éducation).
follow-up-empty = Niciun elev de urmărit luna aceasta.
follow-up-caption = Jumătăți de zi de absență fără motiv acceptat
follow-up-pupil-column = Elev
follow-up-count-column = Jumătăți de zi

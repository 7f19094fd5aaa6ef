# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Maladie de l'enfant
reason-family_illness = Maladie contagieuse dans la famille
reason-family_event = Événement familial important
reason-travel = Difficulté de transport imprévue
reason-following_guardians = Déplacement de la famille avec l'enfant
reason-other = Autre motif
state-held = en attente (l'élève peut encore arriver)
state-cancelled = annulée
state-signalled = signalée à la famille
state-acknowledged = lue par la famille
state-reason_given = motif donné
state-validated = motif accepté
state-refused = motif refusé
kind-absent = absence
kind-late = retard
half-am = matin
half-pm = après-midi
roll-call-link = Faire l'appel
roll-call-title = Appel de la classe { $class }
roll-call-intro = Tous les élèves sont présents au départ. Changez seulement les absents et les retards.
roll-call-half-legend = Demi-journée
roll-call-present = présent
roll-call-absent = absent
roll-call-late = en retard
roll-call-submit = Enregistrer l'appel
roll-call-saved =
    { $absent ->
        [0] Appel enregistré : aucune absence.
        [one] Appel enregistré : une absence.
       *[other] Appel enregistré : { $absent } absences.
    }
error-roll-call-mark = Choisissez présent, absent ou en retard.
error-roll-call-half = Choisissez le matin ou l'après-midi.
board-link = Absences du jour
board-title = Absences du jour
board-empty = Aucune absence aujourd'hui.
board-caption = Absences et retards d'aujourd'hui
board-pupil-column = Élève
board-when-column = Quand
board-state-column = Où en est-on
board-reached-column = Famille prévenue par
board-action-column = Action
board-not-reached = pas encore jointe
board-validate = Accepter le motif
board-refuse = Refuser le motif
board-at-school-alert = Un parent dit que l'élève est au collège : vérifiez.
board-not-reached-title = Familles pas encore jointes
board-not-reached-intro = Aucun message n'a pu leur parvenir. Appelez-les ou confiez-les à un médiateur.
board-not-reached-empty = Chaque famille prévenue aujourd'hui a reçu un message, l'a lu, ou a un message en route.
not-reached-no-contact = aucun numéro pour la prévenir
not-reached-opted-out = la famille a refusé les SMS
not-reached-failed = les messages ne sont pas arrivés
record-title = Enregistrer une absence ou un retard
record-class-label = Classe
record-class-submit = Choisir la classe
record-pupil-label = Élève
record-mark-legend = Ce qui s'est passé
record-mark-absent = absent
record-mark-late = en retard
record-mark-present = présent (corrige une absence enregistrée)
record-submit = Enregistrer
record-saved = C'est enregistré.
record-too-late = C'est enregistré, mais la famille était déjà prévenue : l'absence reste, en attente de son motif.
error-record-class = Choisissez une classe de l'établissement.
error-record-pupil = Choisissez un élève de cette classe.
error-absence-move = Ce changement n'est plus possible : l'absence est « { $state } ».
family-absence-line = { $when } : { $kind }, { $state }
family-absence-reason = Motif : { $reason }
family-give-reason = Donner le motif
reason-title = Motif de l'absence de { $name }
reason-legend = Pourquoi votre enfant était absent ?
reason-comment-label = Précisions (facultatif)
reason-submit = Envoyer le motif
reason-saved = Merci, le motif est envoyé à la vie scolaire.
error-reason-missing = Choisissez un motif.
error-reason-comment-long = Les précisions sont trop longues : 300 caractères au plus.
error-reason-settled = Ce motif est déjà accepté : il ne peut plus changer.
absence-notice = Absence
    .sms = Carnet : absence de { $first } { $half ->
            [am] ce matin
           *[pm] cet après-midi
        } (réf. { $ref }). Répondez 1 à 5 pour le motif, 0 si votre enfant est au collège, 9 pour être rappelé.
    .voice = Bonjour, ici Carnet. { $first } est absent { $half ->
            [am] ce matin
           *[pm] cet après-midi
        }. Vous pouvez donner le motif sur Carnet, par SMS, ou en appelant Carnet.
absence-reason-recorded = Motif enregistré
    .sms = Carnet : merci, motif { $digit } enregistré pour { $first } (réf. { $ref }). La vie scolaire va le vérifier.
    .voice = Merci, le motif est enregistré pour { $first }.
absence-at-school = Enfant au collège
    .sms = Carnet : merci, la vie scolaire vérifie tout de suite si { $first } est au collège.
    .voice = Merci, la vie scolaire vérifie tout de suite.
absence-settled = Absence déjà réglée
    .sms = Carnet : l'absence de { $first } (réf. { $ref }) est déjà réglée. Pour en parler, répondez 9.
    .voice = Cette absence est déjà réglée.
absence-which = Plusieurs absences
    .sms = Carnet : plusieurs absences attendent un motif. Répondez le chiffre et la référence, par exemple 1 { $ref }.
reason-entry-title = Enregistrer un motif reçu
reason-entry-intro = La famille a donné le motif autrement que sur Carnet : un mot, un appel, une visite, un médiateur.
reason-entry-via-legend = Le motif est arrivé par
reason-entry-legend = Motif donné par la famille
reason-entry-submit = Enregistrer le motif
via-paper = un mot écrit de la famille
via-staff = un appel ou une visite au collège
via-mediator = un médiateur
error-reason-via = Choisissez comment le motif est arrivé.
proof-link = Preuve de notification
proof-title = Preuve de notification : { $name }, { $when }
proof-intro = Toutes les étapes de cette absence, avec l'heure, le moyen et la personne. Imprimez cette page pour la garder.
proof-reference = Référence : { $ref }
proof-events-caption = Étapes de l'absence
proof-at-column = Date et heure
proof-step-column = Étape
proof-channel-column = Moyen
proof-by-column = Par
proof-deliveries-caption = Messages envoyés à la famille
proof-to-column = À
proof-status-column = État
proof-at-school = le parent dit que l'élève est au collège
channel-staff = personnel de l'établissement
channel-system = Carnet, automatiquement
channel-web = site Carnet
channel-sms = SMS
channel-voice = appel téléphonique
channel-mediator = médiateur
channel-paper = papier
delivery-status-queued = en attente d'envoi
delivery-status-sending = en cours d'envoi
delivery-status-sent = envoyé
delivery-status-delivered = reçu par le téléphone
delivery-status-undelivered = non reçu
delivery-status-failed = échec de l'envoi
delivery-status-suppressed = pas envoyé : la famille a refusé les SMS
follow-up-link = Élèves à suivre
follow-up-title = Élèves à suivre ce mois-ci
follow-up-intro = Élèves avec au moins 4 demi-journées d'absence sans motif accepté depuis le début du mois (article R131-7 du Code de l'éducation).
follow-up-empty = Aucun élève à suivre ce mois-ci.
follow-up-caption = Demi-journées d'absence sans motif accepté
follow-up-pupil-column = Élève
follow-up-count-column = Demi-journées

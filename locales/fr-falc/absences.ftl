# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = L'enfant est malade
reason-family_illness = Une personne de la famille a une maladie contagieuse
reason-family_event = Un événement important dans la famille
reason-travel = Un problème de transport imprévu
reason-following_guardians = La famille voyage avec l'enfant
reason-other = Une autre raison
state-held = en attente : l'élève peut encore arriver
state-cancelled = annulée
state-signalled = la famille est prévenue
state-acknowledged = la famille a lu le message
state-reason_given = la famille a donné la raison
state-validated = le collège accepte la raison
state-refused = le collège refuse la raison
kind-absent = absence
kind-late = retard
half-am = matin
half-pm = après-midi
roll-call-link = Faire l'appel
roll-call-title = Appel de la classe { $class }
roll-call-intro = Au début, tous les élèves sont présents. Changez seulement les élèves absents et les élèves en retard.
roll-call-half-legend = Matin ou après-midi
roll-call-present = présent
roll-call-absent = absent
roll-call-late = en retard
roll-call-submit = Enregistrer l'appel
roll-call-saved =
    { $absent ->
        [one] Carnet a enregistré l'appel : { $absent } absence.
       *[other] Carnet a enregistré l'appel : { $absent } absences.
    }
error-roll-call-mark = Choisissez : présent, absent ou en retard.
error-roll-call-half = Choisissez : matin ou après-midi.
board-link = Absences d'aujourd'hui
board-title = Absences d'aujourd'hui
board-empty = Aucune absence aujourd'hui.
board-caption = Absences et retards d'aujourd'hui
board-pupil-column = Élève
board-when-column = Quand
board-state-column = Où en est l'absence
board-reached-column = Comment la famille est prévenue
board-action-column = Que faire
board-not-reached = la famille n'est pas encore prévenue
board-validate = Accepter la raison
board-refuse = Refuser la raison
board-at-school-alert = Un parent dit : l'élève est au collège. Vérifiez.
error-absence-move = Vous ne pouvez plus faire ce changement. Voici où en est l'absence : { $state }.
family-absence-line = { $when } : { $kind }, { $state }
family-absence-reason = Raison : { $reason }
family-give-reason = Donner la raison
reason-title = Raison de l'absence de { $name }
reason-legend = Pourquoi votre enfant n'était pas au collège ?
reason-comment-label = Vos explications. Ce n'est pas obligatoire.
reason-submit = Envoyer la raison
reason-saved = Merci. Carnet a envoyé la raison à la vie scolaire.
error-reason-missing = Choisissez une raison.
error-reason-comment-long = Vos explications sont trop longues. Écrivez 300 caractères au maximum.
error-reason-settled = Le collège a déjà accepté cette raison. Vous ne pouvez plus changer la raison.
absence-notice = Absence
    .sms = Carnet : { $first } n'est pas au collège { $half ->
        [am] ce matin
       *[pm] cet après-midi
    } (réf. { $ref }). Répondez 1 à 5 pour la raison. 0 si votre enfant est au collège. 9 pour être appelé.
    .voice = Bonjour, ici Carnet. { $first } n'est pas au collège { $half ->
        [am] ce matin
       *[pm] cet après-midi
    }. Vous pouvez donner la raison sur Carnet. Vous pouvez aussi envoyer un SMS, ou appeler Carnet.
absence-reason-recorded = Raison enregistrée
    .sms = Carnet : merci. Carnet a enregistré la raison { $digit } pour { $first }. Référence : { $ref }. La vie scolaire va vérifier cette raison.
    .voice = Merci. Carnet a enregistré la raison pour { $first }.
absence-at-school = Enfant au collège
    .sms = Carnet : merci. La vie scolaire vérifie tout de suite : est-ce que { $first } est au collège ?
    .voice = Merci. La vie scolaire vérifie tout de suite.
absence-settled = Absence déjà traitée
    .sms = Carnet : le collège a déjà fini de traiter l'absence de { $first }. Référence : { $ref }. Vous voulez en parler ? Répondez 9.
    .voice = Le collège a déjà fini de traiter cette absence.
absence-which = Plusieurs absences
    .sms = Carnet : il y a plusieurs absences. Envoyez le chiffre et la référence. Exemple : 1 { $ref }.
proof-link = Preuve que la famille est prévenue
proof-title = Preuve que la famille est prévenue : { $name }, { $when }
proof-intro = Cette page montre toutes les étapes de cette absence. Pour chaque étape, vous voyez l'heure, le moyen et la personne. Imprimez cette page pour la garder.
proof-reference = Référence : { $ref }
proof-events-caption = Les étapes de l'absence
proof-at-column = Date et heure
proof-step-column = Étape
proof-channel-column = Comment
proof-by-column = Qui
proof-deliveries-caption = Les messages envoyés à la famille
proof-to-column = À qui
proof-status-column = Où en est le message
proof-at-school = un parent dit : l'élève est au collège
channel-staff = une personne du collège
channel-system = Carnet, tout seul
channel-web = le site Carnet
channel-sms = SMS
channel-voice = appel au téléphone
channel-mediator = médiateur
channel-paper = papier
delivery-status-queued = le message attend pour partir
delivery-status-sending = le message part
delivery-status-sent = le message est parti
delivery-status-delivered = le téléphone a reçu le message
delivery-status-undelivered = le téléphone n'a pas reçu le message
delivery-status-failed = Carnet n'a pas pu envoyer le message
delivery-status-suppressed = message pas envoyé : la famille ne veut pas de SMS
follow-up-link = Élèves à suivre
follow-up-title = Élèves à suivre ce mois-ci
follow-up-intro = Ces élèves ont manqué au moins 4 demi-journées depuis le début du mois. Une demi-journée, c'est un matin ou un après-midi. Le collège n'a pas accepté de raison pour ces absences. Article R131-7 du Code de l'éducation.
follow-up-empty = Aucun élève à suivre ce mois-ci.
follow-up-caption = Demi-journées d'absence sans raison acceptée
follow-up-pupil-column = Élève
follow-up-count-column = Demi-journées

# The demo phone simulator.

simulator-title = Simulateur de téléphone
simulator-intro = Démonstration : voici ce que Carnet a envoyé à chaque numéro. Vous pouvez répondre comme si vous teniez ce téléphone.
simulator-phones-caption = Téléphones de la démonstration
simulator-phone-column = Numéro
simulator-who-column = Personne
simulator-count-column = Messages reçus
simulator-conversation-title = Téléphone { $phone }
simulator-empty = Rien n'a encore été envoyé à ce numéro.
simulator-sms-out = SMS reçu
simulator-sms-in = SMS envoyé
simulator-voice-out = Appel reçu, la voix dit
simulator-voice-in = Touches tapées
simulator-reply-label = Répondre par SMS
simulator-reply-submit = Envoyer le SMS
simulator-back = Tous les téléphones
simulator-no-phone = (pas de téléphone)
error-reply-empty = Écrivez un message.
error-reply-too-long = Ce message est trop long : 480 caractères au plus.
simulator-call-button = Appeler Carnet depuis ce téléphone
simulator-call-title = Appel en cours
simulator-call-says = La voix dit :
simulator-keys-label = Touches à taper (chiffres, étoile *, dièse #)
simulator-keys-submit = Taper
simulator-call-ended = L'appel est terminé.
error-keys-invalid = Tapez seulement des chiffres, * ou #.

# The demo phone simulator.

simulator-title = Essayer Carnet avec un faux téléphone
simulator-intro = C'est une démonstration. Ici, vous voyez les messages de Carnet pour chaque numéro. Vous pouvez répondre comme si ce téléphone était à vous.
simulator-phones-caption = Téléphones pour la démonstration
simulator-phone-column = Numéro
simulator-who-column = Personne
simulator-count-column = Messages reçus
simulator-conversation-title = Téléphone { $phone }
simulator-empty = Pour le moment, ce numéro a reçu 0 message.
simulator-sms-out = SMS reçu
simulator-sms-in = SMS envoyé
simulator-voice-out = Appel reçu, la voix dit
simulator-voice-in = Touches tapées
simulator-reply-label = Répondre par SMS
simulator-reply-submit = Envoyer le SMS
simulator-back = Tous les téléphones
simulator-no-phone = (sans téléphone)
error-reply-empty = Écrivez un message.
error-reply-too-long = Ce message est trop long. Écrivez 480 caractères au maximum.
simulator-call-button = Appeler Carnet avec ce téléphone
simulator-call-title = Appel en cours
simulator-call-says = La voix dit :
simulator-keys-label = Touches à taper : des chiffres, l'étoile * ou le dièse #
simulator-keys-submit = Taper
simulator-call-ended = L'appel est fini.
error-keys-invalid = Tapez seulement des chiffres, l'étoile * ou le dièse #.

# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "étoile" and "dièse" are the * and # keys.

menu-pin = Code secret
    .sms = Carnet : pour votre sécurité, le menu par téléphone demande votre code secret.
    .voice = Bonjour, ici Carnet. Pour votre sécurité, tapez votre code secret à 4 chiffres, puis dièse.
menu-pin-wrong = Code secret incorrect
    .sms = Carnet : ce code secret n'est pas le bon.
    .voice = Ce code secret n'est pas le bon.
menu-pin-locked = Menu bloqué
    .sms = Carnet : trop d'essais de code secret. Réessayez dans une heure.
    .voice = Trop d'essais de code secret. Réessayez dans une heure. Pour être rappelé par une personne, tapez 9.
menu-no-pin = Pas de code secret
    .sms = Carnet : choisissez un code secret dans vos réglages sur Carnet pour utiliser le menu.
    .voice = Bonjour, ici Carnet. Vous n'avez pas encore de code secret. Choisissez-le dans vos réglages sur Carnet, ou demandez à l'établissement. Pour être rappelé par une personne, tapez 9.
menu-main = Menu
    .sms = Carnet : répondez 1 pour vos messages, 2 pour changer de langue, 3 pour l'aide, 9 pour être rappelé.
    .voice = Pour écouter vos messages, tapez 1. Pour changer de langue, tapez 2. Pour l'aide, tapez 3. Pour être rappelé par une personne, tapez 9. Pour réécouter, tapez étoile.
menu-language = Langue
    .sms = Carnet : répondez 1 français, 2 arabe, 3 ukrainien, 4 autres langues. Ou LANGUE et le code, par exemple LANGUE pt.
    .voice = Choisissez votre langue.
menu-language-more = Autres langues
    .sms = Carnet : répondez 1 portugais, 2 turc, 3 roumain, 4 autres langues.
    .voice = Choisissez votre langue.
menu-language-last = Dernières langues
    .sms = Carnet : répondez 1 anglais, 2 espagnol, 4 pour revenir au début de la liste.
    .voice = Choisissez votre langue.
menu-language-option = Option de langue
    .voice = Pour le français, tapez { $digit }.
menu-more-languages = Autres langues
    .voice = Pour d'autres langues, tapez { $digit }.
menu-repeat = Réécouter
    .voice = Pour réécouter, tapez étoile.
menu-language-set = Langue choisie
    .sms = Carnet : les messages seront maintenant en français.
    .voice = Les messages seront maintenant en français.
menu-absence = Absence à justifier
    .voice = { $first } était absent { $when ->
            [today] { $half ->
                [am] ce matin
               *[pm] cet après-midi
            }
            [yesterday] { $half ->
                [am] hier matin
               *[pm] hier après-midi
            }
           *[earlier] il y a quelques jours
        }. Pour donner le motif :
menu-reason-option = Motif au clavier
    .voice = { $reason }, tapez { $digit }.
menu-absence-keys = Autres touches de l'absence
    .voice = Si votre enfant était au collège, tapez 0. Pour être rappelé par une personne, tapez 9. Pour réécouter, tapez étoile.
menu-messages-none = Pas de nouveau message
    .sms = Carnet : vous n'avez pas de nouveau message.
    .voice = Vous n'avez pas de nouveau message.
menu-help = Aide
    .sms = Carnet : répondez avec un chiffre. STOP arrête les SMS, START les reprend, LANGUE change la langue. Aide : vie scolaire.
    .voice = Carnet vous prévient des absences, des rendez-vous et des messages de l'établissement. Vous pouvez répondre avec les touches de votre téléphone. Pour parler à une personne, tapez 9 dans le menu.
menu-callback = Rappel demandé
    .sms = Carnet : c'est noté, une personne de l'établissement va vous rappeler.
    .voice = C'est noté. Une personne de l'établissement va vous rappeler.
menu-goodbye = Au revoir
    .sms = Carnet : merci, au revoir.
    .voice = Merci, au revoir.
menu-no-voice = Pas de voix dans cette langue
    .voice = Nous n'avons pas encore de voix dans votre langue. Pour être rappelé par une personne qui parle votre langue, tapez 9.
call-repeat = Réécouter le message
    .voice = Pour réécouter ce message, tapez étoile. Sinon, vous pouvez raccrocher.
sms-stopped = SMS arrêtés
    .sms = Carnet : vous ne recevrez plus de SMS. L'établissement vous joindra autrement. Pour reprendre, répondez START.
sms-started = SMS repris
    .sms = Carnet : vous recevez de nouveau les SMS. Pour arrêter, répondez STOP.
sms-language-unknown = Langue inconnue
    .sms = Carnet : langue inconnue. Codes possibles : fr, ar, uk, pt, tr, ro, en, es.

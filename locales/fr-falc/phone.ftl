# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "étoile" and "dièse" are the * and # keys.

menu-pin = Code secret
    .sms = Carnet : le menu par téléphone demande votre code secret. C'est pour votre sécurité.
    .voice = Bonjour, ici Carnet. C'est pour votre sécurité : tapez votre code secret. Ce code a 4 chiffres. Puis tapez dièse.
menu-pin-wrong = Code secret faux
    .sms = Carnet : ce code secret est faux.
    .voice = Ce code secret est faux.
menu-pin-locked = Menu bloqué
    .sms = Carnet : vous avez essayé le code secret trop de fois. Essayez encore dans 1 heure.
    .voice = Vous avez essayé le code secret trop de fois. Essayez encore dans 1 heure. Vous voulez parler à une personne ? Tapez 9. Une personne va vous appeler.
menu-no-pin = Pas de code secret
    .sms = Carnet : pour utiliser le menu, choisissez un code secret. Allez dans vos réglages sur Carnet.
    .voice = Bonjour, ici Carnet. Vous n'avez pas encore de code secret. Choisissez un code secret dans vos réglages sur Carnet. Ou demandez au collège. Vous voulez parler à une personne ? Tapez 9. Une personne va vous appeler.
menu-main = Menu
    .sms = Carnet : répondez 1 pour vos messages. 2 pour changer de langue. 3 pour l'aide. 9 pour qu'une personne vous appelle.
    .voice = Pour écouter vos messages, tapez 1. Pour changer de langue, tapez 2. Pour avoir de l'aide, tapez 3. Pour qu'une personne vous appelle, tapez 9. Pour écouter encore une fois, tapez étoile.
menu-language = Langue
    .sms = Carnet : répondez 1 français, 2 arabe, 3 ukrainien, 4 autres langues. Ou écrivez LANGUE et le code, par exemple LANGUE pt.
    .voice = Choisissez votre langue.
menu-language-more = Autres langues
    .sms = Carnet : répondez 1 portugais, 2 turc, 3 roumain, 4 autres langues.
    .voice = Choisissez votre langue.
menu-language-last = Dernières langues
    .sms = Carnet : répondez 1 anglais, 2 espagnol, 4 pour revenir au début de la liste.
    .voice = Choisissez votre langue.
menu-language-option = Choix de la langue
    .voice = Pour le français, tapez { $digit }.
menu-more-languages = Autres langues
    .voice = Pour d'autres langues, tapez { $digit }.
menu-repeat = Écouter encore une fois
    .voice = Pour écouter encore une fois, tapez étoile.
menu-language-set = Langue choisie
    .sms = Carnet : maintenant, les messages sont en français.
    .voice = Maintenant, les messages sont en français.
menu-absence = Absence à expliquer
    .voice = { $first } n'était pas au collège { $when ->
            [today] { $half ->
                [am] ce matin
               *[pm] cet après-midi
            }
            [yesterday] { $half ->
                [am] hier matin
               *[pm] hier après-midi
            }
           *[earlier] il y a quelques jours
        }. Pour donner la raison :
menu-reason-option = Raison avec les touches
    .voice = { $reason } : tapez { $digit }.
menu-absence-keys = Autres touches pour l'absence
    .voice = Votre enfant était au collège ? Tapez 0. Vous voulez parler à une personne ? Tapez 9. Une personne va vous appeler. Pour écouter encore une fois, tapez étoile.
menu-messages-none = Pas de nouveau message
    .sms = Carnet : vous n'avez pas de nouveau message.
    .voice = Vous n'avez pas de nouveau message.
menu-help = Aide
    .sms = Carnet : répondez avec un chiffre. STOP : plus de SMS. START : les SMS reviennent. LANGUE : changer de langue. Aide : vie scolaire.
    .voice = Carnet vous donne des nouvelles du collège : les absences, les rendez-vous et les messages. Vous pouvez répondre avec les touches de votre téléphone. Vous voulez parler à une personne ? Dans le menu, tapez 9.
menu-callback = Rappel demandé
    .sms = Carnet : c'est noté. Une personne du collège va vous appeler.
    .voice = C'est noté. Une personne du collège va vous appeler.
menu-goodbye = Au revoir
    .sms = Carnet : merci, au revoir.
    .voice = Merci, au revoir.
menu-no-voice = Pas de voix dans cette langue
    .voice = Pour le moment, nous n'avons pas de voix dans votre langue. Vous voulez parler à une personne qui parle votre langue ? Tapez 9. Cette personne va vous appeler.
call-repeat = Écouter encore le message
    .voice = Pour écouter encore une fois ce message, tapez étoile. Sinon, vous pouvez raccrocher.
sms-stopped = SMS arrêtés
    .sms = Carnet : vous ne recevez plus de SMS. Le collège va vous contacter autrement. Pour recevoir de nouveau les SMS, répondez START.
sms-started = SMS repris
    .sms = Carnet : vous recevez de nouveau les SMS. Pour arrêter les SMS, répondez STOP.
sms-language-unknown = Langue inconnue
    .sms = Carnet : cette langue est inconnue. Vous pouvez écrire : fr, ar, uk, pt, tr, ro, en, es.

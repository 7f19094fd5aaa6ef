# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Se connecter
sign-in-intro = Écrivez le numéro de téléphone que vous avez donné au collège. Nous allons vous envoyer un code. Le code a 6 chiffres.
sign-in-phone-label = Numéro de téléphone
sign-in-phone-hint = Par exemple : 06 12 34 56 78
sign-in-delivery-legend = Comment recevoir le code ?
sign-in-delivery-sms = Par SMS
sign-in-delivery-voice = Par un appel : une voix dit le code. C'est pratique pour un téléphone fixe.
sign-in-submit = Recevoir un code
code-title = Écrivez votre code
code-sent = Si le collège connaît ce numéro, nous venons d'envoyer un code au { $phone }. Ce code marche pendant 10 minutes.
code-label = Code à 6 chiffres
code-submit = Me connecter
code-new = J'attends toujours le code : demander un nouveau code
staff-sign-in-title = Connexion pour le personnel du collège
staff-username-label = Identifiant
staff-password-label = Mot de passe
staff-sign-in-submit = Me connecter
signed-out = La connexion est terminée.
error-phone-missing = Écrivez votre numéro de téléphone.
error-phone-invalid = Ce numéro est mal écrit. Écrivez le numéro comme dans cet exemple : 06 12 34 56 78.
error-delivery-invalid = Choisissez SMS ou appel.
error-code-format = Le code a 6 chiffres.
error-code-wrong =
    { $left ->
        [one] Ce code est faux. Vous pouvez encore essayer 1 fois.
       *[other] Ce code est faux. Vous pouvez encore essayer { $left } fois.
    }
error-code-expired = Ce code est trop vieux. Demandez un nouveau code.
error-code-locked = Vous avez essayé trop de fois avec ce code. Demandez un nouveau code.
error-too-many-requests =
    { $minutes ->
        [one] Vous avez fait trop de demandes. Attendez 1 minute. Puis essayez encore.
       *[other] Vous avez fait trop de demandes. Attendez { $minutes } minutes. Puis essayez encore.
    }
error-username-missing = Écrivez votre identifiant.
error-password-missing = Écrivez votre mot de passe.
error-credentials = L'identifiant ou le mot de passe est faux.

# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Se connecter
sign-in-intro = Entrez le numéro de téléphone que vous avez donné à l'établissement. Nous vous envoyons un code à 6 chiffres.
sign-in-phone-label = Numéro de téléphone
sign-in-phone-hint = Par exemple : 06 12 34 56 78
sign-in-delivery-legend = Comment recevoir le code ?
sign-in-delivery-sms = Par SMS
sign-in-delivery-voice = Par un appel qui lit le code (pour un téléphone fixe)
sign-in-submit = Recevoir un code
code-title = Entrez votre code
code-sent = Si ce numéro est connu de l'établissement, un code vient d'être envoyé au { $phone }. Il est valable 10 minutes.
code-label = Code à 6 chiffres
code-submit = Me connecter
code-new = Je n'ai pas reçu de code : demander un nouveau code
staff-sign-in-title = Connexion du personnel
staff-username-label = Identifiant
staff-password-label = Mot de passe
staff-sign-in-submit = Me connecter
signed-out = Vous êtes déconnecté.
error-phone-missing = Entrez votre numéro de téléphone.
error-phone-invalid = Ce numéro n'est pas valide. Écrivez-le par exemple ainsi : 06 12 34 56 78.
error-delivery-invalid = Choisissez SMS ou appel.
error-code-format = Le code a 6 chiffres.
error-code-wrong =
    { $left ->
        [one] Ce code n'est pas le bon. Il vous reste un essai.
       *[other] Ce code n'est pas le bon. Il vous reste { $left } essais.
    }
error-code-expired = Ce code n'est plus valable. Demandez un nouveau code.
error-code-locked = Trop d'essais avec ce code. Demandez un nouveau code.
error-too-many-requests =
    { $minutes ->
        [one] Trop de demandes. Attendez une minute puis réessayez.
       *[other] Trop de demandes. Attendez { $minutes } minutes puis réessayez.
    }
error-username-missing = Entrez votre identifiant.
error-password-missing = Entrez votre mot de passe.
error-credentials = Identifiant ou mot de passe incorrect.

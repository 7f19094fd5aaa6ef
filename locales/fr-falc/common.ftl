# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = Le lien entre l'école et la famille
skip-link = Aller au contenu de la page
nav-label = Menu principal
nav-home = Accueil
nav-settings = Mes réglages
nav-help = Aide
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
footer-label = Informations sur le site
footer-privacy = Vie privée
footer-accessibility = Accessibilité : partiellement conforme
footer-simulator = Essayer Carnet avec un faux téléphone
language-switcher-label = Langue
signed-in-as = Personne connectée : { $name }
demo-banner = C'est une démonstration. Les personnes sont inventées. Les SMS restent sur ce site.
error-summary-title =
    { $count ->
        [one] Il y a 1 problème
       *[other] Il y a { $count } problèmes
    }
error-prefix = Erreur :
back-home = Retourner à la page d'accueil
page-not-found-title = Page introuvable
page-not-found-body = L'adresse de cette page est peut-être fausse. Ou la page a été effacée.
page-forbidden-title = Accès refusé
page-forbidden-body = Cette page est réservée à d'autres personnes.
page-bad-request-title = Formulaire incomplet
page-bad-request-body = Il manque des informations dans le formulaire. Ou le formulaire est trop long. Retournez à la page d'avant. Puis essayez encore.
page-too-many-title = Trop de demandes
page-too-many-body = Vous avez fait beaucoup de demandes en peu de temps. Attendez quelques minutes. Puis essayez encore.
page-error-title = Une erreur est arrivée
page-error-body = Essayez encore dans quelques minutes. Le problème continue ? Alors prévenez le collège.
role-head = direction
role-vie_scolaire = vie scolaire
role-teacher = professeur
role-mediator = médiateur
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}

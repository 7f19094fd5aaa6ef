# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = Le lien entre l'école et la famille
skip-link = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-settings = Mes réglages
nav-help = Aide
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
footer-label = Informations sur le site
footer-privacy = Vie privée
footer-accessibility = Accessibilité : partiellement conforme
footer-simulator = Simulateur de téléphone (démonstration)
language-switcher-label = Langue
signed-in-as = Connecté : { $name }
demo-banner = Démonstration : les personnes sont fictives et aucun SMS ne part vraiment.
error-summary-title =
    { $count ->
        [one] Il y a un problème
       *[other] Il y a { $count } problèmes
    }
error-prefix = Erreur :
back-home = Revenir à l'accueil
page-not-found-title = Page introuvable
page-not-found-body = Cette page n'existe pas ou n'existe plus.
page-forbidden-title = Accès refusé
page-forbidden-body = Vous n'avez pas le droit de voir cette page.
page-bad-request-title = Demande incomplète
page-bad-request-body = Le formulaire envoyé est incomplet ou trop long. Revenez en arrière et réessayez.
page-too-many-title = Trop de demandes
page-too-many-body = Vous avez fait trop de demandes en peu de temps. Attendez quelques minutes puis réessayez.
page-error-title = Une erreur est survenue
page-error-body = Réessayez dans quelques minutes. Si cela continue, prévenez l'établissement.
role-head = direction
role-vie_scolaire = vie scolaire
role-teacher = professeur
role-mediator = médiateur
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}

# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = Legătura dintre școală și familie
skip-link = Mergeți la conținut
nav-label = Meniu principal
nav-home = Acasă
nav-settings = Setările mele
nav-help = Ajutor
nav-sign-in = Conectare
nav-sign-out = Deconectare
footer-label = Informații despre site
footer-privacy = Confidențialitate
footer-accessibility = Accesibilitate: parțial conformă
footer-simulator = Simulator de telefon (demonstrație)
language-switcher-label = Limba
signed-in-as = Conectat: { $name }
demo-banner = Demonstrație: persoanele sunt fictive și niciun SMS nu este trimis cu adevărat.
error-summary-title =
    { $count ->
        [one] Există o problemă
        [few] Există { $count } probleme
       *[other] Există { $count } de probleme
    }
error-prefix = Eroare:
back-home = Înapoi la pagina principală
page-not-found-title = Pagina nu a fost găsită
page-not-found-body = Această pagină nu există sau nu mai există.
page-forbidden-title = Acces refuzat
page-forbidden-body = Nu aveți dreptul să vedeți această pagină.
page-bad-request-title = Cerere incompletă
page-bad-request-body = Formularul trimis este incomplet sau prea lung. Întoarceți-vă și încercați din nou.
page-too-many-title = Prea multe cereri
page-too-many-body = Ați făcut prea multe cereri în puțin timp. Așteptați câteva minute, apoi încercați din nou.
page-error-title = A apărut o eroare
page-error-body = Încercați din nou peste câteva minute. Dacă problema continuă, anunțați școala.
role-head = direcțiune
role-vie_scolaire = biroul vieții școlare (vie scolaire)
role-teacher = profesor
role-mediator = mediator
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}

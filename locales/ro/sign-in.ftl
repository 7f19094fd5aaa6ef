# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Conectare
sign-in-intro = Introduceți numărul de telefon pe care l-ați dat școlii. Vă trimitem un cod din 6 cifre.
sign-in-phone-label = Număr de telefon
sign-in-phone-hint = De exemplu: 06 12 34 56 78
sign-in-delivery-legend = Cum doriți să primiți codul?
sign-in-delivery-sms = Prin SMS
sign-in-delivery-voice = Printr-un apel care citește codul (pentru telefon fix)
sign-in-submit = Primiți un cod
code-title = Introduceți codul
code-sent = Dacă școala cunoaște acest număr, tocmai a fost trimis un cod la { $phone }. Este valabil 10 minute.
code-label = Cod din 6 cifre
code-submit = Conectare
code-new = Nu am primit codul: cer un cod nou
staff-sign-in-title = Conectare personal
staff-username-label = Nume de utilizator
staff-password-label = Parolă
staff-sign-in-submit = Conectare
signed-out = V-ați deconectat.
error-phone-missing = Introduceți numărul dumneavoastră de telefon.
error-phone-invalid = Acest număr nu este valid. Scrieți-l, de exemplu, așa: 06 12 34 56 78.
error-delivery-invalid = Alegeți SMS sau apel.
error-code-format = Codul are 6 cifre.
error-code-wrong =
    { $left ->
        [one] Acest cod nu este corect. Mai aveți o încercare.
        [few] Acest cod nu este corect. Mai aveți { $left } încercări.
       *[other] Acest cod nu este corect. Mai aveți { $left } de încercări.
    }
error-code-expired = Acest cod nu mai este valabil. Cereți un cod nou.
error-code-locked = Prea multe încercări cu acest cod. Cereți un cod nou.
error-too-many-requests =
    { $minutes ->
        [one] Prea multe cereri. Așteptați un minut, apoi încercați din nou.
        [few] Prea multe cereri. Așteptați { $minutes } minute, apoi încercați din nou.
       *[other] Prea multe cereri. Așteptați { $minutes } de minute, apoi încercați din nou.
    }
error-username-missing = Introduceți numele de utilizator.
error-password-missing = Introduceți parola.
error-credentials = Nume de utilizator sau parolă incorectă.

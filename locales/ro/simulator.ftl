# The demo phone simulator.

simulator-title = Simulator de telefon
simulator-intro = Demonstrație: iată ce a trimis Carnet fiecărui număr. Puteți răspunde ca și cum ați ține acest telefon în mână.
simulator-phones-caption = Telefoanele demonstrației
simulator-phone-column = Număr
simulator-who-column = Persoană
simulator-count-column = Mesaje primite
simulator-conversation-title = Telefon { $phone }
simulator-empty = Încă nu s-a trimis nimic la acest număr.
simulator-sms-out = SMS primit
simulator-sms-in = SMS trimis
simulator-voice-out = Apel primit, vocea spune
simulator-voice-in = Taste apăsate
simulator-reply-label = Răspundeți prin SMS
simulator-reply-submit = Trimiteți SMS-ul
simulator-back = Toate telefoanele
simulator-no-phone = (fără telefon)
error-reply-empty = Scrieți un mesaj.
error-reply-too-long = Acest mesaj este prea lung: cel mult 480 de caractere.
simulator-call-button = Sunați la Carnet de pe acest telefon
simulator-call-title = Apel în curs
simulator-call-says = Vocea spune:
simulator-keys-label = Taste de apăsat (cifre, steluță *, diez #)
simulator-keys-submit = Apăsați
simulator-call-ended = Apelul s-a încheiat.
error-keys-invalid = Tastați doar cifre, * sau #.

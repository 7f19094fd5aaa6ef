# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "steluță" and "diez" are the * and # keys.

menu-pin = Cod secret
    .sms = Carnet: pentru siguranța dumneavoastră, meniul telefonic vă cere codul secret.
    .voice = Bună ziua, aici Carnet. Pentru siguranța dumneavoastră, tastați codul secret din 4 cifre, apoi tasta diez.
menu-pin-wrong = Cod secret greșit
    .sms = Carnet: acest cod secret nu este cel corect.
    .voice = Acest cod secret nu este cel corect.
menu-pin-locked = Meniu blocat
    .sms = Carnet: prea multe încercări ale codului secret. Încercați din nou peste o oră.
    .voice = Prea multe încercări ale codului secret. Încercați din nou peste o oră. Pentru ca o persoană să vă sune înapoi, apăsați 9.
menu-no-pin = Fără cod secret
    .sms = Carnet: pentru a folosi meniul, alegeți un cod secret în setările dumneavoastră din Carnet.
    .voice = Bună ziua, aici Carnet. Nu aveți încă un cod secret. Alegeți-l în setările dumneavoastră din Carnet sau întrebați la școală. Pentru ca o persoană să vă sune înapoi, apăsați 9.
menu-main = Meniu
    .sms = Carnet: răspundeți 1 pentru mesaje, 2 pentru a schimba limba, 3 pentru ajutor, 9 ca să vă sune o persoană.
    .voice = Pentru a asculta mesajele, apăsați 1. Pentru a schimba limba, apăsați 2. Pentru ajutor, apăsați 3. Pentru ca o persoană să vă sune înapoi, apăsați 9. Pentru a asculta din nou, apăsați tasta steluță.
menu-language = Limbă
    .sms = Carnet: răspundeți 1 franceză, 2 arabă, 3 ucraineană, 4 alte limbi. Sau LANGUE și codul, de exemplu LANGUE pt.
    .voice = Alegeți limba.
menu-language-more = Alte limbi
    .sms = Carnet: răspundeți 1 portugheză, 2 turcă, 3 română, 4 alte limbi.
    .voice = Alegeți limba.
menu-language-last = Ultimele limbi
    .sms = Carnet: răspundeți 1 engleză, 2 spaniolă, 4 pentru a reveni la începutul listei.
    .voice = Alegeți limba.
menu-language-option = Opțiune de limbă
    .voice = Pentru limba română, apăsați { $digit }.
menu-more-languages = Alte limbi
    .voice = Pentru alte limbi, apăsați { $digit }.
menu-repeat = Ascultați din nou
    .voice = Pentru a asculta din nou, apăsați tasta steluță.
menu-language-set = Limbă aleasă
    .sms = Carnet: de acum înainte, mesajele vor fi în limba română.
    .voice = De acum înainte, mesajele vor fi în limba română.
menu-absence = Absență de justificat
    .voice = { $first } a lipsit { $when ->
            [today] { $half ->
                [am] azi-dimineață
               *[pm] azi după-amiază
            }
            [yesterday] { $half ->
                [am] ieri dimineață
               *[pm] ieri după-amiază
            }
           *[earlier] acum câteva zile
        }. Pentru a da motivul:
menu-reason-option = Motiv de la tastatură
    .voice = { $reason }, apăsați { $digit }.
menu-absence-keys = Alte taste pentru absență
    .voice = Dacă copilul dumneavoastră era la școală, apăsați 0. Pentru ca o persoană să vă sune înapoi, apăsați 9. Pentru a asculta din nou, apăsați tasta steluță.
menu-messages-none = Niciun mesaj nou
    .sms = Carnet: nu aveți niciun mesaj nou.
    .voice = Nu aveți niciun mesaj nou.
menu-help = Ajutor
    .sms = Carnet: răspundeți cu o cifră. STOP oprește SMS-urile, START le repornește, LANGUE schimbă limba. Ajutor: biroul vieții școlare (vie scolaire).
    .voice = Carnet vă anunță despre absențe, întâlniri și mesajele școlii. Puteți răspunde cu tastele telefonului. Pentru a vorbi cu o persoană, apăsați 9 în meniu.
menu-callback = Apel solicitat
    .sms = Carnet: am notat, o persoană de la școală vă va suna înapoi.
    .voice = Am notat. O persoană de la școală vă va suna înapoi.
menu-goodbye = La revedere
    .sms = Carnet: mulțumim, la revedere.
    .voice = Mulțumim, la revedere.
menu-no-voice = Nicio voce în această limbă
    .voice = Încă nu avem o voce în limba dumneavoastră. Pentru ca o persoană care vorbește limba dumneavoastră să vă sune înapoi, apăsați 9.
call-repeat = Ascultați din nou mesajul
    .voice = Pentru a asculta din nou acest mesaj, apăsați tasta steluță. Altfel, puteți închide.
sms-stopped = SMS-uri oprite
    .sms = Carnet: nu veți mai primi SMS-uri. Școala vă va contacta în alt mod. Pentru a le primi din nou, răspundeți START.
sms-started = SMS-uri repornite
    .sms = Carnet: primiți din nou SMS-urile. Pentru a le opri, răspundeți STOP.
sms-language-unknown = Limbă necunoscută
    .sms = Carnet: limbă necunoscută. Coduri posibile: fr, ar, uk, pt, tr, ro, en, es.

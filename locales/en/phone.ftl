# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "star" and "hash" are the * and # keys.

menu-pin = Secret code
    .sms = Carnet: for your security, the phone menu asks for your secret code.
    .voice = Hello, this is Carnet. For your security, enter your 4-digit secret code, then press hash.
menu-pin-wrong = Wrong secret code
    .sms = Carnet: this secret code is not the right one.
    .voice = This secret code is not the right one.
menu-pin-locked = Menu locked
    .sms = Carnet: too many secret code attempts. Try again in one hour.
    .voice = Too many secret code attempts. Try again in one hour. To be called back by a person, press 9.
menu-no-pin = No secret code
    .sms = Carnet: choose a secret code in your settings on Carnet to use the menu.
    .voice = Hello, this is Carnet. You do not have a secret code yet. Choose one in your settings on Carnet, or ask the school. To be called back by a person, press 9.
menu-main = Menu
    .sms = Carnet: reply 1 for your messages, 2 to change language, 3 for help, 9 to be called back.
    .voice = To listen to your messages, press 1. To change language, press 2. For help, press 3. To be called back by a person, press 9. To listen again, press star.
menu-language = Language
    .sms = Carnet: reply 1 French, 2 Arabic, 3 Ukrainian, 4 other languages. Or LANGUE and the code, for example LANGUE pt.
    .voice = Choose your language.
menu-language-more = Other languages
    .sms = Carnet: reply 1 Portuguese, 2 Turkish, 3 Romanian, 4 other languages.
    .voice = Choose your language.
menu-language-last = Last languages
    .sms = Carnet: reply 1 English, 2 Spanish, 4 to go back to the start of the list.
    .voice = Choose your language.
menu-language-option = Language option
    .voice = For English, press { $digit }.
menu-more-languages = Other languages
    .voice = For other languages, press { $digit }.
menu-repeat = Listen again
    .voice = To listen again, press star.
menu-language-set = Language chosen
    .sms = Carnet: messages will now be in English.
    .voice = Messages will now be in English.
menu-absence = Absence to explain
    .voice = { $first } was absent { $when ->
            [today] { $half ->
                [am] this morning
               *[pm] this afternoon
            }
            [yesterday] { $half ->
                [am] yesterday morning
               *[pm] yesterday afternoon
            }
           *[earlier] a few days ago
        }. To give the reason:
menu-reason-option = Reason on the keypad
    .voice = { $reason }, press { $digit }.
menu-absence-keys = Other keys for the absence
    .voice = If your child was at school, press 0. To be called back by a person, press 9. To listen again, press star.
menu-messages-none = No new messages
    .sms = Carnet: you have no new messages.
    .voice = You have no new messages.
menu-help = Help
    .sms = Carnet: reply with a number. STOP stops the SMS, START restarts them, LANGUE changes the language. Help: school life office (vie scolaire).
    .voice = Carnet tells you about absences, meetings and messages from the school. You can reply with the keys on your phone. To speak to a person, press 9 in the menu.
menu-callback = Call back requested
    .sms = Carnet: noted, a person from the school will call you back.
    .voice = Noted. A person from the school will call you back.
menu-goodbye = Goodbye
    .sms = Carnet: thank you, goodbye.
    .voice = Thank you, goodbye.
menu-no-voice = No voice in this language
    .voice = We do not have a voice in your language yet. To be called back by a person who speaks your language, press 9.
call-repeat = Listen to the message again
    .voice = To listen to this message again, press star. Otherwise, you can hang up.
sms-stopped = SMS stopped
    .sms = Carnet: you will no longer receive SMS. The school will contact you another way. To start again, reply START.
sms-started = SMS started again
    .sms = Carnet: you are receiving SMS again. To stop them, reply STOP.
sms-language-unknown = Unknown language
    .sms = Carnet: unknown language. Possible codes: fr, ar, uk, pt, tr, ro, en, es.

# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "asterisco" and "almohadilla" are the * and # keys.

menu-pin = Código secreto
    .sms = Carnet: por su seguridad, el menú telefónico le pide su código secreto.
    .voice = Hola, le habla Carnet. Por su seguridad, marque su código secreto de 4 cifras y después almohadilla.
menu-pin-wrong = Código secreto incorrecto
    .sms = Carnet: este código secreto no es el correcto.
    .voice = Este código secreto no es el correcto.
menu-pin-locked = Menú bloqueado
    .sms = Carnet: demasiados intentos de código secreto. Vuelva a intentarlo dentro de una hora.
    .voice = Demasiados intentos de código secreto. Vuelva a intentarlo dentro de una hora. Para que le llame una persona, marque 9.
menu-no-pin = Sin código secreto
    .sms = Carnet: para usar el menú, elija un código secreto en sus ajustes de Carnet.
    .voice = Hola, le habla Carnet. Todavía no tiene un código secreto. Elíjalo en sus ajustes de Carnet o pregunte en el centro escolar. Para que le llame una persona, marque 9.
menu-main = Menú
    .sms = Carnet: responda 1 para sus mensajes, 2 para cambiar de idioma, 3 para la ayuda, 9 para que le llamen.
    .voice = Para escuchar sus mensajes, marque 1. Para cambiar de idioma, marque 2. Para la ayuda, marque 3. Para que le llame una persona, marque 9. Para volver a escuchar, marque asterisco.
menu-language = Idioma
    .sms = Carnet: responda 1 francés, 2 árabe, 3 ucraniano, 4 otros idiomas. O LANGUE y el código, por ejemplo LANGUE pt.
    .voice = Elija su idioma.
menu-language-more = Otros idiomas
    .sms = Carnet: responda 1 portugués, 2 turco, 3 rumano, 4 otros idiomas.
    .voice = Elija su idioma.
menu-language-last = Últimos idiomas
    .sms = Carnet: responda 1 inglés, 2 español, 4 para volver al principio de la lista.
    .voice = Elija su idioma.
menu-language-option = Opción de idioma
    .voice = Para español, marque { $digit }.
menu-more-languages = Otros idiomas
    .voice = Para otros idiomas, marque { $digit }.
menu-repeat = Volver a escuchar
    .voice = Para volver a escuchar, marque asterisco.
menu-language-set = Idioma elegido
    .sms = Carnet: a partir de ahora, los mensajes estarán en español.
    .voice = A partir de ahora, los mensajes estarán en español.
menu-absence = Ausencia por justificar
    .voice = { $first } faltó a clase { $when ->
            [today] { $half ->
                [am] esta mañana
               *[pm] esta tarde
            }
            [yesterday] { $half ->
                [am] ayer por la mañana
               *[pm] ayer por la tarde
            }
           *[earlier] hace unos días
        }. Para indicar el motivo:
menu-reason-option = Motivo con el teclado
    .voice = { $reason }, marque { $digit }.
menu-absence-keys = Otras teclas de la ausencia
    .voice = Si su hijo estaba en el centro escolar, marque 0. Para que le llame una persona, marque 9. Para volver a escuchar, marque asterisco.
menu-messages-none = Sin mensajes nuevos
    .sms = Carnet: no tiene mensajes nuevos.
    .voice = No tiene mensajes nuevos.
menu-help = Ayuda
    .sms = Carnet: responda con una cifra. STOP detiene los SMS, START los reanuda, LANGUE cambia el idioma. Ayuda: vida escolar (vie scolaire).
    .voice = Carnet le avisa de las ausencias, las citas y los mensajes del centro escolar. Puede responder con las teclas de su teléfono. Para hablar con una persona, marque 9 en el menú.
menu-callback = Llamada solicitada
    .sms = Carnet: de acuerdo, una persona del centro escolar le llamará.
    .voice = De acuerdo. Una persona del centro escolar le llamará.
menu-goodbye = Adiós
    .sms = Carnet: gracias, adiós.
    .voice = Gracias, adiós.
menu-no-voice = Sin voz en este idioma
    .voice = Todavía no tenemos voz en su idioma. Para que le llame una persona que hable su idioma, marque 9.
call-repeat = Volver a escuchar el mensaje
    .voice = Para volver a escuchar este mensaje, marque asterisco. Si no, puede colgar.
sms-stopped = SMS detenidos
    .sms = Carnet: ya no recibirá SMS. El centro escolar le contactará de otra forma. Para volver a recibirlos, responda START.
sms-started = SMS reanudados
    .sms = Carnet: vuelve a recibir los SMS. Para detenerlos, responda STOP.
sms-language-unknown = Idioma desconocido
    .sms = Carnet: idioma desconocido. Códigos posibles: fr, ar, uk, pt, tr, ro, en, es.

# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Enfermedad del alumno
reason-family_illness = Enfermedad contagiosa en la familia
reason-family_event = Acontecimiento familiar importante
reason-travel = Problema de transporte imprevisto
reason-following_guardians = Viaje de la familia con el alumno
reason-other = Otro motivo
state-held = en espera (el alumno aún puede llegar)
state-cancelled = anulada
state-signalled = comunicada a la familia
state-acknowledged = leída por la familia
state-reason_given = motivo indicado
state-validated = motivo aceptado
state-refused = motivo rechazado
kind-absent = ausencia
kind-late = retraso
half-am = mañana
half-pm = tarde
roll-call-link = Pasar lista
roll-call-title = Pasar lista: clase { $class }
roll-call-intro = Al principio, todos los alumnos están presentes. Cambie solo las ausencias y los retrasos.
roll-call-half-legend = Media jornada
roll-call-present = presente
roll-call-absent = ausente
roll-call-late = con retraso
roll-call-submit = Guardar la lista
roll-call-saved =
    { $absent ->
        [one] Lista guardada: una ausencia.
       *[other] Lista guardada: { $absent } ausencias.
    }
error-roll-call-mark = Elija presente, ausente o con retraso.
error-roll-call-half = Elija la mañana o la tarde.
board-link = Ausencias del día
board-title = Ausencias del día
board-empty = No hay ausencias hoy.
board-caption = Ausencias y retrasos de hoy
board-pupil-column = Alumno
board-when-column = Cuándo
board-state-column = Estado
board-reached-column = Familia avisada por
board-action-column = Acción
board-not-reached = aún sin contactar
board-validate = Aceptar el motivo
board-refuse = Rechazar el motivo
board-at-school-alert = Un familiar dice que el alumno está en el centro escolar: compruébelo.
error-absence-move = Este cambio ya no es posible: el estado de la ausencia es «{ $state }».
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Motivo: { $reason }
family-give-reason = Indicar el motivo
reason-title = Motivo de la ausencia de { $name }
reason-legend = ¿Por qué faltó su hijo a clase?
reason-comment-label = Detalles (opcional)
reason-submit = Enviar el motivo
reason-saved = Gracias, el motivo se ha enviado al servicio de vida escolar.
error-reason-missing = Elija un motivo.
error-reason-comment-long = Los detalles son demasiado largos: 300 caracteres como máximo.
error-reason-settled = Este motivo ya está aceptado: ya no se puede cambiar.
absence-notice = Ausencia
    .sms = Carnet: ausencia de { $first } { $half ->
        [am] esta mañana
       *[pm] esta tarde
    } (ref. { $ref }). Responda del 1 al 5 para el motivo, 0 si su hijo está en el centro escolar, 9 para que le llamen.
    .voice = Hola, le habla Carnet. { $first } no ha venido a clase { $half ->
        [am] esta mañana
       *[pm] esta tarde
    }. Puede indicar el motivo en Carnet, por SMS o llamando a Carnet.
absence-reason-recorded = Motivo registrado
    .sms = Carnet: gracias, motivo { $digit } registrado para { $first } (ref. { $ref }). El servicio de vida escolar lo comprobará.
    .voice = Gracias, el motivo de { $first } ha quedado registrado.
absence-at-school = Alumno en el centro escolar
    .sms = Carnet: gracias, el servicio de vida escolar comprueba ahora mismo si { $first } está en el centro escolar.
    .voice = Gracias, el servicio de vida escolar lo comprueba ahora mismo.
absence-settled = Ausencia ya resuelta
    .sms = Carnet: la ausencia de { $first } (ref. { $ref }) ya está resuelta. Para hablar de ella, responda 9.
    .voice = Esta ausencia ya está resuelta.
absence-which = Varias ausencias
    .sms = Carnet: hay varias ausencias sin motivo. Responda con la cifra y la referencia, por ejemplo 1 { $ref }.
proof-link = Prueba de notificación
proof-title = Prueba de notificación: { $name }, { $when }
proof-intro = Todos los pasos de esta ausencia, con la hora, el medio y la persona. Imprima esta página para conservarla.
proof-reference = Referencia: { $ref }
proof-events-caption = Pasos de la ausencia
proof-at-column = Fecha y hora
proof-step-column = Paso
proof-channel-column = Medio
proof-by-column = Por
proof-deliveries-caption = Mensajes enviados a la familia
proof-to-column = Para
proof-status-column = Estado
proof-at-school = el familiar dice que el alumno está en el centro escolar
channel-staff = personal del centro escolar
channel-system = Carnet, automáticamente
channel-web = sitio web de Carnet
channel-sms = SMS
channel-voice = llamada telefónica
channel-mediator = mediador
channel-paper = papel
delivery-status-queued = pendiente de envío
delivery-status-sending = enviándose
delivery-status-sent = enviado
delivery-status-delivered = recibido por el teléfono
delivery-status-undelivered = no recibido
delivery-status-failed = error en el envío
delivery-status-suppressed = no enviado: la familia rechazó los SMS
follow-up-link = Alumnos en seguimiento
follow-up-title = Alumnos en seguimiento este mes
follow-up-intro = Alumnos con al menos 4 medias jornadas de ausencia sin motivo aceptado desde el inicio del mes (artículo R131-7 del Código de Educación francés, Code de l'éducation).
follow-up-empty = Ningún alumno en seguimiento este mes.
follow-up-caption = Medias jornadas de ausencia sin motivo aceptado
follow-up-pupil-column = Alumno
follow-up-count-column = Medias jornadas

# The demo phone simulator.

simulator-title = Simulador de teléfono
simulator-intro = Demostración: esto es lo que Carnet ha enviado a cada número. Puede responder como si tuviera este teléfono en la mano.
simulator-phones-caption = Teléfonos de la demostración
simulator-phone-column = Número
simulator-who-column = Persona
simulator-count-column = Mensajes recibidos
simulator-conversation-title = Teléfono { $phone }
simulator-empty = Todavía no se ha enviado nada a este número.
simulator-sms-out = SMS recibido
simulator-sms-in = SMS enviado
simulator-voice-out = Llamada recibida, la voz dice
simulator-voice-in = Teclas pulsadas
simulator-reply-label = Responder por SMS
simulator-reply-submit = Enviar el SMS
simulator-back = Todos los teléfonos
simulator-no-phone = (sin teléfono)
error-reply-empty = Escriba un mensaje.
error-reply-too-long = Este mensaje es demasiado largo: 480 caracteres como máximo.
simulator-call-button = Llamar a Carnet desde este teléfono
simulator-call-title = Llamada en curso
simulator-call-says = La voz dice:
simulator-keys-label = Teclas que pulsar (cifras, asterisco *, almohadilla #)
simulator-keys-submit = Pulsar
simulator-call-ended = La llamada ha terminado.
error-keys-invalid = Escriba solo cifras, * o #.

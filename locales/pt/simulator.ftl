# The demo phone simulator.

simulator-title = Simulador de telefone
simulator-intro = Demonstração: eis o que o Carnet enviou para cada número. Pode responder como se tivesse este telefone na mão.
simulator-phones-caption = Telefones da demonstração
simulator-phone-column = Número
simulator-who-column = Pessoa
simulator-count-column = Mensagens recebidas
simulator-conversation-title = Telefone { $phone }
simulator-empty = Ainda não foi enviado nada para este número.
simulator-sms-out = SMS recebido
simulator-sms-in = SMS enviado
simulator-voice-out = Chamada recebida, a voz diz
simulator-voice-in = Teclas premidas
simulator-reply-label = Responder por SMS
simulator-reply-submit = Enviar o SMS
simulator-back = Todos os telefones
simulator-no-phone = (sem telefone)
error-reply-empty = Escreva uma mensagem.
error-reply-too-long = Esta mensagem é demasiado longa: 480 caracteres no máximo.
simulator-call-button = Ligar para o Carnet a partir deste telefone
simulator-call-title = Chamada em curso
simulator-call-says = A voz diz:
simulator-keys-label = Teclas a marcar (dígitos, asterisco *, cardinal #)
simulator-keys-submit = Marcar
simulator-call-ended = A chamada terminou.
error-keys-invalid = Escreva apenas dígitos, * ou #.

# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Doença do aluno
reason-family_illness = Doença contagiosa na família
reason-family_event = Acontecimento familiar importante
reason-travel = Problema de transporte imprevisto
reason-following_guardians = Viagem da família com o aluno
reason-other = Outro motivo
state-held = em espera (o aluno ainda pode chegar)
state-cancelled = anulada
state-signalled = comunicada à família
state-acknowledged = lida pela família
state-reason_given = motivo indicado
state-validated = motivo aceite
state-refused = motivo recusado
kind-absent = falta
kind-late = atraso
half-am = manhã
half-pm = tarde
roll-call-link = Fazer a chamada
roll-call-title = Chamada da turma { $class }
roll-call-intro = No início, todos os alunos estão presentes. Altere apenas as faltas e os atrasos.
roll-call-half-legend = Período do dia
roll-call-present = presente
roll-call-absent = ausente
roll-call-late = atrasado
roll-call-submit = Guardar a chamada
roll-call-saved =
    { $absent ->
        [one] Chamada guardada: { $absent } falta.
       *[other] Chamada guardada: { $absent } faltas.
    }
error-roll-call-mark = Escolha presente, ausente ou atrasado.
error-roll-call-half = Escolha a manhã ou a tarde.
board-link = Faltas do dia
board-title = Faltas do dia
board-empty = Nenhuma falta hoje.
board-caption = Faltas e atrasos de hoje
board-pupil-column = Aluno
board-when-column = Quando
board-state-column = Situação
board-reached-column = Família avisada por
board-action-column = Ação
board-not-reached = ainda não contactada
board-validate = Aceitar o motivo
board-refuse = Recusar o motivo
board-at-school-alert = Um responsável diz que o aluno está na escola: verifique.
error-absence-move = Esta alteração já não é possível: a situação da falta é «{ $state }».
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Motivo: { $reason }
family-give-reason = Indicar o motivo
reason-title = Motivo da falta de { $name }
reason-legend = Porque é que o seu filho faltou?
reason-comment-label = Pormenores (opcional)
reason-submit = Enviar o motivo
reason-saved = Obrigado, o motivo foi enviado ao serviço de vida escolar.
error-reason-missing = Escolha um motivo.
error-reason-comment-long = Os pormenores são demasiado longos: 300 caracteres no máximo.
error-reason-settled = Este motivo já foi aceite: já não pode ser alterado.
absence-notice = Falta
    .sms = Carnet: falta de { $first } { $half ->
        [am] esta manhã
       *[pm] esta tarde
    } (ref. { $ref }). Responda de 1 a 5 para o motivo, 0 se o seu filho está na escola, 9 para lhe ligarem de volta.
    .voice = Olá, aqui fala o Carnet. { $first } faltou às aulas { $half ->
        [am] esta manhã
       *[pm] esta tarde
    }. Pode indicar o motivo no Carnet, por SMS, ou ligando para o Carnet.
absence-reason-recorded = Motivo registado
    .sms = Carnet: obrigado, motivo { $digit } registado para { $first } (ref. { $ref }). O serviço de vida escolar vai verificá-lo.
    .voice = Obrigado, o motivo de { $first } ficou registado.
absence-at-school = Aluno na escola
    .sms = Carnet: obrigado, o serviço de vida escolar vai verificar imediatamente se { $first } está na escola.
    .voice = Obrigado, o serviço de vida escolar vai verificar imediatamente.
absence-settled = Falta já resolvida
    .sms = Carnet: a falta de { $first } (ref. { $ref }) já está resolvida. Para falar sobre ela, responda 9.
    .voice = Esta falta já está resolvida.
absence-which = Várias faltas
    .sms = Carnet: há várias faltas sem motivo. Responda com o número e a referência, por exemplo 1 { $ref }.
proof-link = Prova de notificação
proof-title = Prova de notificação: { $name }, { $when }
proof-intro = Todas as etapas desta falta, com a hora, o meio e a pessoa. Imprima esta página para a guardar.
proof-reference = Referência: { $ref }
proof-events-caption = Etapas da falta
proof-at-column = Data e hora
proof-step-column = Etapa
proof-channel-column = Meio
proof-by-column = Por
proof-deliveries-caption = Mensagens enviadas à família
proof-to-column = Para
proof-status-column = Estado
proof-at-school = o responsável diz que o aluno está na escola
channel-staff = pessoal da escola
channel-system = Carnet, automaticamente
channel-web = site do Carnet
channel-sms = SMS
channel-voice = chamada telefónica
channel-mediator = mediador
channel-paper = papel
delivery-status-queued = à espera de envio
delivery-status-sending = a ser enviada
delivery-status-sent = enviada
delivery-status-delivered = recebida pelo telemóvel
delivery-status-undelivered = não recebida
delivery-status-failed = falha no envio
delivery-status-suppressed = não enviada: a família recusou os SMS
follow-up-link = Alunos a acompanhar
follow-up-title = Alunos a acompanhar este mês
follow-up-intro = Alunos com pelo menos 4 períodos (manhãs ou tardes) de falta sem motivo aceite desde o início do mês (artigo R131-7 do Código da Educação francês, Code de l'éducation).
follow-up-empty = Nenhum aluno a acompanhar este mês.
follow-up-caption = Períodos de falta sem motivo aceite
follow-up-pupil-column = Aluno
follow-up-count-column = Períodos

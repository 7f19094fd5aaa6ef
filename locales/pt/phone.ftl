# The phone menu and SMS keywords: every prompt has an `.sms` (one segment) and a `.voice`
# text. In `.voice`, "asterisco" and "cardinal" are the * and # keys.

menu-pin = Código secreto
    .sms = Carnet: para sua segurança, o menu telefónico pede o seu código secreto.
    .voice = Olá, aqui fala o Carnet. Para sua segurança, marque o seu código secreto de 4 dígitos e depois cardinal.
menu-pin-wrong = Código secreto errado
    .sms = Carnet: este código secreto não está correto.
    .voice = Este código secreto não está correto.
menu-pin-locked = Menu bloqueado
    .sms = Carnet: demasiadas tentativas de código secreto. Tente de novo daqui a uma hora.
    .voice = Demasiadas tentativas de código secreto. Tente de novo daqui a uma hora. Para que uma pessoa lhe ligue de volta, marque 9.
menu-no-pin = Sem código secreto
    .sms = Carnet: para usar o menu, escolha um código secreto nas suas definições no Carnet.
    .voice = Olá, aqui fala o Carnet. Ainda não tem código secreto. Escolha-o nas suas definições no Carnet, ou peça ajuda à escola. Para que uma pessoa lhe ligue de volta, marque 9.
menu-main = Menu
    .sms = Carnet: responda 1 para as suas mensagens, 2 para mudar de língua, 3 para ajuda, 9 para lhe ligarem de volta.
    .voice = Para ouvir as suas mensagens, marque 1. Para mudar de língua, marque 2. Para ajuda, marque 3. Para que uma pessoa lhe ligue de volta, marque 9. Para ouvir de novo, marque asterisco.
menu-language = Língua
    .sms = Carnet: responda 1 francês, 2 árabe, 3 ucraniano, 4 outras línguas. Ou LANGUE e o código, por exemplo LANGUE pt.
    .voice = Escolha a sua língua.
menu-language-more = Outras línguas
    .sms = Carnet: responda 1 português, 2 turco, 3 romeno, 4 outras línguas.
    .voice = Escolha a sua língua.
menu-language-last = Últimas línguas
    .sms = Carnet: responda 1 inglês, 2 espanhol, 4 para voltar ao início da lista.
    .voice = Escolha a sua língua.
menu-language-option = Opção de língua
    .voice = Para português, marque { $digit }.
menu-more-languages = Outras línguas
    .voice = Para outras línguas, marque { $digit }.
menu-repeat = Ouvir de novo
    .voice = Para ouvir de novo, marque asterisco.
menu-language-set = Língua escolhida
    .sms = Carnet: a partir de agora, as mensagens serão em português.
    .voice = A partir de agora, as mensagens serão em português.
menu-absence = Falta por justificar
    .voice = { $first } faltou às aulas { $when ->
            [today] { $half ->
                [am] esta manhã
               *[pm] esta tarde
            }
            [yesterday] { $half ->
                [am] ontem de manhã
               *[pm] ontem à tarde
            }
           *[earlier] há alguns dias
        }. Para indicar o motivo:
menu-reason-option = Motivo pelo teclado
    .voice = { $reason }, marque { $digit }.
menu-absence-keys = Outras teclas da falta
    .voice = Se o seu filho estava na escola, marque 0. Para que uma pessoa lhe ligue de volta, marque 9. Para ouvir de novo, marque asterisco.
menu-messages-none = Sem mensagens novas
    .sms = Carnet: não tem mensagens novas.
    .voice = Não tem mensagens novas.
menu-help = Ajuda
    .sms = Carnet: responda com um número. STOP suspende os SMS, START retoma-os, LANGUE muda a língua. Ajuda: vida escolar (vie scolaire).
    .voice = O Carnet avisa-o das faltas, das reuniões e das mensagens da escola. Pode responder com as teclas do seu telefone. Para falar com uma pessoa, marque 9 no menu.
menu-callback = Chamada pedida
    .sms = Carnet: pedido registado, uma pessoa da escola vai ligar-lhe.
    .voice = Pedido registado. Uma pessoa da escola vai ligar-lhe.
menu-goodbye = Adeus
    .sms = Carnet: obrigado, adeus.
    .voice = Obrigado, adeus.
menu-no-voice = Sem voz nesta língua
    .voice = Ainda não temos voz na sua língua. Para que uma pessoa que fale a sua língua lhe ligue de volta, marque 9.
call-repeat = Ouvir a mensagem de novo
    .voice = Para ouvir esta mensagem de novo, marque asterisco. Se não, pode desligar.
sms-stopped = SMS suspensos
    .sms = Carnet: deixará de receber SMS. A escola vai contactá-lo de outra forma. Para voltar a receber, responda START.
sms-started = SMS retomados
    .sms = Carnet: volta a receber os SMS. Para os parar, responda STOP.
sms-language-unknown = Língua desconhecida
    .sms = Carnet: língua desconhecida. Códigos possíveis: fr, ar, uk, pt, tr, ro, en, es.

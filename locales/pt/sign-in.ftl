# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Entrar
sign-in-intro = Introduza o número de telefone que deu à escola. Vamos enviar-lhe um código de 6 algarismos.
sign-in-phone-label = Número de telefone
sign-in-phone-hint = Por exemplo: 06 12 34 56 78
sign-in-delivery-legend = Como quer receber o código?
sign-in-delivery-sms = Por SMS
sign-in-delivery-voice = Por uma chamada que lê o código (para um telefone fixo)
sign-in-submit = Receber um código
code-title = Introduza o seu código
code-sent = Se a escola conhecer este número, acabámos de enviar um código para o { $phone }. É válido durante 10 minutos.
code-label = Código de 6 algarismos
code-submit = Entrar
code-new = Não recebi nenhum código: pedir um novo código
staff-sign-in-title = Acesso do pessoal
staff-username-label = Nome de utilizador
staff-password-label = Palavra-passe
staff-sign-in-submit = Entrar
signed-out = A sessão foi terminada.
error-phone-missing = Introduza o seu número de telefone.
error-phone-invalid = Este número não é válido. Escreva-o, por exemplo, assim: 06 12 34 56 78.
error-delivery-invalid = Escolha SMS ou chamada.
error-code-format = O código tem 6 algarismos.
error-code-wrong =
    { $left ->
        [one] Este código não está correto. Resta-lhe uma tentativa.
       *[other] Este código não está correto. Restam-lhe { $left } tentativas.
    }
error-code-expired = Este código já não é válido. Peça um novo código.
error-code-locked = Demasiadas tentativas com este código. Peça um novo código.
error-too-many-requests =
    { $minutes ->
        [one] Demasiados pedidos. Aguarde um minuto e tente novamente.
       *[other] Demasiados pedidos. Aguarde { $minutes } minutos e tente novamente.
    }
error-username-missing = Introduza o seu nome de utilizador.
error-password-missing = Introduza a sua palavra-passe.
error-credentials = Nome de utilizador ou palavra-passe incorretos.

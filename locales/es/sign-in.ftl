# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Iniciar sesión
sign-in-intro = Escriba el número de teléfono que dio al centro escolar. Le enviaremos un código de 6 cifras.
sign-in-phone-label = Número de teléfono
sign-in-phone-hint = Por ejemplo: 06 12 34 56 78
sign-in-delivery-legend = ¿Cómo quiere recibir el código?
sign-in-delivery-sms = Por SMS
sign-in-delivery-voice = Por una llamada que lee el código (para un teléfono fijo)
sign-in-submit = Recibir un código
code-title = Escriba su código
code-sent = Si el centro escolar conoce este número, acabamos de enviar un código al { $phone }. Es válido durante 10 minutos.
code-label = Código de 6 cifras
code-submit = Iniciar sesión
code-new = No he recibido ningún código: pedir un código nuevo
staff-sign-in-title = Acceso del personal
staff-username-label = Nombre de usuario
staff-password-label = Contraseña
staff-sign-in-submit = Iniciar sesión
signed-out = Ha cerrado la sesión.
error-phone-missing = Escriba su número de teléfono.
error-phone-invalid = Este número no es válido. Escríbalo, por ejemplo, así: 06 12 34 56 78.
error-delivery-invalid = Elija SMS o llamada.
error-code-format = El código tiene 6 cifras.
error-code-wrong =
    { $left ->
        [one] Este código no es correcto. Le queda un intento.
       *[other] Este código no es correcto. Le quedan { $left } intentos.
    }
error-code-expired = Este código ya no es válido. Pida un código nuevo.
error-code-locked = Demasiados intentos con este código. Pida un código nuevo.
error-too-many-requests =
    { $minutes ->
        [one] Demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.
       *[other] Demasiadas solicitudes. Espere { $minutes } minutos y vuelva a intentarlo.
    }
error-username-missing = Escriba su nombre de usuario.
error-password-missing = Escriba su contraseña.
error-credentials = Nombre de usuario o contraseña incorrectos.

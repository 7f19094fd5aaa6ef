# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = El vínculo entre la escuela y la familia
skip-link = Ir al contenido
nav-label = Menú principal
nav-home = Inicio
nav-settings = Mis ajustes
nav-help = Ayuda
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
footer-label = Información sobre el sitio
footer-privacy = Privacidad
footer-accessibility = Accesibilidad: parcialmente conforme
footer-simulator = Simulador de teléfono (demostración)
language-switcher-label = Idioma
signed-in-as = Sesión iniciada: { $name }
demo-banner = Demostración: las personas son ficticias y no se envía ningún SMS de verdad.
error-summary-title =
    { $count ->
        [one] Hay un problema
       *[other] Hay { $count } problemas
    }
error-prefix = Error:
back-home = Volver al inicio
page-not-found-title = Página no encontrada
page-not-found-body = Esta página no existe o ya no existe.
page-forbidden-title = Acceso denegado
page-forbidden-body = No tiene permiso para ver esta página.
page-bad-request-title = Solicitud incompleta
page-bad-request-body = El formulario enviado está incompleto o es demasiado largo. Vuelva atrás e inténtelo de nuevo.
page-too-many-title = Demasiadas solicitudes
page-too-many-body = Ha hecho demasiadas solicitudes en poco tiempo. Espere unos minutos y vuelva a intentarlo.
page-error-title = Se ha producido un error
page-error-body = Vuelva a intentarlo dentro de unos minutos. Si el problema continúa, avise al centro escolar.
role-head = dirección
role-vie_scolaire = servicio de vida escolar (vie scolaire)
role-teacher = profesor
role-mediator = mediador
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}

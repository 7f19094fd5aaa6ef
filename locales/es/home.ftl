# The public home page.

home-title = Le damos la bienvenida a Carnet
home-intro = Carnet le avisa de las ausencias, las citas y los mensajes del centro escolar. Puede responder por internet, por SMS o por teléfono, en su idioma.
home-parent-title = Soy padre, madre o responsable de un alumno
home-parent-action = Iniciar sesión con mi número de teléfono
home-staff-title = Trabajo en el centro escolar
home-staff-action = Acceso del personal
home-help = ¿Necesita ayuda? Lea la página de ayuda o pregunte al mediador del centro escolar.

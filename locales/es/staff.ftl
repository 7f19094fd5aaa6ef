# The staff side: home with the classes, class lists.

staff-home-title = Las clases
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Clases del centro escolar
staff-class-column = Clase
staff-pupils-column = Alumnos
staff-no-classes = Todavía no hay clases. Importe un archivo de alumnos con el comando «carnet import csv».
class-title = Clase { $class }
class-audit-note = Esta consulta queda registrada y las familias pueden verla.
class-pupils-caption = Alumnos y responsables
class-pupil-column = Alumno
class-guardians-column = Responsables
class-guardian-legal = responsable legal
class-guardian-not-legal = sin responsabilidad legal
class-guardian-notified = recibe los mensajes
class-guardian-not-notified = no recibe los mensajes
class-guardian-no-phone = sin teléfono
class-no-guardian = No hay ningún responsable registrado.

# The staff side: home with the classes, class lists.

staff-home-title = Les classes
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Classes de l'établissement
staff-class-column = Classe
staff-pupils-column = Élèves
staff-no-classes = Aucune classe pour l'instant. Importez un fichier d'élèves avec la commande « carnet import csv ».
class-title = Classe { $class }
class-audit-note = Cette consultation est notée et les familles peuvent la voir.
class-pupils-caption = Élèves et responsables
class-pupil-column = Élève
class-guardians-column = Responsables
class-guardian-legal = responsable légal
class-guardian-not-legal = sans responsabilité légale
class-guardian-notified = reçoit les messages
class-guardian-not-notified = ne reçoit pas les messages
class-guardian-no-phone = pas de téléphone
class-no-guardian = Aucun responsable enregistré.

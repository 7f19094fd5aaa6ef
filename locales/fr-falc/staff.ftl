# The staff side: home with the classes, class lists.

staff-home-title = Les classes
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Classes du collège
staff-class-column = Classe
staff-pupils-column = Élèves
staff-no-classes = Pour le moment, il y a 0 classe. Importez un fichier d'élèves avec la commande « carnet import csv ».
class-title = Classe { $class }
class-audit-note = Carnet note votre visite sur cette page. Les familles peuvent voir cette visite.
class-pupils-caption = Élèves et responsables
class-pupil-column = Élève
class-guardians-column = Responsables
class-guardian-legal = responsable légal
class-guardian-not-legal = sans responsabilité légale
class-guardian-notified = reçoit les messages
class-guardian-not-notified = ne reçoit pas les messages
class-guardian-no-phone = sans téléphone
class-no-guardian = Aucun responsable enregistré.

# The staff side: home with the classes, class lists.

staff-home-title = Classes
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Classes at the school
staff-class-column = Class
staff-pupils-column = Students
staff-no-classes = No classes yet. Import a student file with the command “carnet import csv”.
class-title = Class { $class }
class-audit-note = This view is recorded and families can see it.
class-pupils-caption = Students and guardians
class-pupil-column = Student
class-guardians-column = Guardians
class-guardian-legal = legal guardian
class-guardian-not-legal = not a legal guardian
class-guardian-notified = receives messages
class-guardian-not-notified = does not receive messages
class-guardian-no-phone = no phone
class-no-guardian = No guardian recorded.

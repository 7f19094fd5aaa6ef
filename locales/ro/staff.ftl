# The staff side: home with the classes, class lists.

staff-home-title = Clasele
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Clasele școlii
staff-class-column = Clasa
staff-pupils-column = Elevi
staff-no-classes = Deocamdată nu există nicio clasă. Importați un fișier cu elevi cu comanda „carnet import csv”.
class-title = Clasa { $class }
class-audit-note = Această consultare este înregistrată, iar familiile o pot vedea.
class-pupils-caption = Elevi și părinți/tutori
class-pupil-column = Elev
class-guardians-column = Părinți/tutori
class-guardian-legal = reprezentant legal
class-guardian-not-legal = fără responsabilitate legală
class-guardian-notified = primește mesajele
class-guardian-not-notified = nu primește mesajele
class-guardian-no-phone = fără telefon
class-no-guardian = Niciun părinte sau tutore înregistrat.

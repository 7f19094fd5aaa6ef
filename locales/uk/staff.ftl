# The staff side: home with the classes, class lists.

staff-home-title = Класи
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Класи школи
staff-class-column = Клас
staff-pupils-column = Учні
staff-no-classes = Поки що немає жодного класу. Імпортуйте файл з учнями командою «carnet import csv».
class-title = Клас { $class }
class-audit-note = Цей перегляд записується, і родини можуть його бачити.
class-pupils-caption = Учні та їхні батьки або опікуни
class-pupil-column = Учень
class-guardians-column = Батьки та опікуни
class-guardian-legal = законний представник
class-guardian-not-legal = не є законним представником
class-guardian-notified = отримує повідомлення
class-guardian-not-notified = не отримує повідомлень
class-guardian-no-phone = немає телефону
class-no-guardian = Батьків чи опікунів не зареєстровано.

# The staff side: home with the classes, class lists.

staff-home-title = الأقسام
staff-greeting = { $name }، { $role }، { $school }
staff-classes-caption = أقسام المدرسة
staff-class-column = القسم
staff-pupils-column = التلاميذ
staff-no-classes = لا يوجد أي قسم حاليًا. استوردوا ملف التلاميذ بالأمر «carnet import csv».
class-title = القسم { $class }
class-audit-note = هذا الاطلاع مُسجَّل، ويمكن للأسر رؤيته.
class-pupils-caption = التلاميذ وأولياء أمورهم
class-pupil-column = التلميذ
class-guardians-column = أولياء الأمور
class-guardian-legal = وليّ أمر قانوني
class-guardian-not-legal = بدون مسؤولية قانونية
class-guardian-notified = يتلقى الرسائل
class-guardian-not-notified = لا يتلقى الرسائل
class-guardian-no-phone = لا يوجد هاتف
class-no-guardian = لا يوجد أي وليّ أمر مسجَّل.

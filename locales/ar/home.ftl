# The public home page.

home-title = مرحبًا بكم في Carnet
home-intro = يُخبركم Carnet بالغيابات والمواعيد ورسائل المدرسة. يمكنكم الرد عبر الإنترنت أو برسالة نصية (SMS) أو بالهاتف، بلغتكم.
home-parent-title = أنا أب أو أم أو وليّ أمر تلميذ
home-parent-action = الدخول برقم هاتفي
home-staff-title = أعمل في المدرسة
home-staff-action = دخول الموظفين
home-help = هل تحتاجون إلى مساعدة؟ اقرؤوا صفحة المساعدة أو اسألوا وسيط المدرسة.

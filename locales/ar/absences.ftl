# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = مرض الطفل
reason-family_illness = مرض مُعدٍ في الأسرة
reason-family_event = مناسبة عائلية مهمة
reason-travel = مشكلة نقل غير متوقعة
reason-following_guardians = سفر الأسرة مع الطفل
reason-other = سبب آخر
state-held = في الانتظار (قد يصل التلميذ بعد)
state-cancelled = أُلغي
state-signalled = أُبلغت الأسرة
state-acknowledged = قرأته الأسرة
state-reason_given = قُدِّم السبب
state-validated = قُبل السبب
state-refused = رُفض السبب
kind-absent = غياب
kind-late = تأخر
half-am = الصباح
half-pm = بعد الظهر
roll-call-link = تسجيل الحضور
roll-call-title = حضور القسم { $class }
roll-call-intro = جميع التلاميذ حاضرون في البداية. غيّروا فقط الغائبين والمتأخرين.
roll-call-half-legend = نصف اليوم
roll-call-present = حاضر
roll-call-absent = غائب
roll-call-late = متأخر
roll-call-submit = حفظ الحضور
roll-call-saved =
    { $absent ->
        [zero] تم حفظ الحضور: لا يوجد أي غياب.
        [one] تم حفظ الحضور: غياب واحد.
        [two] تم حفظ الحضور: غيابان.
        [few] تم حفظ الحضور: { $absent } غيابات.
        [many] تم حفظ الحضور: { $absent } غيابًا.
       *[other] تم حفظ الحضور: { $absent } غياب.
    }
error-roll-call-mark = اختاروا: حاضر أو غائب أو متأخر.
error-roll-call-half = اختاروا الصباح أو بعد الظهر.
board-link = غيابات اليوم
board-title = غيابات اليوم
board-empty = لا يوجد أي غياب اليوم.
board-caption = الغيابات والتأخرات لهذا اليوم
board-pupil-column = التلميذ
board-when-column = متى
board-state-column = الحالة
board-reached-column = طريقة إبلاغ الأسرة
board-action-column = إجراء
board-not-reached = لم يتم الوصول إليها بعد
board-validate = قبول السبب
board-refuse = رفض السبب
board-at-school-alert = أحد أولياء الأمور يقول إن التلميذ في المدرسة: تحقّقوا من ذلك.
board-not-reached-title = أسر لم يتم الوصول إليها بعد
board-not-reached-intro = لم تتمكن أي رسالة من الوصول إليها. اتصلوا بها أو أحيلوها إلى وسيط.
board-not-reached-empty = كل أسرة أُبلغت اليوم تلقّت رسالة، أو قرأتها، أو لديها رسالة في الطريق.
not-reached-no-contact = لا يوجد رقم لإبلاغها
not-reached-opted-out = رفضت الأسرة الرسائل النصية (SMS)
not-reached-failed = لم تصل الرسائل
record-title = تسجيل غياب أو تأخر
record-class-label = القسم
record-class-submit = اختيار القسم
record-pupil-label = التلميذ
record-mark-legend = ماذا حدث
record-mark-absent = غائب
record-mark-late = متأخر
record-mark-present = حاضر (يصحّح غيابًا مسجّلًا)
record-submit = تسجيل
record-saved = تم التسجيل.
record-too-late = تم التسجيل، لكن الأسرة كانت قد أُبلغت من قبل: يبقى الغياب قائمًا في انتظار سببه.
error-record-class = اختاروا قسمًا من أقسام المدرسة.
error-record-pupil = اختاروا تلميذًا من هذا القسم.
error-absence-move = لم يعد هذا التغيير ممكنًا: حالة الغياب هي «{ $state }».
family-absence-line = { $when }: { $kind }، { $state }
family-absence-reason = السبب: { $reason }
family-give-reason = تقديم السبب
reason-title = سبب غياب { $name }
reason-legend = لماذا تغيّب طفلكم؟
reason-comment-label = توضيحات (اختياري)
reason-submit = إرسال السبب
reason-saved = شكرًا، تم إرسال السبب إلى مكتب الحياة المدرسية.
error-reason-missing = اختاروا سببًا.
error-reason-comment-long = التوضيحات طويلة جدًا: 300 حرف على الأكثر.
error-reason-settled = تم قبول هذا السبب من قبل: لم يعد من الممكن تغييره.
absence-notice = غياب
    .sms = Carnet: غياب { $first } { $half ->
        [am] هذا الصباح
       *[pm] بعد ظهر اليوم
    } (مرجع { $ref }). أرسلوا من 1 إلى 5 للسبب، 0 إذا كان طفلكم في المدرسة، 9 لمعاودة الاتصال بكم.
    .voice = مرحبًا، معكم Carnet. سُجِّل غياب { $first } { $half ->
        [am] هذا الصباح
       *[pm] بعد ظهر اليوم
    }. يمكنكم تقديم السبب على Carnet، أو برسالة نصية، أو بالاتصال بـ Carnet.
absence-reason-recorded = تم تسجيل السبب
    .sms = Carnet: شكرًا، تم تسجيل السبب { $digit } بخصوص { $first } (مرجع { $ref }). سيتحقق منه مكتب الحياة المدرسية.
    .voice = شكرًا، تم تسجيل السبب بخصوص { $first }.
absence-at-school = الطفل في المدرسة
    .sms = Carnet: شكرًا، يتحقق مكتب الحياة المدرسية فورًا مما إذا كان { $first } في المدرسة.
    .voice = شكرًا، يتحقق مكتب الحياة المدرسية من ذلك فورًا.
absence-settled = غياب تمت معالجته
    .sms = Carnet: تمت معالجة غياب { $first } (مرجع { $ref }) من قبل. للحديث عنه، أرسلوا 9.
    .voice = تمت معالجة هذا الغياب من قبل.
absence-which = عدة غيابات
    .sms = Carnet: عدة غيابات تنتظر سببًا. أرسلوا الرقم والمرجع، مثلًا 1 { $ref }.
reason-entry-title = تسجيل سبب تم تلقّيه
reason-entry-intro = قدّمت الأسرة السبب بطريقة أخرى غير Carnet: ورقة مكتوبة، أو مكالمة، أو زيارة، أو وسيط.
reason-entry-via-legend = وصل السبب عن طريق
reason-entry-legend = السبب الذي قدّمته الأسرة
reason-entry-submit = تسجيل السبب
via-paper = ورقة مكتوبة من الأسرة
via-staff = مكالمة أو زيارة إلى المدرسة
via-mediator = وسيط
error-reason-via = اختاروا كيف وصل السبب.
proof-link = إثبات الإبلاغ
proof-title = إثبات الإبلاغ: { $name }، { $when }
proof-intro = جميع مراحل هذا الغياب، مع الوقت والوسيلة والشخص. اطبعوا هذه الصفحة للاحتفاظ بها.
proof-reference = المرجع: { $ref }
proof-events-caption = مراحل الغياب
proof-at-column = التاريخ والوقت
proof-step-column = المرحلة
proof-channel-column = الوسيلة
proof-by-column = بواسطة
proof-deliveries-caption = الرسائل المرسلة إلى الأسرة
proof-to-column = إلى
proof-status-column = الحالة
proof-at-school = وليّ الأمر يقول إن التلميذ في المدرسة
channel-staff = موظفو المدرسة
channel-system = Carnet، تلقائيًا
channel-web = موقع Carnet
channel-sms = رسالة نصية (SMS)
channel-voice = مكالمة هاتفية
channel-mediator = وسيط
channel-paper = ورق
delivery-status-queued = في انتظار الإرسال
delivery-status-sending = جارٍ الإرسال
delivery-status-sent = أُرسلت
delivery-status-delivered = وصلت إلى الهاتف
delivery-status-undelivered = لم تصل
delivery-status-failed = فشل الإرسال
delivery-status-suppressed = لم تُرسل: رفضت الأسرة الرسائل النصية (SMS)
follow-up-link = تلاميذ للمتابعة
follow-up-title = تلاميذ للمتابعة هذا الشهر
follow-up-intro = التلاميذ الذين لديهم 4 أنصاف أيام غياب على الأقل دون سبب مقبول منذ بداية الشهر (المادة R131-7 من قانون التربية الفرنسي، Code de l'éducation).
follow-up-empty = لا يوجد أي تلميذ للمتابعة هذا الشهر.
follow-up-caption = أنصاف أيام الغياب دون سبب مقبول
follow-up-pupil-column = التلميذ
follow-up-count-column = أنصاف الأيام

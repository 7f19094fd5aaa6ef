# The demo phone simulator.

simulator-title = محاكي الهاتف
simulator-intro = عرض توضيحي: هذا ما أرسله Carnet إلى كل رقم. يمكنكم الرد كما لو كان هذا الهاتف بين أيديكم.
simulator-phones-caption = هواتف العرض التوضيحي
simulator-phone-column = الرقم
simulator-who-column = الشخص
simulator-count-column = الرسائل المستلمة
simulator-conversation-title = الهاتف { $phone }
simulator-empty = لم يُرسَل أي شيء إلى هذا الرقم بعد.
simulator-sms-out = رسالة نصية مستلمة
simulator-sms-in = رسالة نصية مرسلة
simulator-voice-out = مكالمة مستلمة، يقول الصوت
simulator-voice-in = الأزرار المضغوطة
simulator-reply-label = الرد برسالة نصية
simulator-reply-submit = إرسال الرسالة النصية
simulator-back = كل الهواتف
simulator-no-phone = (بدون هاتف)
error-reply-empty = اكتبوا رسالة.
error-reply-too-long = هذه الرسالة طويلة جدًا: 480 حرفًا على الأكثر.
simulator-call-button = الاتصال بـ Carnet من هذا الهاتف
simulator-call-title = مكالمة جارية
simulator-call-says = يقول الصوت:
simulator-keys-label = الأزرار التي ستضغطونها (أرقام، النجمة *، المربع #)
simulator-keys-submit = ضغط
simulator-call-ended = انتهت المكالمة.
error-keys-invalid = اكتبوا أرقامًا أو * أو # فقط.

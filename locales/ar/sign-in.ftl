# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = تسجيل الدخول
sign-in-intro = أدخلوا رقم الهاتف الذي أعطيتموه للمدرسة. سنرسل إليكم رمزًا من 6 أرقام.
sign-in-phone-label = رقم الهاتف
sign-in-phone-hint = مثلًا: ⁦06 12 34 56 78⁩
sign-in-delivery-legend = كيف تريدون استلام الرمز؟
sign-in-delivery-sms = برسالة نصية (SMS)
sign-in-delivery-voice = بمكالمة تقرأ لكم الرمز (للهاتف الثابت)
sign-in-submit = استلام رمز
code-title = أدخلوا الرمز
code-sent = إذا كانت المدرسة تعرف هذا الرقم، فقد أُرسل الآن رمز إلى { $phone }. الرمز صالح لمدة 10 دقائق.
code-label = رمز من 6 أرقام
code-submit = الدخول
code-new = لم أستلم أي رمز: طلب رمز جديد
staff-sign-in-title = دخول الموظفين
staff-username-label = اسم المستخدم
staff-password-label = كلمة المرور
staff-sign-in-submit = الدخول
signed-out = تم تسجيل خروجكم.
error-phone-missing = أدخلوا رقم هاتفكم.
error-phone-invalid = هذا الرقم غير صالح. اكتبوه مثلًا هكذا: ⁦06 12 34 56 78⁩.
error-delivery-invalid = اختاروا رسالة نصية (SMS) أو مكالمة.
error-code-format = يتكوّن الرمز من 6 أرقام.
error-code-wrong =
    { $left ->
        [zero] هذا الرمز غير صحيح. لم تبقَ لكم أي محاولة.
        [one] هذا الرمز غير صحيح. بقيت لكم محاولة واحدة.
        [two] هذا الرمز غير صحيح. بقيت لكم محاولتان.
        [few] هذا الرمز غير صحيح. بقيت لكم { $left } محاولات.
        [many] هذا الرمز غير صحيح. بقيت لكم { $left } محاولة.
       *[other] هذا الرمز غير صحيح. بقيت لكم { $left } محاولة.
    }
error-code-expired = هذا الرمز لم يعد صالحًا. اطلبوا رمزًا جديدًا.
error-code-locked = محاولات كثيرة جدًا بهذا الرمز. اطلبوا رمزًا جديدًا.
error-too-many-requests =
    { $minutes ->
        [zero] طلبات كثيرة جدًا. انتظروا قليلًا ثم حاولوا مرة أخرى.
        [one] طلبات كثيرة جدًا. انتظروا دقيقة واحدة ثم حاولوا مرة أخرى.
        [two] طلبات كثيرة جدًا. انتظروا دقيقتين ثم حاولوا مرة أخرى.
        [few] طلبات كثيرة جدًا. انتظروا { $minutes } دقائق ثم حاولوا مرة أخرى.
        [many] طلبات كثيرة جدًا. انتظروا { $minutes } دقيقة ثم حاولوا مرة أخرى.
       *[other] طلبات كثيرة جدًا. انتظروا { $minutes } دقيقة ثم حاولوا مرة أخرى.
    }
error-username-missing = أدخلوا اسم المستخدم.
error-password-missing = أدخلوا كلمة المرور.
error-credentials = اسم المستخدم أو كلمة المرور غير صحيحة.

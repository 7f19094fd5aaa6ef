# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = رمز الدخول
    .sms = Carnet: رمزكم هو { $code }. الرمز صالح لمدة 10 دقائق. لا تعطوه لأي أحد.
    .voice = مرحبًا، معكم Carnet. رمز الدخول الخاص بكم هو: { $spoken }. أكرر: { $spoken }.
reply-unknown-number = رقم غير معروف
    .sms = Carnet: هذا الرقم غير معروف. اتصلوا بمدرسة طفلكم.
    .voice = مرحبًا، معكم Carnet. هذا الرقم غير معروف. اتصلوا بمدرسة طفلكم. مع السلامة.

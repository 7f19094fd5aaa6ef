# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = الصلة بين المدرسة والأسرة
skip-link = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-settings = إعداداتي
nav-help = مساعدة
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
footer-label = معلومات عن الموقع
footer-privacy = الخصوصية
footer-accessibility = إمكانية الوصول: مطابقة جزئيًا
footer-simulator = محاكي الهاتف (عرض توضيحي)
language-switcher-label = اللغة
signed-in-as = الحساب المتصل: { $name }
demo-banner = عرض توضيحي: الأشخاص هنا وهميون، ولا تُرسَل أي رسالة نصية فعلًا.
error-summary-title =
    { $count ->
        [zero] لا توجد أي مشكلة
        [one] توجد مشكلة واحدة
        [two] توجد مشكلتان
        [few] توجد { $count } مشكلات
        [many] توجد { $count } مشكلة
       *[other] توجد { $count } مشكلة
    }
error-prefix = خطأ:
back-home = العودة إلى الصفحة الرئيسية
page-not-found-title = الصفحة غير موجودة
page-not-found-body = هذه الصفحة غير موجودة أو لم تعد موجودة.
page-forbidden-title = الدخول مرفوض
page-forbidden-body = لا يحق لكم الاطلاع على هذه الصفحة.
page-bad-request-title = طلب غير مكتمل
page-bad-request-body = الاستمارة المرسلة غير مكتملة أو طويلة جدًا. ارجعوا إلى الصفحة السابقة وحاولوا مرة أخرى.
page-too-many-title = طلبات كثيرة جدًا
page-too-many-body = أرسلتم طلبات كثيرة جدًا في وقت قصير. انتظروا بضع دقائق ثم حاولوا مرة أخرى.
page-error-title = حدث خطأ
page-error-body = حاولوا مرة أخرى بعد بضع دقائق. إذا استمر الخطأ، أخبروا المدرسة.
role-head = الإدارة
role-vie_scolaire = مكتب الحياة المدرسية (vie scolaire)
role-teacher = أستاذ
role-mediator = وسيط
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {"، "}

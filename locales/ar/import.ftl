# The `carnet import csv` command.

import-reading = قراءة { $file }
import-progress = عدد الأسطر المقروءة: { $done }
import-row-error = السطر { $line }: { $reason }
import-file-error = الملف: { $reason }
import-rejected =
    { $count ->
        [zero] عدد الأسطر المرفوضة: { $count }. لم يُستورد أي شيء.
        [one] سطر واحد مرفوض: لم يُستورد أي شيء.
        [two] سطران مرفوضان: لم يُستورد أي شيء.
        [few] { $count } أسطر مرفوضة: لم يُستورد أي شيء.
        [many] { $count } سطرًا مرفوضًا: لم يُستورد أي شيء.
       *[other] { $count } سطر مرفوض: لم يُستورد أي شيء.
    }
import-dry-run = تجربة: لم يُحفظ أي شيء.
import-done = انتهى الاستيراد.
import-summary = مؤسسات جديدة: { $establishments }. أقسام جديدة: { $classes }. تلاميذ جدد: { $pupils_created }، معدَّلون: { $pupils_updated }. أولياء أمور جدد: { $guardians_created }، معدَّلون: { $guardians_updated }. روابط جديدة: { $links_created }، معدَّلة: { $links_updated }.
import-nothing-changed = لا يوجد أي تغيير.
import-reason-not-text = هذا ليس ملفًا نصيًا
import-reason-unreadable = سطر غير مقروء ({ $detail })
import-reason-missing-column = العمود «{ $column }» غير موجود في السطر الأول
import-reason-missing = «{ $column }» فارغ
import-reason-too-long = «{ $column }» طويل جدًا
import-reason-control = «{ $column }» يحتوي على حرف غير مرئي
import-reason-bad-uai = رمز UAI «{ $value }» غير صالح
import-reason-bad-phone = الرقم «{ $value }» في «{ $column }» غير صالح
import-reason-unknown-language = اللغة «{ $value }» غير معروفة
import-reason-bad-yes-no = «{ $value }» في «{ $column }»: اكتبوا oui (نعم) أو non (لا)
import-reason-conflict = «{ $column }» موصوف بشكل مختلف في السطر { $first }

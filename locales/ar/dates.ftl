# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.
# `slot-short` leaves out the weekday: an invitation with four slots must fit two UCS-2 SMS.

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
weekday-short-1 = اثنين
weekday-short-2 = ثلاثاء
weekday-short-3 = أربعاء
weekday-short-4 = خميس
weekday-short-5 = جمعة
weekday-short-6 = سبت
weekday-short-7 = أحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
slot-long = { $weekday } { $day } { $month }، الساعة { $time }
slot-short = { $day }/{ $month } { $time }

# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.
# `slot-short` leaves out the weekday: an invitation with four slots must fit two UCS-2 SMS.

weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
weekday-short-1 = Pzt
weekday-short-2 = Sal
weekday-short-3 = Çar
weekday-short-4 = Per
weekday-short-5 = Cum
weekday-short-6 = Cmt
weekday-short-7 = Paz
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
slot-long = { $day } { $month } { $weekday }, saat { $time }
slot-short = { $day }.{ $month } { $time }

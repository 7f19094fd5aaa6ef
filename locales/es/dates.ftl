# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mié.
weekday-short-4 = jue.
weekday-short-5 = vie.
weekday-short-6 = sáb.
weekday-short-7 = dom.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
slot-long = { $weekday } { $day } de { $month } a las { $time }
slot-short = { $weekday } { $day }/{ $month } { $time }

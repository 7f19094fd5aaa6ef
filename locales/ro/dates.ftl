# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.

weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mie.
weekday-short-4 = joi
weekday-short-5 = vin.
weekday-short-6 = sâm.
weekday-short-7 = dum.
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
slot-long = { $weekday }, { $day } { $month }, ora { $time }
slot-short = { $weekday } { $day }.{ $month } { $time }

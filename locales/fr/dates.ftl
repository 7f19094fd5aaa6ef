# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
slot-long = { $weekday } { $day } { $month } à { $time }
slot-short = { $weekday } { $day }/{ $month } { $time }

# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.
# In easy-to-read French, SMS also write the weekday in full, without abbreviations.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lundi
weekday-short-2 = mardi
weekday-short-3 = mercredi
weekday-short-4 = jeudi
weekday-short-5 = vendredi
weekday-short-6 = samedi
weekday-short-7 = dimanche
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
slot-short = { $weekday } { $day }/{ $month } à { $time }

# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
slot-long = { $weekday } { $day } { $month } at { $time }
slot-short = { $weekday } { $day }/{ $month } { $time }

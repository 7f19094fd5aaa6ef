# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.
# Months are in the genitive ("30 грудня"): they only follow a day number.
# `slot-short` leaves out the weekday: an invitation with four slots must fit two UCS-2 SMS.

weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п'ятниця
weekday-6 = субота
weekday-7 = неділя
weekday-short-1 = Пн
weekday-short-2 = Вт
weekday-short-3 = Ср
weekday-short-4 = Чт
weekday-short-5 = Пт
weekday-short-6 = Сб
weekday-short-7 = Нд
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
slot-long = { $weekday }, { $day } { $month }, о { $time }
slot-short = { $day }.{ $month } { $time }

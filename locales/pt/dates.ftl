# Days, months and meeting times. Weekdays are numbered from Monday (1) to Sunday (7).
# `slot-long` is read on pages and spoken on calls; `slot-short` goes in SMS.

weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = seg.
weekday-short-2 = ter.
weekday-short-3 = qua.
weekday-short-4 = qui.
weekday-short-5 = sex.
weekday-short-6 = sáb.
weekday-short-7 = dom.
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
slot-long = { $weekday }, { $day } de { $month }, às { $time }
slot-short = { $weekday } { $day }/{ $month } { $time }

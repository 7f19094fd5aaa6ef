# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: зустрічі
calendar-summary = Зустріч щодо { $first } з { $host }

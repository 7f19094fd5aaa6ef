# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: întâlniri
calendar-summary = Întâlnire despre { $first } cu { $host }

# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: citas
calendar-summary = Cita sobre { $first } con { $host }

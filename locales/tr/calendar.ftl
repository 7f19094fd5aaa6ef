# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: randevular
calendar-summary = { $first } için { $host } ile randevu

# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: المواعيد
calendar-summary = موعد بخصوص { $first } مع { $host }

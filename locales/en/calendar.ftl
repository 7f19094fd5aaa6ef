# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: meetings
calendar-summary = Meeting about { $first } with { $host }

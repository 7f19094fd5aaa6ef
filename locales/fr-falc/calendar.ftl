# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet : rendez-vous
calendar-summary = Rendez-vous pour { $first } avec { $host }

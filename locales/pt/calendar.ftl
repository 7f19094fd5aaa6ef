# Calendar files and feeds: what a calendar app shows for a meeting.

calendar-name = Carnet: reuniões
calendar-summary = Reunião sobre { $first } com { $host }

# The public home page.

home-title = Welcome to Carnet
home-intro = Carnet tells you about absences, meetings and messages from the school. You can reply online, by SMS or by phone, in your language.
home-parent-title = I am a parent or guardian of a student
home-parent-action = Sign in with my phone number
home-staff-title = I work at the school
home-staff-action = Staff sign-in
home-help = Need help? Read the help page or ask the school’s mediator.

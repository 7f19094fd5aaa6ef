# Absences: roll call, the vie scolaire board, the family's view, and the phone texts.
# `.sms` fits one SMS; `{ $half }` is "am" (morning) or "pm" (afternoon).

reason-child_illness = Child's illness
reason-family_illness = Contagious illness in the family
reason-family_event = Important family event
reason-travel = Unexpected transport problem
reason-following_guardians = Family travelling with the child
reason-other = Other reason
state-held = waiting (the student may still arrive)
state-cancelled = cancelled
state-signalled = reported to the family
state-acknowledged = read by the family
state-reason_given = reason given
state-validated = reason accepted
state-refused = reason refused
kind-absent = absence
kind-late = late arrival
half-am = morning
half-pm = afternoon
roll-call-link = Take attendance
roll-call-title = Attendance for class { $class }
roll-call-intro = All students start as present. Change only the students who are absent or late.
roll-call-half-legend = Half-day
roll-call-present = present
roll-call-absent = absent
roll-call-late = late
roll-call-submit = Save attendance
roll-call-saved =
    { $absent ->
        [one] Attendance saved: one absence.
       *[other] Attendance saved: { $absent } absences.
    }
error-roll-call-mark = Choose present, absent or late.
error-roll-call-half = Choose morning or afternoon.
board-link = Today's absences
board-title = Today's absences
board-empty = No absences today.
board-caption = Today's absences and late arrivals
board-pupil-column = Student
board-when-column = When
board-state-column = Status
board-reached-column = Family informed by
board-action-column = Action
board-not-reached = not reached yet
board-validate = Accept the reason
board-refuse = Refuse the reason
board-at-school-alert = A parent says the student is at school: check.
error-absence-move = This change is no longer possible: the absence is “{ $state }”.
family-absence-line = { $when }: { $kind }, { $state }
family-absence-reason = Reason: { $reason }
family-give-reason = Give the reason
reason-title = Reason for the absence of { $name }
reason-legend = Why was your child absent?
reason-comment-label = Details (optional)
reason-submit = Send the reason
reason-saved = Thank you, the reason has been sent to the school life office (vie scolaire).
error-reason-missing = Choose a reason.
error-reason-comment-long = The details are too long: 300 characters at most.
error-reason-settled = This reason has already been accepted: it can no longer change.
absence-notice = Absence
    .sms = Carnet: { $first } is absent { $half ->
        [am] this morning
       *[pm] this afternoon
    } (ref. { $ref }). Reply 1 to 5 for the reason, 0 if your child is at school, 9 to be called back.
    .voice = Hello, this is Carnet. { $first } is absent { $half ->
        [am] this morning
       *[pm] this afternoon
    }. You can give the reason on Carnet, by SMS, or by calling Carnet.
absence-reason-recorded = Reason recorded
    .sms = Carnet: thank you, reason { $digit } recorded for { $first } (ref. { $ref }). The school life office will check it.
    .voice = Thank you, the reason has been recorded for { $first }.
absence-at-school = Child at school
    .sms = Carnet: thank you, the school life office is checking right away whether { $first } is at school.
    .voice = Thank you, the school life office is checking right away.
absence-settled = Absence already dealt with
    .sms = Carnet: the absence of { $first } (ref. { $ref }) has already been dealt with. To talk about it, reply 9.
    .voice = This absence has already been dealt with.
absence-which = Several absences
    .sms = Carnet: several absences are waiting for a reason. Reply with the digit and the reference, for example 1 { $ref }.
proof-link = Proof of notification
proof-title = Proof of notification: { $name }, { $when }
proof-intro = Every step of this absence, with the time, the channel and the person. Print this page to keep it.
proof-reference = Reference: { $ref }
proof-events-caption = Steps of the absence
proof-at-column = Date and time
proof-step-column = Step
proof-channel-column = Channel
proof-by-column = By
proof-deliveries-caption = Messages sent to the family
proof-to-column = To
proof-status-column = Status
proof-at-school = the parent says the student is at school
channel-staff = school staff
channel-system = Carnet, automatically
channel-web = Carnet website
channel-sms = SMS
channel-voice = phone call
channel-mediator = mediator
channel-paper = paper
delivery-status-queued = waiting to be sent
delivery-status-sending = being sent
delivery-status-sent = sent
delivery-status-delivered = received by the phone
delivery-status-undelivered = not received
delivery-status-failed = sending failed
delivery-status-suppressed = not sent: the family refused SMS
follow-up-link = Students to follow up
follow-up-title = Students to follow up this month
follow-up-intro = Students with at least 4 half-days of absence without an accepted reason since the start of the month (article R131-7 of the French Education Code, Code de l'éducation).
follow-up-empty = No students to follow up this month.
follow-up-caption = Half-days of absence without an accepted reason
follow-up-pupil-column = Student
follow-up-count-column = Half-days

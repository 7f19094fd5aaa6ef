-- Meetings: an invitation to the guardians of one pupil with 1 to 4 slots, or a family's
-- place in a parents' evening whose slots it shares with the rest of the class.

CREATE TABLE evenings (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    host_staff_id INTEGER NOT NULL REFERENCES staff(id),
    purpose TEXT NOT NULL,
    place TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    host_staff_id INTEGER NOT NULL REFERENCES staff(id),
    evening_id INTEGER REFERENCES evenings(id),
    purpose TEXT NOT NULL,
    place TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
    state TEXT NOT NULL CHECK (state IN ('invited', 'booked', 'declined', 'other_time', 'cancelled')),
    reference TEXT NOT NULL,
    -- What the family wrote when asking for another time.
    family_note TEXT,
    -- A language code when an interpreter is wanted; a mediator asked for, by either side.
    interpreter_language TEXT,
    mediator_wanted INTEGER NOT NULL DEFAULT 0,
    -- iCalendar SEQUENCE: raised on every change the family must see.
    sequence INTEGER NOT NULL DEFAULT 0,
    reminded_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (evening_id, pupil_id)
);
CREATE INDEX meetings_by_pupil ON meetings(pupil_id, state);
CREATE INDEX meetings_by_reference ON meetings(reference);

-- A slot is booked by at most one meeting, and a meeting books at most one slot.
CREATE TABLE meeting_slots (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    meeting_id INTEGER REFERENCES meetings(id),
    evening_id INTEGER REFERENCES evenings(id),
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    booked_by INTEGER UNIQUE REFERENCES meetings(id),
    cancelled INTEGER NOT NULL DEFAULT 0,
    CHECK ((meeting_id IS NULL) <> (evening_id IS NULL))
);
CREATE INDEX meeting_slots_by_meeting ON meeting_slots(meeting_id);
CREATE INDEX meeting_slots_by_evening ON meeting_slots(evening_id, starts_at);
CREATE INDEX meeting_slots_reminders ON meeting_slots(starts_at) WHERE booked_by IS NOT NULL;

-- The letters an invitation offered (A to D): a reply's letter means the slot it named then.
CREATE TABLE meeting_offers (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    letter TEXT NOT NULL CHECK (letter IN ('A', 'B', 'C', 'D')),
    slot_id INTEGER NOT NULL REFERENCES meeting_slots(id),
    PRIMARY KEY (meeting_id, letter)
);

-- Every change of a meeting, with its channel and actor, like the absence trail.
CREATE TABLE meeting_events (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    at INTEGER NOT NULL,
    state TEXT NOT NULL,
    channel TEXT NOT NULL,
    actor_staff_id INTEGER REFERENCES staff(id),
    actor_guardian_id INTEGER REFERENCES guardians(id),
    detail TEXT
);
CREATE INDEX meeting_events_by_meeting ON meeting_events(meeting_id, id);

-- The private calendar feed of a guardian: an unguessable token the family can reset.
ALTER TABLE guardians ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX guardians_calendar_token ON guardians(calendar_token);

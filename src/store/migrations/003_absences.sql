-- Absences and lateness from roll calls, and every move each one made (the proof trail).

CREATE TABLE absences (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    -- Local date (YYYY-MM-DD) and half-day ('am' or 'pm').
    day TEXT NOT NULL,
    half_day TEXT NOT NULL CHECK (half_day IN ('am', 'pm')),
    kind TEXT NOT NULL CHECK (kind IN ('absent', 'late')),
    state TEXT NOT NULL,
    reference TEXT NOT NULL,
    reason TEXT,
    reason_comment TEXT,
    hold_until INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    UNIQUE (pupil_id, day, half_day)
);
CREATE INDEX absences_by_day ON absences(establishment_id, day);
CREATE INDEX absences_held ON absences(state, hold_until);
CREATE INDEX absences_by_reference ON absences(reference);

CREATE TABLE absence_events (
    id INTEGER PRIMARY KEY,
    absence_id INTEGER NOT NULL REFERENCES absences(id),
    at INTEGER NOT NULL,
    state TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('staff', 'system', 'web', 'sms', 'voice', 'mediator', 'paper')),
    actor_staff_id INTEGER REFERENCES staff(id),
    actor_guardian_id INTEGER REFERENCES guardians(id),
    detail TEXT
);
CREATE INDEX absence_events_by_absence ON absence_events(absence_id, id);

-- Which outbox deliveries told the family about which absence.
CREATE TABLE absence_deliveries (
    absence_id INTEGER NOT NULL REFERENCES absences(id),
    delivery_id INTEGER NOT NULL REFERENCES outbox(id),
    PRIMARY KEY (absence_id, delivery_id)
);

-- The foundation: establishments, people, their links, staff, sessions, login codes,
-- the audit log and the outbox. Every family row carries its establishment.

CREATE TABLE establishments (
    id INTEGER PRIMARY KEY,
    uai TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
    second_language TEXT
);

CREATE TABLE classes (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    name TEXT NOT NULL,
    UNIQUE (establishment_id, name)
);

CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    external_id TEXT NOT NULL,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    UNIQUE (establishment_id, external_id)
);
CREATE INDEX pupils_by_class ON pupils(class_id);

-- Columns after `home_language` are the family's own choices: imports never touch them.
CREATE TABLE guardians (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    external_id TEXT NOT NULL,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    mobile TEXT,
    landline TEXT,
    home_language TEXT,
    chosen_language TEXT,
    reading_level TEXT NOT NULL DEFAULT 'standard',
    channel_web INTEGER NOT NULL DEFAULT 1,
    channel_sms INTEGER NOT NULL DEFAULT 1,
    channel_voice INTEGER NOT NULL DEFAULT 0,
    quiet_start INTEGER NOT NULL DEFAULT 1200,
    quiet_end INTEGER NOT NULL DEFAULT 450,
    rhythm TEXT NOT NULL DEFAULT 'immediate',
    needs_screen_reader INTEGER NOT NULL DEFAULT 0,
    prefers_voice INTEGER NOT NULL DEFAULT 0,
    UNIQUE (establishment_id, external_id)
);
CREATE INDEX guardians_by_mobile ON guardians(mobile);
CREATE INDEX guardians_by_landline ON guardians(landline);

CREATE TABLE guardian_pupils (
    guardian_id INTEGER NOT NULL REFERENCES guardians(id),
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    relationship TEXT,
    legal_responsibility INTEGER NOT NULL DEFAULT 1,
    receives_notices INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guardian_id, pupil_id)
);
CREATE INDEX guardian_pupils_by_pupil ON guardian_pupils(pupil_id);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('head', 'vie_scolaire', 'teacher', 'mediator')),
    password_hash TEXT NOT NULL
);

-- Only a hash of the session token is stored; the cookie holds the token.
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    guardian_phone TEXT,
    staff_id INTEGER REFERENCES staff(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    CHECK ((guardian_phone IS NULL) <> (staff_id IS NULL))
);

-- A sign-in attempt by phone. `code_hash` is NULL when the number is unknown, so the
-- attempt looks the same from outside and can never succeed.
CREATE TABLE login_challenges (
    token_hash BLOB PRIMARY KEY,
    phone TEXT NOT NULL,
    code_hash BLOB,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX login_challenges_by_phone ON login_challenges(phone, created_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    at INTEGER NOT NULL,
    actor_staff_id INTEGER REFERENCES staff(id),
    actor_guardian_id INTEGER REFERENCES guardians(id),
    action TEXT NOT NULL,
    guardian_id INTEGER REFERENCES guardians(id),
    pupil_id INTEGER REFERENCES pupils(id)
);
CREATE INDEX audit_by_guardian ON audit_log(guardian_id, at);

-- Every message to a phone, written in the transaction that caused it.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER REFERENCES establishments(id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'voice')),
    to_phone TEXT NOT NULL,
    body TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_by_status ON outbox(status, id);
CREATE INDEX outbox_by_phone ON outbox(to_phone, id);

-- What phones sent to Carnet (SMS replies, keypad digits).
CREATE TABLE inbound (
    id INTEGER PRIMARY KEY,
    from_phone TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'voice')),
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX inbound_by_phone ON inbound(from_phone, id);

-- Delivery that loses nothing: attempts, leases, provider ids and quiet hours on the
-- outbox; numbers that opted out or failed; voice calls in progress; mediator tasks;
-- the guardian's phone-menu PIN.

ALTER TABLE outbox ADD COLUMN guardian_id INTEGER REFERENCES guardians(id);
ALTER TABLE outbox ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN provider_sid TEXT;
ALTER TABLE outbox ADD COLUMN sender TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
-- Quiet hours of the recipient in minutes of the day; NULL when they do not apply.
ALTER TABLE outbox ADD COLUMN quiet_start INTEGER;
ALTER TABLE outbox ADD COLUMN quiet_end INTEGER;
-- The one SMS that still goes to a number that just opted out: the confirmation.
ALTER TABLE outbox ADD COLUMN confirms_opt_out INTEGER NOT NULL DEFAULT 0;
DROP INDEX outbox_by_status;
CREATE INDEX outbox_due ON outbox(status, next_attempt_at, id);
CREATE UNIQUE INDEX outbox_by_sid ON outbox(provider_sid) WHERE provider_sid IS NOT NULL;

CREATE TABLE phone_status (
    phone TEXT PRIMARY KEY,
    sms_opted_out INTEGER NOT NULL DEFAULT 0,
    -- Why the provider refused the number for good (invalid, not a mobile...).
    failure TEXT,
    -- Where the SMS conversation stands in sms-flows/phone-menu.toml.
    sms_state TEXT,
    -- Wrong phone-menu PINs in a row, and until when the menu is locked after too many.
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_locked_until INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);

-- Calls in progress through the phone menu, and what was said and pressed.
CREATE TABLE calls (
    call_sid TEXT PRIMARY KEY,
    phone TEXT NOT NULL,
    state TEXT NOT NULL,
    locale TEXT NOT NULL,
    silences INTEGER NOT NULL DEFAULT 0,
    guardian_id INTEGER REFERENCES guardians(id),
    updated_at INTEGER NOT NULL
);

CREATE TABLE call_log (
    id INTEGER PRIMARY KEY,
    call_sid TEXT NOT NULL,
    at INTEGER NOT NULL,
    said TEXT,
    pressed TEXT
);
CREATE INDEX call_log_by_call ON call_log(call_sid, id);

CREATE TABLE mediator_tasks (
    id INTEGER PRIMARY KEY,
    establishment_id INTEGER NOT NULL REFERENCES establishments(id),
    guardian_id INTEGER REFERENCES guardians(id),
    phone TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('callback', 'opted_out', 'unreachable')),
    created_at INTEGER NOT NULL,
    done_at INTEGER
);
CREATE INDEX mediator_tasks_open ON mediator_tasks(establishment_id, done_at);

ALTER TABLE guardians ADD COLUMN pin_hash TEXT;

//! Meetings: invitations, slots offered under letters, bookings made once, changes with their trail.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::actor::{Actor, StepLog};
use super::{StoreResult, now, random_reference};
use crate::domain::meeting::{LETTERS, MAX_SLOTS, MeetingMove, MeetingState, next};

/// What staff decided for one meeting or a whole evening.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub establishment_id: i64,
    /// Who invites (the trail's actor), and who the family will meet.
    pub created_by_staff_id: i64,
    pub host_staff_id: i64,
    pub purpose: String,
    pub place: String,
    pub duration_minutes: i64,
    pub interpreter_language: Option<String>,
    pub mediator_wanted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub id: i64,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub booked_by: Option<i64>,
    pub cancelled: bool,
}

impl Slot {
    /// Whether `meeting_id` may still book this slot at `at`.
    pub fn is_open_for(&self, meeting_id: i64, at: i64) -> bool {
        !self.cancelled && self.starts_at > at && self.booked_by.is_none_or(|b| b == meeting_id)
    }
}

/// A meeting with what the family and the staff see of it.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: i64,
    pub establishment_id: i64,
    pub pupil_id: i64,
    pub pupil_first_name: String,
    pub pupil_name: String,
    pub class_name: String,
    pub host_name: String,
    pub evening_id: Option<i64>,
    pub purpose: String,
    pub place: String,
    pub duration_minutes: i64,
    pub state: MeetingState,
    pub reference: String,
    pub family_note: Option<String>,
    pub interpreter_language: Option<String>,
    pub mediator_wanted: bool,
    pub sequence: i64,
    pub updated_at: i64,
    /// The slot booked, if any.
    pub booked: Option<Slot>,
}

pub(super) const MEETING_COLUMNS: &str = "m.id, m.establishment_id, m.pupil_id, p.first_name, p.first_name || ' ' || p.last_name, c.name,
    s.display_name, m.evening_id, m.purpose, m.place, m.duration_minutes, m.state, m.reference, m.family_note,
    m.interpreter_language, m.mediator_wanted, m.sequence, m.updated_at,
    b.id, b.starts_at, b.duration_minutes, b.booked_by, b.cancelled";

/// How many columns `MEETING_COLUMNS` selects: the next column is free for a caller's own.
pub(super) const MEETING_COLUMN_COUNT: usize = 23;

pub(super) const MEETING_FROM: &str =
    "meetings m JOIN pupils p ON p.id = m.pupil_id JOIN classes c ON c.id = p.class_id
    JOIN staff s ON s.id = m.host_staff_id LEFT JOIN meeting_slots b ON b.booked_by = m.id";

pub(super) fn meeting_from_row(r: &rusqlite::Row) -> rusqlite::Result<Meeting> {
    let booked = match r.get::<_, Option<i64>>(18)? {
        Some(_) => Some(slot_at(r, 18)?),
        None => None,
    };
    Ok(Meeting {
        id: r.get(0)?,
        establishment_id: r.get(1)?,
        pupil_id: r.get(2)?,
        pupil_first_name: r.get(3)?,
        pupil_name: r.get(4)?,
        class_name: r.get(5)?,
        host_name: r.get(6)?,
        evening_id: r.get(7)?,
        purpose: r.get(8)?,
        place: r.get(9)?,
        duration_minutes: r.get(10)?,
        state: MeetingState::parse(&r.get::<_, String>(11)?).unwrap_or(MeetingState::Invited),
        reference: r.get(12)?,
        family_note: r.get(13)?,
        interpreter_language: r.get(14)?,
        mediator_wanted: r.get(15)?,
        sequence: r.get(16)?,
        updated_at: r.get(17)?,
        booked,
    })
}

fn log(
    tx: &Connection,
    meeting_id: i64,
    state: MeetingState,
    actor: Actor,
    detail: Option<&str>,
) -> StoreResult<()> {
    actor.record(tx, StepLog::Meeting, meeting_id, state.code(), detail)
}

pub(super) fn insert_meeting(
    tx: &Transaction,
    new: &NewMeeting,
    pupil_id: i64,
    evening_id: Option<i64>,
) -> StoreResult<i64> {
    let at = now();
    tx.prepare_cached(
        "INSERT INTO meetings (establishment_id, pupil_id, host_staff_id, evening_id, purpose, place, duration_minutes,
                               state, reference, interpreter_language, mediator_wanted, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'invited', ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        new.establishment_id, pupil_id, new.host_staff_id, evening_id, new.purpose, new.place,
        new.duration_minutes, random_reference(), new.interpreter_language, new.mediator_wanted, at
    ])?;
    let id = tx.last_insert_rowid();
    log(
        tx,
        id,
        MeetingState::Invited,
        Actor::staff(new.created_by_staff_id),
        None,
    )?;
    Ok(id)
}

pub(super) fn insert_slot(
    tx: &Transaction,
    establishment_id: i64,
    owner: (Option<i64>, Option<i64>),
    starts_at: i64,
    minutes: i64,
) -> StoreResult<i64> {
    tx.prepare_cached(
        "INSERT INTO meeting_slots (establishment_id, meeting_id, evening_id, starts_at, duration_minutes)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![establishment_id, owner.0, owner.1, starts_at, minutes])?;
    Ok(tx.last_insert_rowid())
}

/// Invites the guardians of one pupil of the establishment to choose among `starts` (1 to 4).
/// `None` when the pupil is not one of the establishment's.
pub fn invite(
    tx: &Transaction,
    new: &NewMeeting,
    pupil_id: i64,
    starts: &[i64],
) -> StoreResult<Option<i64>> {
    let ours: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pupils WHERE id = ?1 AND establishment_id = ?2)",
        params![pupil_id, new.establishment_id],
        |r| r.get(0),
    )?;
    if !ours || starts.is_empty() || starts.len() > MAX_SLOTS {
        return Ok(None);
    }
    let id = insert_meeting(tx, new, pupil_id, None)?;
    for &start in starts {
        insert_slot(
            tx,
            new.establishment_id,
            (Some(id), None),
            start,
            new.duration_minutes,
        )?;
    }
    offer(tx, id)?;
    Ok(Some(id))
}

/// The slots a meeting may book now: its own, or its evening's free ones, future, not
/// cancelled, soonest first.
pub fn open_slots(conn: &Connection, meeting_id: i64) -> StoreResult<Vec<Slot>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.starts_at, s.duration_minutes, s.booked_by, s.cancelled
         FROM meetings m JOIN meeting_slots s
           ON (s.meeting_id = m.id OR (m.evening_id IS NOT NULL AND s.evening_id = m.evening_id))
         WHERE m.id = ?1 AND s.cancelled = 0 AND s.starts_at > ?2 AND (s.booked_by IS NULL OR s.booked_by = m.id)
         ORDER BY s.starts_at, s.id",
    )?;
    let rows = stmt.query_map(params![meeting_id, now()], slot_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A slot read from five columns starting at `first`: id, start, duration, booked by,
/// cancelled.
pub(super) fn slot_at(r: &rusqlite::Row, first: usize) -> rusqlite::Result<Slot> {
    Ok(Slot {
        id: r.get(first)?,
        starts_at: r.get(first + 1)?,
        duration_minutes: r.get(first + 2)?,
        booked_by: r.get(first + 3)?,
        cancelled: r.get(first + 4)?,
    })
}

pub(super) fn slot_from_row(r: &rusqlite::Row) -> rusqlite::Result<Slot> {
    slot_at(r, 0)
}

/// Names up to four open slots A to D for the next message; a later letter means the slot
/// it named in that message. Returns the letters and slots.
pub fn offer(tx: &Connection, meeting_id: i64) -> StoreResult<Vec<(char, Slot)>> {
    tx.execute(
        "DELETE FROM meeting_offers WHERE meeting_id = ?1",
        [meeting_id],
    )?;
    let offered: Vec<(char, Slot)> = LETTERS
        .into_iter()
        .zip(open_slots(tx, meeting_id)?)
        .collect();
    for (letter, slot) in &offered {
        tx.execute(
            "INSERT INTO meeting_offers (meeting_id, letter, slot_id) VALUES (?1, ?2, ?3)",
            params![meeting_id, letter.to_string(), slot.id],
        )?;
    }
    Ok(offered)
}

/// The letters last offered to a meeting, with their slots as they are now.
pub fn offered(conn: &Connection, meeting_id: i64) -> StoreResult<Vec<(char, Slot)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.letter, s.id, s.starts_at, s.duration_minutes, s.booked_by, s.cancelled
         FROM meeting_offers o JOIN meeting_slots s ON s.id = o.slot_id
         WHERE o.meeting_id = ?1 ORDER BY o.letter",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        let letter: String = r.get(0)?;
        Ok((letter.chars().next().unwrap_or('A'), slot_at(r, 1)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The letters offered that still name a slot this meeting may book; when none does, the
/// free slots are offered under new letters. Letters stay stable across SMS and calls.
pub fn open_offers(tx: &Connection, meeting_id: i64) -> StoreResult<Vec<(char, Slot)>> {
    let at = now();
    let open: Vec<(char, Slot)> = offered(tx, meeting_id)?
        .into_iter()
        .filter(|(_, slot)| slot.is_open_for(meeting_id, at))
        .collect();
    if open.is_empty() {
        offer(tx, meeting_id)
    } else {
        Ok(open)
    }
}

pub fn find(conn: &Connection, meeting_id: i64) -> StoreResult<Option<Meeting>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM} WHERE m.id = ?1"
        ))?
        .query_row([meeting_id], meeting_from_row)
        .optional()?)
}

/// Why a booking did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookRefused {
    /// Another family was faster, or the school cancelled the slot.
    Taken,
    /// The slot has already started.
    Past,
    /// The slot is not one this meeting may book.
    NotOffered,
    /// The meeting is where no booking may happen (cancelled, declined...).
    Closed(MeetingState),
}

/// Books `slot_id` for the meeting, releasing the slot it held before. A slot is booked
/// once: the conditional update is the only writer, inside the caller's write transaction.
pub fn book(
    tx: &Transaction,
    meeting_id: i64,
    slot_id: i64,
    actor: Actor,
) -> StoreResult<Result<Slot, BookRefused>> {
    let Some(meeting) = find(tx, meeting_id)? else {
        return Ok(Err(BookRefused::NotOffered));
    };
    if next(meeting.state, MeetingMove::Book).is_none() {
        return Ok(Err(BookRefused::Closed(meeting.state)));
    }
    let slot: Option<(Slot, Option<i64>, Option<i64>)> = tx
        .query_row(
            "SELECT id, starts_at, duration_minutes, booked_by, cancelled, meeting_id, evening_id FROM meeting_slots WHERE id = ?1",
            [slot_id],
            |r| Ok((slot_from_row(r)?, r.get(5)?, r.get(6)?)),
        )
        .optional()?;
    let Some((slot, owner, evening)) = slot else {
        return Ok(Err(BookRefused::NotOffered));
    };
    let belongs = owner == Some(meeting_id) || (evening.is_some() && evening == meeting.evening_id);
    if !belongs {
        return Ok(Err(BookRefused::NotOffered));
    }
    if slot.booked_by == Some(meeting_id) {
        return Ok(Ok(slot));
    }
    if slot.cancelled || slot.booked_by.is_some() {
        return Ok(Err(BookRefused::Taken));
    }
    if slot.starts_at <= now() {
        return Ok(Err(BookRefused::Past));
    }
    tx.execute(
        "UPDATE meeting_slots SET booked_by = NULL WHERE booked_by = ?1",
        [meeting_id],
    )?;
    let taken = tx.execute(
        "UPDATE meeting_slots SET booked_by = ?1 WHERE id = ?2 AND booked_by IS NULL AND cancelled = 0",
        params![meeting_id, slot_id],
    )?;
    if taken == 0 {
        return Ok(Err(BookRefused::Taken));
    }
    set_state(tx, meeting_id, MeetingState::Booked, actor, None)?;
    Ok(Ok(Slot {
        booked_by: Some(meeting_id),
        ..slot
    }))
}

/// Moves the meeting to `state`, raises its SEQUENCE and logs the step.
pub(super) fn set_state(
    tx: &Connection,
    meeting_id: i64,
    state: MeetingState,
    actor: Actor,
    detail: Option<&str>,
) -> StoreResult<()> {
    tx.execute(
        "UPDATE meetings SET state = ?2, sequence = sequence + 1, updated_at = ?3 WHERE id = ?1",
        params![meeting_id, state.code(), now()],
    )?;
    log(tx, meeting_id, state, actor, detail)
}

/// A move without a slot (decline, another time, cancel, offer again); frees a booked slot
/// when the meeting leaves `booked`. `Err` holds the state that refused it.
pub fn apply(
    tx: &Transaction,
    meeting_id: i64,
    action: MeetingMove,
    actor: Actor,
    note: Option<&str>,
) -> StoreResult<Option<Result<MeetingState, MeetingState>>> {
    let Some(meeting) = find(tx, meeting_id)? else {
        return Ok(None);
    };
    let Some(state) = next(meeting.state, action) else {
        return Ok(Some(Err(meeting.state)));
    };
    if state != MeetingState::Booked {
        tx.execute(
            "UPDATE meeting_slots SET booked_by = NULL WHERE booked_by = ?1",
            [meeting_id],
        )?;
    }
    if action == MeetingMove::AskOtherTime {
        tx.execute(
            "UPDATE meetings SET family_note = ?2 WHERE id = ?1",
            params![meeting_id, note],
        )?;
    }
    if action == MeetingMove::Cancel {
        tx.execute(
            "UPDATE meeting_slots SET cancelled = 1 WHERE meeting_id = ?1",
            [meeting_id],
        )?;
    }
    set_state(tx, meeting_id, state, actor, note)?;
    if state == MeetingState::Invited {
        offer(tx, meeting_id)?;
    }
    Ok(Some(Ok(state)))
}

/// The school moves a booked meeting to another time: the slot moves, the booking stays.
pub fn move_booked(
    tx: &Transaction,
    meeting_id: i64,
    starts_at: i64,
    actor: Actor,
) -> StoreResult<bool> {
    let moved = tx.execute(
        "UPDATE meeting_slots SET starts_at = ?2 WHERE booked_by = ?1",
        params![meeting_id, starts_at],
    )?;
    if moved == 1 {
        set_state(tx, meeting_id, MeetingState::Booked, actor, Some("moved"))?;
    }
    Ok(moved == 1)
}

/// The family asks for an interpreter in its language (or the school asks for one).
pub fn want_interpreter(
    tx: &Transaction,
    meeting_id: i64,
    language: &str,
    actor: Actor,
) -> StoreResult<()> {
    tx.execute(
        "UPDATE meetings SET interpreter_language = ?2, updated_at = ?3 WHERE id = ?1",
        params![meeting_id, language, now()],
    )?;
    let state: String = tx.query_row(
        "SELECT state FROM meetings WHERE id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    log(
        tx,
        meeting_id,
        MeetingState::parse(&state).unwrap_or(MeetingState::Invited),
        actor,
        Some("interpreter"),
    )
}

/// The meetings of the children of the person at this phone, from 30 days ago on, soonest first.
pub fn for_phone(conn: &Connection, phone: &str) -> StoreResult<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT {MEETING_COLUMNS} FROM {MEETING_FROM}
         JOIN guardian_pupils gp ON gp.pupil_id = m.pupil_id JOIN guardians g ON g.id = gp.guardian_id
         WHERE (g.mobile = ?1 OR g.landline = ?1) AND m.updated_at >= ?2
           AND (b.starts_at IS NULL OR b.starts_at >= ?2)
         ORDER BY COALESCE(b.starts_at, m.created_at), m.id"
    ))?;
    let rows = stmt.query_map(params![phone, now() - 30 * 86_400], meeting_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Meetings of the family at this phone that wait for its choice, newest invitation first.
pub fn waiting(conn: &Connection, phone: &str) -> StoreResult<Vec<Meeting>> {
    let mut meetings: Vec<Meeting> = for_phone(conn, phone)?
        .into_iter()
        .filter(|m| m.state.waits_for_family())
        .collect();
    meetings.reverse();
    Ok(meetings)
}

/// The guardian id Carnet acts for when this phone answers (the lowest, as for absences).
pub fn guardian_at(conn: &Connection, phone: &str, pupil_id: i64) -> StoreResult<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT MIN(g.id) FROM guardians g JOIN guardian_pupils gp ON gp.guardian_id = g.id
             WHERE (g.mobile = ?1 OR g.landline = ?1) AND gp.pupil_id = ?2",
            params![phone, pupil_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

/// Every meeting of the establishment, most recent first, for the staff list.
pub fn list(conn: &Connection, establishment_id: i64) -> StoreResult<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM}
         WHERE m.establishment_id = ?1 ORDER BY m.evening_id IS NOT NULL, m.id DESC LIMIT 500"
    ))?;
    let rows = stmt.query_map([establishment_id], meeting_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Meetings that still wait for an answer (to remind them), optionally of one evening.
pub fn unanswered(
    conn: &Connection,
    establishment_id: i64,
    evening_id: Option<i64>,
) -> StoreResult<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM meetings WHERE establishment_id = ?1 AND state = 'invited'
         AND (?2 IS NULL OR evening_id = ?2) ORDER BY id",
    )?;
    let rows = stmt.query_map(params![establishment_id, evening_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Booked meetings starting within a day that were not reminded yet: marked reminded now.
pub fn take_due_reminders(tx: &Transaction, at: i64) -> StoreResult<Vec<i64>> {
    let due: Vec<i64> = tx
        .prepare_cached(
            "SELECT m.id FROM meetings m JOIN meeting_slots s ON s.booked_by = m.id
             WHERE m.state = 'booked' AND m.reminded_at IS NULL AND s.starts_at > ?1 AND s.starts_at <= ?1 + 86400",
        )?
        .query_map([at], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in &due {
        tx.execute(
            "UPDATE meetings SET reminded_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
    }
    Ok(due)
}

/// Meetings asking for an interpreter or a mediator, for the mediators' list.
pub fn needing_help(conn: &Connection, establishment_id: i64) -> StoreResult<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM}
         WHERE m.establishment_id = ?1 AND m.state <> 'cancelled'
           AND (m.interpreter_language IS NOT NULL OR m.mediator_wanted = 1)
         ORDER BY COALESCE(b.starts_at, m.created_at)"
    ))?;
    let rows = stmt.query_map([establishment_id], meeting_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

//! Absences and their trail: roll calls, moves between states, the board, the family's view.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{StoreResult, now, random_reference};
use crate::domain::absence::{HalfDay, Mark, Move, Reason, State, next};

pub use super::actor::Actor;
use super::actor::StepLog;

fn log(
    tx: &Connection,
    absence_id: i64,
    state: State,
    actor: Actor,
    detail: Option<&str>,
) -> StoreResult<()> {
    actor.record(tx, StepLog::Absence, absence_id, state.code(), detail)
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RollCallOutcome {
    pub absent: usize,
    pub late: usize,
    pub cancelled: usize,
    /// Marked present or late after the family was told: kept, for vie scolaire to see.
    pub too_late_to_cancel: usize,
}

/// Which roll call: a class, a half-day, who took it, and until when absences are held.
#[derive(Debug, Clone)]
pub struct RollCall {
    pub establishment_id: i64,
    pub class_id: i64,
    pub staff_id: i64,
    pub day: String,
    pub half: HalfDay,
    pub hold_until: i64,
}

/// Records one roll call: absences are held until `hold_until`; a pupil marked present or
/// late whose absence is still held cancels it, and nothing is sent.
pub fn record_roll_call(
    tx: &Transaction,
    call: &RollCall,
    marks: &[(i64, Mark)],
) -> StoreResult<RollCallOutcome> {
    let RollCall {
        establishment_id,
        class_id,
        staff_id,
        ref day,
        half,
        hold_until,
    } = *call;
    let mut outcome = RollCallOutcome::default();
    let actor = Actor::staff(staff_id);
    for &(pupil_id, mark) in marks {
        let in_class: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM pupils WHERE id = ?1 AND class_id = ?2 AND establishment_id = ?3)")?
            .query_row(params![pupil_id, class_id, establishment_id], |r| r.get(0))?;
        if !in_class {
            continue;
        }
        let existing: Option<(i64, String, String)> = tx
            .prepare_cached("SELECT id, state, kind FROM absences WHERE pupil_id = ?1 AND day = ?2 AND half_day = ?3")?
            .query_row(params![pupil_id, day, half.code()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let state = existing.as_ref().and_then(|(_, s, _)| State::parse(s));
        match (
            existing.as_ref().map(|(id, _, kind)| (*id, kind.as_str())),
            state,
            mark,
        ) {
            (None, _, Mark::Present) => {}
            (None, _, Mark::Absent | Mark::Late) => {
                let (kind, state) = if mark == Mark::Absent {
                    ("absent", State::Held)
                } else {
                    ("late", State::Cancelled)
                };
                tx.execute(
                    "INSERT INTO absences (establishment_id, pupil_id, day, half_day, kind, state, reference, hold_until, recorded_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![establishment_id, pupil_id, day, half.code(), kind, state.code(), random_reference(), hold_until, now()],
                )?;
                log(tx, tx.last_insert_rowid(), state, actor, Some(kind))?;
                if mark == Mark::Absent {
                    outcome.absent += 1
                } else {
                    outcome.late += 1
                }
            }
            (Some((id, "absent")), Some(State::Held), Mark::Present | Mark::Late) => {
                tx.execute(
                    "UPDATE absences SET state = 'cancelled', kind = ?2 WHERE id = ?1",
                    params![id, if mark == Mark::Late { "late" } else { "absent" }],
                )?;
                log(tx, id, State::Cancelled, actor, Some(mark.code()))?;
                outcome.cancelled += 1;
            }
            (Some((id, _)), Some(State::Cancelled), Mark::Absent) => {
                tx.execute("UPDATE absences SET state = 'held', kind = 'absent', hold_until = ?2 WHERE id = ?1", params![id, hold_until])?;
                log(tx, id, State::Held, actor, Some("absent"))?;
                outcome.absent += 1;
            }
            (Some((_, "absent")), Some(s), Mark::Present | Mark::Late)
                if s != State::Cancelled && s != State::Held =>
            {
                outcome.too_late_to_cancel += 1;
            }
            _ => {}
        }
    }
    Ok(outcome)
}

/// Why a move was refused: the absence is not where the move needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub current: State,
}

/// Makes one move on an absence of `establishment_id`, with its trail line; `None` when
/// no such absence exists there.
pub fn apply_move(
    tx: &Transaction,
    establishment_id: Option<i64>,
    absence_id: i64,
    action: Move,
    actor: Actor,
    reason: Option<(Reason, Option<&str>)>,
) -> StoreResult<Option<Result<State, Refused>>> {
    let current: Option<String> = tx
        .query_row(
            "SELECT state FROM absences WHERE id = ?1 AND (?2 IS NULL OR establishment_id = ?2)",
            params![absence_id, establishment_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(current) = current.as_deref().and_then(State::parse) else {
        return Ok(None);
    };
    let Some(new_state) = next(current, action) else {
        return Ok(Some(Err(Refused { current })));
    };
    match reason {
        Some((reason, comment)) => tx.execute(
            "UPDATE absences SET state = ?2, reason = ?3, reason_comment = ?4 WHERE id = ?1",
            params![absence_id, new_state.code(), reason.code(), comment],
        )?,
        None => tx.execute(
            "UPDATE absences SET state = ?2 WHERE id = ?1",
            params![absence_id, new_state.code()],
        )?,
    };
    log(
        tx,
        absence_id,
        new_state,
        actor,
        reason.map(|(r, _)| r.code()),
    )?;
    Ok(Some(Ok(new_state)))
}

/// A pupil's held absences of one day whose window ended: one notice covers them all.
#[derive(Debug, Clone)]
pub struct DueNotice {
    pub pupil_id: i64,
    pub establishment_id: i64,
    pub first_name: String,
    pub day: String,
    pub half_day: HalfDay,
    pub reference: String,
    pub absence_ids: Vec<i64>,
}

/// Moves every held absence whose window ended to `signalled`, grouped per pupil and day.
pub fn signal_due(tx: &Transaction, at: i64) -> StoreResult<Vec<DueNotice>> {
    let mut stmt = tx.prepare_cached(
        "SELECT a.id, a.pupil_id, a.establishment_id, p.first_name, a.day, a.half_day, a.reference
         FROM absences a JOIN pupils p ON p.id = a.pupil_id
         WHERE a.state = 'held' AND a.kind = 'absent' AND a.hold_until <= ?1
         ORDER BY a.pupil_id, a.day, a.half_day",
    )?;
    let rows: Vec<(i64, i64, i64, String, String, String, String)> = stmt
        .query_map([at], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut notices: Vec<DueNotice> = Vec::new();
    for (id, pupil_id, establishment_id, first_name, day, half, reference) in rows {
        apply_move(tx, None, id, Move::Signal, Actor::system(), None)?;
        match notices.last_mut() {
            Some(notice) if notice.pupil_id == pupil_id && notice.day == day => {
                notice.absence_ids.push(id)
            }
            _ => notices.push(DueNotice {
                pupil_id,
                establishment_id,
                first_name,
                day,
                half_day: HalfDay::parse(&half).unwrap_or(HalfDay::Morning),
                reference,
                absence_ids: vec![id],
            }),
        }
    }
    Ok(notices)
}

/// Links a delivery to the absences it told about, for the board and the proof.
pub fn link_delivery(tx: &Connection, absence_ids: &[i64], delivery_id: i64) -> StoreResult<()> {
    for id in absence_ids {
        tx.execute(
            "INSERT INTO absence_deliveries (absence_id, delivery_id) VALUES (?1, ?2)",
            params![id, delivery_id],
        )?;
    }
    Ok(())
}

/// One line of the vie scolaire board.
#[derive(Debug, Clone)]
pub struct BoardRow {
    pub id: i64,
    pub pupil: String,
    pub class_name: String,
    pub half_day: HalfDay,
    pub kind: String,
    pub state: State,
    pub reason: Option<Reason>,
    pub at_school_claimed: bool,
    /// (channel, delivery status) of each message sent about it.
    pub reached: Vec<(String, String)>,
}

impl BoardRow {
    /// Why the family of a signalled absence has not been reached, when no message reached
    /// them and none is still on its way: `no-contact`, `opted-out` or `failed`.
    pub fn not_reached(&self) -> Option<&'static str> {
        if self.state != State::Signalled {
            return None;
        }
        let ended = |status: &str| matches!(status, "failed" | "undelivered" | "suppressed");
        if !self.reached.iter().all(|(_, status)| ended(status)) {
            return None;
        }
        Some(match self.reached.as_slice() {
            [] => "no-contact",
            r if r.iter().any(|(_, status)| status == "suppressed") => "opted-out",
            _ => "failed",
        })
    }
}

pub fn board(conn: &Connection, establishment_id: i64, day: &str) -> StoreResult<Vec<BoardRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, p.first_name || ' ' || p.last_name, c.name, a.half_day, a.kind, a.state, a.reason,
                EXISTS (SELECT 1 FROM absence_events e WHERE e.absence_id = a.id AND e.detail = 'at_school')
         FROM absences a JOIN pupils p ON p.id = a.pupil_id JOIN classes c ON c.id = p.class_id
         WHERE a.establishment_id = ?1 AND a.day = ?2 AND NOT (a.state = 'cancelled' AND a.kind = 'absent')
         ORDER BY c.name, p.last_name, p.first_name, a.half_day",
    )?;
    let mut rows: Vec<BoardRow> = stmt
        .query_map(params![establishment_id, day], |r| {
            Ok(BoardRow {
                id: r.get(0)?,
                pupil: r.get(1)?,
                class_name: r.get(2)?,
                half_day: HalfDay::parse(&r.get::<_, String>(3)?).unwrap_or(HalfDay::Morning),
                kind: r.get(4)?,
                state: State::parse(&r.get::<_, String>(5)?).unwrap_or(State::Held),
                reason: r
                    .get::<_, Option<String>>(6)?
                    .as_deref()
                    .and_then(Reason::parse),
                at_school_claimed: r.get(7)?,
                reached: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut reached = conn.prepare_cached(
        "SELECT o.channel, o.status FROM absence_deliveries d JOIN outbox o ON o.id = d.delivery_id WHERE d.absence_id = ?1 ORDER BY o.id",
    )?;
    for row in &mut rows {
        row.reached = reached
            .query_map([row.id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
    }
    Ok(rows)
}

/// An absence as the family sees it.
#[derive(Debug, Clone)]
pub struct FamilyAbsence {
    pub id: i64,
    pub pupil_id: i64,
    pub first_name: String,
    pub day: String,
    pub half_day: HalfDay,
    pub kind: String,
    pub state: State,
    pub reason: Option<Reason>,
    pub reference: String,
    pub guardian_id: i64,
}

/// The last 30 days of absences of the children of the person at this phone, newest first.
pub fn for_phone(
    conn: &Connection,
    phone: &str,
    since_day: &str,
) -> StoreResult<Vec<FamilyAbsence>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.pupil_id, p.first_name, a.day, a.half_day, a.kind, a.state, a.reason, a.reference, MIN(g.id)
         FROM absences a JOIN pupils p ON p.id = a.pupil_id
         JOIN guardian_pupils gp ON gp.pupil_id = a.pupil_id JOIN guardians g ON g.id = gp.guardian_id
         WHERE (g.mobile = ?1 OR g.landline = ?1) AND a.day >= ?2 AND a.state NOT IN ('held', 'cancelled')
         GROUP BY a.id ORDER BY a.day DESC, a.half_day DESC",
    )?;
    let rows = stmt.query_map(params![phone, since_day], |r| {
        Ok(FamilyAbsence {
            id: r.get(0)?,
            pupil_id: r.get(1)?,
            first_name: r.get(2)?,
            day: r.get(3)?,
            half_day: HalfDay::parse(&r.get::<_, String>(4)?).unwrap_or(HalfDay::Morning),
            kind: r.get(5)?,
            state: State::parse(&r.get::<_, String>(6)?).unwrap_or(State::Signalled),
            reason: r
                .get::<_, Option<String>>(7)?
                .as_deref()
                .and_then(Reason::parse),
            reference: r.get(8)?,
            guardian_id: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The absences of the same pupil and day as `absence_id` (one notice covered them all).
pub fn same_notice(conn: &Connection, absence_id: i64) -> StoreResult<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT b.id FROM absences a JOIN absences b ON b.pupil_id = a.pupil_id AND b.day = a.day
         WHERE a.id = ?1 AND b.kind = 'absent' AND b.state <> 'cancelled' ORDER BY b.half_day",
    )?;
    let rows = stmt.query_map([absence_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Gives a reason for every absence of the notice; the first move's outcome decides.
pub fn give_reason(
    tx: &Transaction,
    absence_id: i64,
    reason: Reason,
    comment: Option<&str>,
    actor: Actor,
) -> StoreResult<Option<Result<State, Refused>>> {
    let mut first = None;
    for id in same_notice(tx, absence_id)? {
        let outcome = apply_move(
            tx,
            None,
            id,
            Move::GiveReason,
            actor,
            Some((reason, comment)),
        )?;
        first = first.or(outcome);
    }
    Ok(first)
}

/// A guardian has seen the notice (on the web, or heard it in the phone menu): signalled
/// absences of the notice become acknowledged; others stay where they are.
pub fn acknowledge(tx: &Transaction, absence_id: i64, actor: Actor) -> StoreResult<()> {
    for id in same_notice(tx, absence_id)? {
        apply_move(tx, None, id, Move::Acknowledge, actor, None)?;
    }
    Ok(())
}

/// A parent says the child is at school: no state change, an alert on the board.
pub fn flag_at_school(tx: &Transaction, absence_id: i64, actor: Actor) -> StoreResult<()> {
    for id in same_notice(tx, absence_id)? {
        let state: String =
            tx.query_row("SELECT state FROM absences WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        log(
            tx,
            id,
            State::parse(&state).unwrap_or(State::Signalled),
            actor,
            Some("at_school"),
        )?;
    }
    Ok(())
}

/// One step of an absence's trail, with who made it.
#[derive(Debug, Clone)]
pub struct TrailStep {
    pub at: i64,
    pub state: State,
    pub channel: String,
    pub by: Option<String>,
    pub detail: Option<String>,
}

/// One message sent about the absence.
#[derive(Debug, Clone)]
pub struct TrailDelivery {
    pub at: i64,
    pub channel: String,
    pub to_phone: String,
    pub status: String,
}

/// Everything the proof of notification shows.
#[derive(Debug, Clone)]
pub struct Trail {
    pub pupil: String,
    pub day: String,
    pub half_day: HalfDay,
    pub reference: String,
    pub state: State,
    pub comment: Option<String>,
    pub steps: Vec<TrailStep>,
    pub deliveries: Vec<TrailDelivery>,
}

/// The whole trail of an absence of this establishment.
pub fn trail(
    conn: &Connection,
    establishment_id: i64,
    absence_id: i64,
) -> StoreResult<Option<Trail>> {
    type Head = (String, String, String, String, String, Option<String>);
    let head: Option<Head> = conn
        .query_row(
            "SELECT p.first_name || ' ' || p.last_name, a.day, a.half_day, a.reference, a.state, a.reason_comment
             FROM absences a JOIN pupils p ON p.id = a.pupil_id WHERE a.id = ?1 AND a.establishment_id = ?2",
            params![absence_id, establishment_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?;
    let Some((pupil, day, half, reference, state, comment)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT e.at, e.state, e.channel, COALESCE(s.display_name, g.first_name || ' ' || g.last_name), e.detail
         FROM absence_events e LEFT JOIN staff s ON s.id = e.actor_staff_id LEFT JOIN guardians g ON g.id = e.actor_guardian_id
         WHERE e.absence_id = ?1 ORDER BY e.id",
    )?;
    let steps = stmt
        .query_map([absence_id], |r| {
            Ok(TrailStep {
                at: r.get(0)?,
                state: State::parse(&r.get::<_, String>(1)?).unwrap_or(State::Held),
                channel: r.get(2)?,
                by: r.get(3)?,
                detail: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT COALESCE(o.sent_at, o.created_at), o.channel, o.to_phone, o.status
         FROM absence_deliveries d JOIN outbox o ON o.id = d.delivery_id WHERE d.absence_id = ?1 ORDER BY o.id",
    )?;
    let deliveries = stmt
        .query_map([absence_id], |r| {
            Ok(TrailDelivery {
                at: r.get(0)?,
                channel: r.get(1)?,
                to_phone: r.get(2)?,
                status: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(Trail {
        pupil,
        day,
        half_day: HalfDay::parse(&half).unwrap_or(HalfDay::Morning),
        reference,
        state: State::parse(&state).unwrap_or(State::Held),
        comment,
        steps,
        deliveries,
    }))
}

/// Pupils with at least `threshold` absent half-days since `since_day` whose reason was
/// not accepted (R131-7), most first.
pub fn follow_up(
    conn: &Connection,
    establishment_id: i64,
    since_day: &str,
    threshold: i64,
) -> StoreResult<Vec<(String, String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.first_name || ' ' || p.last_name, c.name, COUNT(*) AS n
         FROM absences a JOIN pupils p ON p.id = a.pupil_id JOIN classes c ON c.id = p.class_id
         WHERE a.establishment_id = ?1 AND a.day >= ?2 AND a.kind = 'absent' AND a.state NOT IN ('cancelled', 'validated')
         GROUP BY a.pupil_id HAVING n >= ?3 ORDER BY n DESC, p.last_name, p.first_name",
    )?;
    let rows = stmt.query_map(params![establishment_id, since_day, threshold], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

//! A family's calendar: the meetings it shows, and the private token of its feed.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::StoreResult;
use super::meetings::{Meeting, Slot, find};

/// The meetings a family's calendar shows: booked ones, and once-booked ones now cancelled
/// or moved away (so calendars remove them).
pub fn calendar(conn: &Connection, guardian_phone: &str) -> StoreResult<Vec<(Meeting, Slot)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT m.id, s.id, s.starts_at, s.duration_minutes, s.booked_by, s.cancelled
         FROM meetings m JOIN guardian_pupils gp ON gp.pupil_id = m.pupil_id JOIN guardians g ON g.id = gp.guardian_id
         JOIN meeting_events e ON e.meeting_id = m.id AND e.state = 'booked'
         JOIN meeting_slots s ON s.id = COALESCE(
             (SELECT id FROM meeting_slots WHERE booked_by = m.id),
             (SELECT id FROM meeting_slots WHERE meeting_id = m.id OR evening_id = m.evening_id ORDER BY starts_at LIMIT 1))
         WHERE g.mobile = ?1 OR g.landline = ?1 ORDER BY s.starts_at",
    )?;
    let rows: Vec<(i64, Slot)> = stmt
        .query_map([guardian_phone], |r| {
            Ok((
                r.get(0)?,
                Slot {
                    id: r.get(1)?,
                    starts_at: r.get(2)?,
                    duration_minutes: r.get(3)?,
                    booked_by: r.get(4)?,
                    cancelled: r.get(5)?,
                },
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, slot) in rows {
        if let Some(meeting) = find(conn, id)? {
            out.push((meeting, slot));
        }
    }
    Ok(out)
}

/// The phone whose calendar a feed token opens.
pub fn phone_of_token(conn: &Connection, token: &str) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT COALESCE(mobile, landline) FROM guardians WHERE calendar_token = ?1",
            [token],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

/// The calendar token of the family at this phone, made on first use; `reset` makes a new one.
pub fn calendar_token(tx: &Transaction, phone: &str, reset: bool) -> StoreResult<String> {
    let current: Option<String> = tx
        .query_row(
            "SELECT calendar_token FROM guardians WHERE (mobile = ?1 OR landline = ?1) AND calendar_token IS NOT NULL LIMIT 1",
            [phone],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(token) = current.filter(|_| !reset) {
        return Ok(token);
    }
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| super::StoreError::Task(e.to_string()))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    // One person may have several guardian rows (one per child's record): one token for them,
    // kept on the first row only so the unique index holds.
    tx.execute(
        "UPDATE guardians SET calendar_token = NULL WHERE mobile = ?1 OR landline = ?1",
        [phone],
    )?;
    tx.execute(
        "UPDATE guardians SET calendar_token = ?2 WHERE id = (SELECT MIN(id) FROM guardians WHERE mobile = ?1 OR landline = ?1)",
        params![phone, token],
    )?;
    Ok(token)
}

//! A family's calendar: the meetings it shows, and the private token of its feed.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::StoreResult;
use super::meetings::{
    MEETING_COLUMN_COUNT, MEETING_COLUMNS, MEETING_FROM, Meeting, Slot, meeting_from_row, slot_at,
};

/// The meetings a family's calendar shows: booked ones, and once-booked ones now cancelled
/// or moved away (so calendars remove them).
pub fn calendar(conn: &Connection, guardian_phone: &str) -> StoreResult<Vec<(Meeting, Slot)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT {MEETING_COLUMNS}, cs.id, cs.starts_at, cs.duration_minutes, cs.booked_by, cs.cancelled
         FROM {MEETING_FROM}
         JOIN guardian_pupils gp ON gp.pupil_id = m.pupil_id JOIN guardians g ON g.id = gp.guardian_id
         JOIN meeting_slots cs ON cs.id = COALESCE(
             (SELECT id FROM meeting_slots WHERE booked_by = m.id),
             (SELECT id FROM meeting_slots WHERE meeting_id = m.id OR evening_id = m.evening_id ORDER BY starts_at LIMIT 1))
         WHERE (g.mobile = ?1 OR g.landline = ?1)
           AND EXISTS (SELECT 1 FROM meeting_events e WHERE e.meeting_id = m.id AND e.state = 'booked')
         ORDER BY cs.starts_at"
    ))?;
    let rows = stmt.query_map([guardian_phone], |r| {
        Ok((meeting_from_row(r)?, slot_at(r, MEETING_COLUMN_COUNT)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
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

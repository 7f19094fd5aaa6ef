//! Calls in progress through the phone menu, and their transcript.

use rusqlite::{Connection, OptionalExtension, params};

use super::{StoreResult, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub call_sid: String,
    pub phone: String,
    pub state: String,
    pub locale: String,
    pub silences: i64,
    pub guardian_id: Option<i64>,
    /// The reference of the absence being talked about, if any.
    pub subject: Option<String>,
}

pub fn start(conn: &Connection, call: &Call) -> StoreResult<()> {
    conn.execute(
        "INSERT INTO calls (call_sid, phone, state, locale, silences, guardian_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)
         ON CONFLICT (call_sid) DO UPDATE SET state = ?3, locale = ?4, silences = 0, updated_at = ?6",
        params![call.call_sid, call.phone, call.state, call.locale, call.guardian_id, now()],
    )?;
    Ok(())
}

pub fn find(conn: &Connection, call_sid: &str) -> StoreResult<Option<Call>> {
    Ok(conn
        .query_row(
            "SELECT call_sid, phone, state, locale, silences, guardian_id, subject FROM calls WHERE call_sid = ?1",
            [call_sid],
            |r| Ok(Call { call_sid: r.get(0)?, phone: r.get(1)?, state: r.get(2)?, locale: r.get(3)?, silences: r.get(4)?, guardian_id: r.get(5)?, subject: r.get(6)? }),
        )
        .optional()?)
}

pub fn update(conn: &Connection, call: &Call) -> StoreResult<()> {
    conn.execute(
        "UPDATE calls SET state = ?2, locale = ?3, silences = ?4, subject = ?5, updated_at = ?6 WHERE call_sid = ?1",
        params![call.call_sid, call.state, call.locale, call.silences, call.subject, now()],
    )?;
    Ok(())
}

/// Appends what the caller pressed or what Carnet said, for the simulator and for proof.
pub fn log(
    conn: &Connection,
    call_sid: &str,
    said: Option<&str>,
    pressed: Option<&str>,
) -> StoreResult<()> {
    conn.execute(
        "INSERT INTO call_log (call_sid, at, said, pressed) VALUES (?1, ?2, ?3, ?4)",
        params![call_sid, now(), said, pressed],
    )?;
    Ok(())
}

/// One line of a call: what Carnet said, or what the caller pressed.
pub type TranscriptLine = (Option<String>, Option<String>);

/// The transcript of the latest call from a phone: its sid and lines, oldest first.
pub fn latest_transcript(
    conn: &Connection,
    phone: &str,
) -> StoreResult<Option<(String, Vec<TranscriptLine>)>> {
    let sid: Option<String> = conn
        .query_row("SELECT call_sid FROM calls WHERE phone = ?1 ORDER BY updated_at DESC, rowid DESC LIMIT 1", [phone], |r| r.get(0))
        .optional()?;
    let Some(sid) = sid else { return Ok(None) };
    let mut stmt =
        conn.prepare_cached("SELECT said, pressed FROM call_log WHERE call_sid = ?1 ORDER BY id")?;
    let lines = stmt
        .query_map([&sid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(Some((sid, lines)))
}

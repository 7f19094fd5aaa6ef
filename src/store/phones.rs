//! What Carnet knows about a number beyond the family record: SMS opt-out, provider refusal.

use rusqlite::{Connection, OptionalExtension, params};

use super::{StoreResult, now};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneStatus {
    pub sms_opted_out: bool,
    pub failure: Option<String>,
}

pub fn status(conn: &Connection, phone: &str) -> StoreResult<PhoneStatus> {
    Ok(conn
        .prepare_cached("SELECT sms_opted_out, failure FROM phone_status WHERE phone = ?1")?
        .query_row([phone], |r| {
            Ok(PhoneStatus {
                sms_opted_out: r.get(0)?,
                failure: r.get(1)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// Sets one column of a number's status, creating the row if needed. The column is one
/// of a fixed list, never text from outside.
fn upsert(
    conn: &Connection,
    phone: &str,
    column: &'static str,
    value: &dyn rusqlite::ToSql,
) -> StoreResult<()> {
    let sql = format!(
        "INSERT INTO phone_status (phone, {column}, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (phone) DO UPDATE SET {column} = ?2, updated_at = ?3"
    );
    conn.prepare_cached(&sql)?
        .execute(params![phone, value, now()])?;
    Ok(())
}

pub fn set_sms_opt_out(conn: &Connection, phone: &str, opted_out: bool) -> StoreResult<()> {
    upsert(conn, phone, "sms_opted_out", &opted_out)
}

/// Marks a number the provider refused for good, so the ladder and mediators see it.
pub fn set_failure(conn: &Connection, phone: &str, failure: &str) -> StoreResult<()> {
    upsert(conn, phone, "failure", &failure)
}

/// Where the SMS conversation with this number stands; `None` at the start.
pub fn sms_state(conn: &Connection, phone: &str) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT sms_state FROM phone_status WHERE phone = ?1",
            [phone],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

pub fn set_sms_state(conn: &Connection, phone: &str, state: &str) -> StoreResult<()> {
    upsert(conn, phone, "sms_state", &state)
}

/// Wrong PINs allowed in a row before the phone menu locks for `PIN_LOCK_SECONDS`.
pub const MAX_PIN_FAILURES: i64 = 5;
pub const PIN_LOCK_SECONDS: i64 = 3600;

pub fn pin_locked(conn: &Connection, phone: &str) -> StoreResult<bool> {
    let until: Option<i64> = conn
        .query_row(
            "SELECT pin_locked_until FROM phone_status WHERE phone = ?1",
            [phone],
            |r| r.get(0),
        )
        .optional()?;
    Ok(until.is_some_and(|t| t > now()))
}

/// Counts a wrong PIN; returns true when this one locked the menu.
pub fn record_pin_failure(conn: &Connection, phone: &str) -> StoreResult<bool> {
    let failures: i64 = conn.query_row(
        "INSERT INTO phone_status (phone, pin_failures, updated_at) VALUES (?1, 1, ?2)
         ON CONFLICT (phone) DO UPDATE SET pin_failures = pin_failures + 1, updated_at = ?2
         RETURNING pin_failures",
        params![phone, now()],
        |r| r.get(0),
    )?;
    if failures >= MAX_PIN_FAILURES {
        conn.execute(
            "UPDATE phone_status SET pin_failures = 0, pin_locked_until = ?2 WHERE phone = ?1",
            params![phone, now() + PIN_LOCK_SECONDS],
        )?;
        return Ok(true);
    }
    Ok(false)
}

pub fn reset_pin_failures(conn: &Connection, phone: &str) -> StoreResult<()> {
    conn.execute(
        "UPDATE phone_status SET pin_failures = 0 WHERE phone = ?1",
        [phone],
    )?;
    Ok(())
}

/// Opens a task for the mediators of every establishment where this number is a guardian's,
/// unless the same task is still open there.
pub fn open_mediator_task(conn: &Connection, phone: &str, kind: &str) -> StoreResult<usize> {
    Ok(conn.execute(
        "INSERT INTO mediator_tasks (establishment_id, guardian_id, phone, kind, created_at)
         SELECT g.establishment_id, g.id, ?1, ?2, ?3 FROM guardians g
         WHERE (g.mobile = ?1 OR g.landline = ?1)
           AND NOT EXISTS (SELECT 1 FROM mediator_tasks t
                           WHERE t.guardian_id = g.id AND t.kind = ?2 AND t.done_at IS NULL)",
        params![phone, kind, now()],
    )?)
}

//! Server-side sessions, keyed by a hash of the cookie's token.

use rusqlite::{Connection, OptionalExtension, params};

use super::{StoreResult, now};

/// Who a live session belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionOwner {
    Guardian { phone: String },
    Staff { staff_id: i64 },
}

pub const SESSION_SECONDS: i64 = 8 * 3600;

pub fn create(conn: &Connection, token_hash: &[u8], owner: &SessionOwner) -> StoreResult<()> {
    let (phone, staff_id) = match owner {
        SessionOwner::Guardian { phone } => (Some(phone.as_str()), None),
        SessionOwner::Staff { staff_id } => (None, Some(*staff_id)),
    };
    let at = now();
    conn.execute(
        "INSERT INTO sessions (token_hash, guardian_phone, staff_id, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![token_hash, phone, staff_id, at, at + SESSION_SECONDS],
    )?;
    Ok(())
}

pub fn owner(conn: &Connection, token_hash: &[u8]) -> StoreResult<Option<SessionOwner>> {
    let mut stmt = conn.prepare_cached(
        "SELECT guardian_phone, staff_id FROM sessions WHERE token_hash = ?1 AND expires_at > ?2",
    )?;
    let row = stmt
        .query_row(params![token_hash, now()], |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<i64>>(1)?))
        })
        .optional()?;
    Ok(row.and_then(|(phone, staff_id)| match (phone, staff_id) {
        (Some(phone), _) => Some(SessionOwner::Guardian { phone }),
        (None, Some(staff_id)) => Some(SessionOwner::Staff { staff_id }),
        (None, None) => None,
    }))
}

pub fn delete(conn: &Connection, token_hash: &[u8]) -> StoreResult<()> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
    Ok(())
}

pub fn delete_expired(conn: &Connection) -> StoreResult<usize> {
    Ok(conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now()])?)
}

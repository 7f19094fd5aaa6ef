//! Sign-in challenges by phone: created on request, checked with attempt counting.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use subtle::ConstantTimeEq;

use super::{StoreResult, now};
use crate::domain::login_code::{CODE_LIFETIME_SECONDS, CodeCheck, MAX_ATTEMPTS, hash_code};

pub fn recent_requests(conn: &Connection, phone: &str, window_seconds: i64) -> StoreResult<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM login_challenges WHERE phone = ?1 AND created_at > ?2",
        params![phone, now() - window_seconds],
        |r| r.get(0),
    )?)
}

/// Records a challenge; `code` is `None` for a number Carnet does not know.
pub fn create(conn: &Connection, token: &[u8], phone: &str, code: Option<&str>) -> StoreResult<()> {
    let token_hash = hash_code(token, "");
    let code_hash = code.map(|c| hash_code(token, c));
    let at = now();
    conn.execute(
        "INSERT INTO login_challenges (token_hash, phone, code_hash, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![token_hash, phone, code_hash, at, at + CODE_LIFETIME_SECONDS],
    )?;
    Ok(())
}

/// The phone a live challenge was made for, to show it masked on the code page.
pub fn phone_for(conn: &Connection, token: &[u8]) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT phone FROM login_challenges WHERE token_hash = ?1 AND used = 0",
            [hash_code(token, "")],
            |r| r.get(0),
        )
        .optional()?)
}

/// Counts the attempt first, so a crash mid-check still uses one up.
pub fn check(tx: &Transaction, token: &[u8], code: &str) -> StoreResult<CodeCheck> {
    let token_hash = hash_code(token, "");
    let row = tx
        .query_row(
            "SELECT phone, code_hash, expires_at, attempts, used FROM login_challenges WHERE token_hash = ?1",
            [&token_hash],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<Vec<u8>>>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, bool>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((phone, code_hash, expires_at, attempts, used)) = row else {
        return Ok(CodeCheck::Expired);
    };
    if used || expires_at <= now() {
        return Ok(CodeCheck::Expired);
    }
    if attempts >= MAX_ATTEMPTS {
        return Ok(CodeCheck::TooManyAttempts);
    }
    tx.execute(
        "UPDATE login_challenges SET attempts = attempts + 1 WHERE token_hash = ?1",
        [&token_hash],
    )?;
    let matches = code_hash.is_some_and(|h| bool::from(h.ct_eq(&hash_code(token, code))));
    if matches {
        tx.execute(
            "UPDATE login_challenges SET used = 1 WHERE token_hash = ?1",
            [&token_hash],
        )?;
        return Ok(CodeCheck::Accepted { phone });
    }
    let attempts_left = MAX_ATTEMPTS - attempts - 1;
    Ok(if attempts_left == 0 {
        CodeCheck::TooManyAttempts
    } else {
        CodeCheck::Wrong { attempts_left }
    })
}

pub fn delete_expired(conn: &Connection) -> StoreResult<usize> {
    Ok(conn.execute(
        "DELETE FROM login_challenges WHERE expires_at <= ?1",
        [now() - 86_400],
    )?)
}

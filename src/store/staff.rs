//! Staff accounts: lookup by username for sign-in, creation for setup and the demo.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreResult;
use crate::domain::role::Role;

#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: i64,
    pub establishment_id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<StaffMember> {
    let role: String = r.get(4)?;
    Ok(StaffMember {
        id: r.get(0)?,
        establishment_id: r.get(1)?,
        username: r.get(2)?,
        display_name: r.get(3)?,
        // The CHECK constraint keeps unknown roles out of the table.
        role: Role::parse(&role).unwrap_or(Role::Teacher),
        password_hash: r.get(5)?,
    })
}

const COLUMNS: &str = "id, establishment_id, username, display_name, role, password_hash";

pub fn by_username(conn: &Connection, username: &str) -> StoreResult<Option<StaffMember>> {
    let sql = format!("SELECT {COLUMNS} FROM staff WHERE username = ?1");
    Ok(conn.query_row(&sql, [username], from_row).optional()?)
}

pub fn by_id(conn: &Connection, id: i64) -> StoreResult<Option<StaffMember>> {
    let sql = format!("SELECT {COLUMNS} FROM staff WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// Who may hold a meeting with a family, by name: the staff who read class lists.
pub fn meeting_hosts(conn: &Connection, establishment_id: i64) -> StoreResult<Vec<(i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, display_name FROM staff WHERE establishment_id = ?1
         AND role IN ('head', 'vie_scolaire', 'teacher') ORDER BY display_name, id",
    )?;
    let rows = stmt.query_map([establishment_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn insert(
    conn: &Connection,
    establishment_id: i64,
    username: &str,
    display_name: &str,
    role: Role,
    password_hash: &str,
) -> StoreResult<i64> {
    conn.execute(
        "INSERT INTO staff (establishment_id, username, display_name, role, password_hash)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            establishment_id,
            username,
            display_name,
            role.code(),
            password_hash
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

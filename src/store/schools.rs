//! Establishments and their classes.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreResult;

#[derive(Debug, Clone)]
pub struct Establishment {
    pub id: i64,
    pub uai: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct ClassSummary {
    pub id: i64,
    pub name: String,
    pub pupils: i64,
}

pub fn establishment(conn: &Connection, id: i64) -> StoreResult<Option<Establishment>> {
    Ok(conn
        .query_row(
            "SELECT id, uai, name FROM establishments WHERE id = ?1",
            [id],
            |r| {
                Ok(Establishment {
                    id: r.get(0)?,
                    uai: r.get(1)?,
                    name: r.get(2)?,
                })
            },
        )
        .optional()?)
}

pub fn establishment_id_by_uai(conn: &Connection, uai: &str) -> StoreResult<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM establishments WHERE uai = ?1", [uai], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn insert_establishment(conn: &Connection, uai: &str, name: &str) -> StoreResult<i64> {
    conn.execute(
        "INSERT INTO establishments (uai, name) VALUES (?1, ?2)",
        params![uai, name],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn classes_with_counts(
    conn: &Connection,
    establishment_id: i64,
) -> StoreResult<Vec<ClassSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.name, COUNT(p.id) FROM classes c LEFT JOIN pupils p ON p.class_id = c.id
         WHERE c.establishment_id = ?1 GROUP BY c.id",
    )?;
    let rows = stmt.query_map([establishment_id], |r| {
        Ok(ClassSummary {
            id: r.get(0)?,
            name: r.get(1)?,
            pupils: r.get(2)?,
        })
    })?;
    let mut classes: Vec<ClassSummary> = rows.collect::<Result<_, _>>()?;
    classes.sort_by_cached_key(|c| school_order(&c.name));
    Ok(classes)
}

/// Collège classes run from 6e down to 3e: a leading number sorts descending, then by name.
fn school_order(name: &str) -> (bool, std::cmp::Reverse<u32>, String) {
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    match digits.parse::<u32>() {
        Ok(level) => (false, std::cmp::Reverse(level), name.to_string()),
        Err(_) => (true, std::cmp::Reverse(0), name.to_string()),
    }
}

/// The class's name, only when it belongs to the establishment (so ids from another
/// establishment read as "not found").
pub fn class_name(
    conn: &Connection,
    establishment_id: i64,
    class_id: i64,
) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM classes WHERE id = ?1 AND establishment_id = ?2",
            [class_id, establishment_id],
            |r| r.get(0),
        )
        .optional()?)
}

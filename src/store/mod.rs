//! SQLite storage: the connection pool, migrations, and one module per aggregate.

pub mod absences;
pub mod actor;
pub mod audit;
pub mod calendars;
pub mod calls;
pub mod evenings;
pub mod families;
pub mod import;
pub mod login;
pub mod meetings;
pub mod outbox;
pub mod phones;
pub mod schools;
pub mod sessions;
pub mod staff;

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

pub type Pool = r2d2::Pool<SqliteConnectionManager>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("connection pool: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A background task or a computation around the store failed (join error, hashing).
    #[error("{0}")]
    Task(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Each migration once shipped is never edited: a change is a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_foundation.sql"),
    include_str!("migrations/002_delivery.sql"),
    include_str!("migrations/003_absences.sql"),
    include_str!("migrations/004_outbox_claim_index.sql"),
    include_str!("migrations/005_call_subject.sql"),
    include_str!("migrations/006_meetings.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this binary expects.
pub fn latest_version() -> usize {
    MIGRATIONS.len()
}

fn configure(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Opens (creating if needed) the database file and brings it to the latest schema.
pub fn open(path: &Path) -> StoreResult<Pool> {
    let manager = SqliteConnectionManager::file(path).with_init(configure);
    // No health check on checkout: a local file does not drop connections, and the check
    // cost a query per request.
    let pool = r2d2::Pool::builder()
        .max_size(16)
        .connection_timeout(std::time::Duration::from_secs(5))
        .test_on_check_out(false)
        .build(manager)?;
    migrate(&mut *pool.get()?)?;
    Ok(pool)
}

/// Applies every pending migration; returns the version before and after.
pub fn migrate(conn: &mut Connection) -> StoreResult<(usize, usize)> {
    let migrations = migrations();
    let before = usize::from(migrations.current_version(conn)?);
    migrations.to_latest(conn)?;
    Ok((before, usize::from(migrations.current_version(conn)?)))
}

/// Runs `work` in a `BEGIN IMMEDIATE` transaction: a write lock from the start, so
/// concurrent writers wait on busy_timeout instead of failing on upgrade.
pub fn write<T>(
    conn: &mut Connection,
    work: impl FnOnce(&rusqlite::Transaction) -> StoreResult<T>,
) -> StoreResult<T> {
    let tx = rusqlite::Transaction::new(conn, rusqlite::TransactionBehavior::Immediate)?;
    let value = work(&tx)?;
    tx.commit()?;
    Ok(value)
}

/// Seconds since the Unix epoch, the unit of every timestamp column.
/// A short reference for an SMS (see `domain::absence::reference`), from a random seed.
pub fn random_reference() -> String {
    let mut bytes = [0u8; 8];
    let seed =
        getrandom::fill(&mut bytes).map_or_else(|_| now() as u64, |()| u64::from_le_bytes(bytes));
    crate::domain::absence::reference(seed)
}

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

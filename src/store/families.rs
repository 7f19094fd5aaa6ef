//! Guardians, pupils and the links between them, as families and staff see them.

use rusqlite::{Connection, Transaction, params};

use super::StoreResult;
use crate::domain::locale::{Locale, ReadingLevel};
use crate::domain::preferences::{Channels, FamilyPreferences, QuietHours, Rhythm, TimeOfDay};

#[derive(Debug, Clone)]
pub struct Guardian {
    pub id: i64,
    pub establishment_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub mobile: Option<String>,
    pub landline: Option<String>,
    pub preferences: FamilyPreferences,
    /// The family's language as Carnet knows it (chosen, else from the school's
    /// records), at its reading level; `None` when nobody knows it yet.
    pub stored_locale: Option<Locale>,
}

#[derive(Debug, Clone)]
pub struct Child {
    pub pupil_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    pub establishment_name: String,
}

#[derive(Debug, Clone)]
pub struct RosterGuardian {
    pub name: String,
    pub relationship: Option<String>,
    pub legal: bool,
    pub receives_notices: bool,
    pub phone: Option<String>,
    pub language: Locale,
}

#[derive(Debug, Clone)]
pub struct RosterPupil {
    pub pupil_id: i64,
    pub name: String,
    pub guardians: Vec<RosterGuardian>,
}

fn preferences_from(r: &rusqlite::Row, at: usize) -> rusqlite::Result<FamilyPreferences> {
    let chosen: Option<String> = r.get(at)?;
    let home: Option<String> = r.get(at + 1)?;
    let language = chosen
        .or(home)
        .and_then(|c| Locale::parse(&c))
        .unwrap_or(Locale::Fr);
    let level: String = r.get(at + 2)?;
    let default_quiet = QuietHours::default();
    let time = |i: usize| -> rusqlite::Result<Option<TimeOfDay>> {
        Ok(TimeOfDay::from_minutes(r.get(i)?))
    };
    let rhythm: String = r.get(at + 8)?;
    Ok(FamilyPreferences {
        language: language.language(),
        reading_level: ReadingLevel::parse(&level).unwrap_or_default(),
        channels: Channels {
            web: r.get(at + 3)?,
            sms: r.get(at + 4)?,
            voice: r.get(at + 5)?,
        },
        quiet_hours: QuietHours {
            start: time(at + 6)?.unwrap_or(default_quiet.start),
            end: time(at + 7)?.unwrap_or(default_quiet.end),
        },
        rhythm: Rhythm::parse(&rhythm).unwrap_or_default(),
    })
}

fn stored_locale(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Option<Locale>> {
    let chosen: Option<String> = r.get(at)?;
    let home: Option<String> = r.get(at + 1)?;
    let level: String = r.get(at + 2)?;
    let level = ReadingLevel::parse(&level).unwrap_or_default();
    Ok(chosen
        .or(home)
        .and_then(|c| Locale::parse(&c))
        .map(|l| l.with_reading_level(level)))
}

const PREFERENCE_COLUMNS: &str = "chosen_language, home_language, reading_level, channel_web, channel_sms, \
     channel_voice, quiet_start, quiet_end, rhythm";

/// Every guardian row reachable at this number: one person may be a guardian in
/// several establishments, and sign-in is by phone.
pub fn guardians_with_phone(conn: &Connection, phone: &str) -> StoreResult<Vec<Guardian>> {
    let sql = format!(
        "SELECT id, establishment_id, first_name, last_name, mobile, landline, {PREFERENCE_COLUMNS}
         FROM guardians WHERE mobile = ?1 OR landline = ?1 ORDER BY id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([phone], guardian_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn guardian_from_row(r: &rusqlite::Row) -> rusqlite::Result<Guardian> {
    Ok(Guardian {
        id: r.get(0)?,
        establishment_id: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        mobile: r.get(4)?,
        landline: r.get(5)?,
        preferences: preferences_from(r, 6)?,
        stored_locale: stored_locale(r, 6)?,
    })
}

/// The guardians of a pupil who receive notices.
pub fn notice_recipients(conn: &Connection, pupil_id: i64) -> StoreResult<Vec<Guardian>> {
    let sql = format!(
        "SELECT g.id, g.establishment_id, g.first_name, g.last_name, g.mobile, g.landline, {PREFERENCE_COLUMNS}
         FROM guardians g JOIN guardian_pupils gp ON gp.guardian_id = g.id
         WHERE gp.pupil_id = ?1 AND gp.receives_notices = 1 ORDER BY g.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([pupil_id], guardian_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn children_of_phone(conn: &Connection, phone: &str) -> StoreResult<Vec<Child>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT p.id, p.first_name, p.last_name, c.name, e.name
         FROM guardians g
         JOIN guardian_pupils gp ON gp.guardian_id = g.id
         JOIN pupils p ON p.id = gp.pupil_id
         JOIN classes c ON c.id = p.class_id
         JOIN establishments e ON e.id = p.establishment_id
         WHERE g.mobile = ?1 OR g.landline = ?1
         ORDER BY p.first_name, p.id",
    )?;
    let rows = stmt.query_map([phone], |r| {
        Ok(Child {
            pupil_id: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            class_name: r.get(3)?,
            establishment_name: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Saves a family's choices on every guardian row of that phone: it is one person.
pub fn save_preferences(
    tx: &Transaction,
    phone: &str,
    prefs: &FamilyPreferences,
) -> StoreResult<usize> {
    Ok(tx.execute(
        "UPDATE guardians SET chosen_language = ?2, reading_level = ?3, channel_web = ?4,
         channel_sms = ?5, channel_voice = ?6, quiet_start = ?7, quiet_end = ?8, rhythm = ?9
         WHERE mobile = ?1 OR landline = ?1",
        params![
            phone,
            prefs.language.code(),
            prefs.reading_level.code(),
            prefs.channels.web,
            prefs.channels.sms,
            prefs.channels.voice,
            prefs.quiet_hours.start.minutes(),
            prefs.quiet_hours.end.minutes(),
            prefs.rhythm.code(),
        ],
    )?)
}

/// The phone-menu PIN hash of the person at this number, if they set one.
pub fn pin_hash(conn: &Connection, phone: &str) -> StoreResult<Option<String>> {
    Ok(conn.query_row(
        "SELECT MAX(pin_hash) FROM guardians WHERE mobile = ?1 OR landline = ?1",
        [phone],
        |r| r.get(0),
    )?)
}

pub fn set_pin_hash(conn: &Connection, phone: &str, hash: &str) -> StoreResult<usize> {
    Ok(conn.execute(
        "UPDATE guardians SET pin_hash = ?2 WHERE mobile = ?1 OR landline = ?1",
        params![phone, hash],
    )?)
}

/// A language picked from the switcher: language and reading level, nothing else.
pub fn save_locale(conn: &Connection, phone: &str, locale: Locale) -> StoreResult<usize> {
    Ok(conn.execute(
        "UPDATE guardians SET chosen_language = ?2, reading_level = ?3 WHERE mobile = ?1 OR landline = ?1",
        params![phone, locale.language().code(), locale.reading_level().code()],
    )?)
}

/// The pupils of a class with their guardians, for staff of that establishment.
pub fn class_roster(
    conn: &Connection,
    establishment_id: i64,
    class_id: i64,
) -> StoreResult<Vec<RosterPupil>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.id, p.first_name || ' ' || p.last_name, g.first_name || ' ' || g.last_name,
                gp.relationship, gp.legal_responsibility, gp.receives_notices,
                COALESCE(g.mobile, g.landline), {PREFERENCE_COLUMNS}
         FROM pupils p
         LEFT JOIN guardian_pupils gp ON gp.pupil_id = p.id
         LEFT JOIN guardians g ON g.id = gp.guardian_id
         WHERE p.class_id = ?1 AND p.establishment_id = ?2
         ORDER BY p.last_name, p.first_name, p.id, g.id"
    ))?;
    let mut rows = stmt.query(params![class_id, establishment_id])?;
    let mut roster: Vec<RosterPupil> = Vec::new();
    while let Some(r) = rows.next()? {
        let pupil_id: i64 = r.get(0)?;
        if roster.last().is_none_or(|p| p.pupil_id != pupil_id) {
            roster.push(RosterPupil {
                pupil_id,
                name: r.get(1)?,
                guardians: Vec::new(),
            });
        }
        if let Some(name) = r.get::<_, Option<String>>(2)? {
            let guardian = RosterGuardian {
                name,
                relationship: r.get(3)?,
                legal: r.get(4)?,
                receives_notices: r.get(5)?,
                phone: r.get(6)?,
                language: preferences_from(r, 7)?.language,
            };
            if let Some(pupil) = roster.last_mut() {
                pupil.guardians.push(guardian);
            }
        }
    }
    Ok(roster)
}

/// Every phone number on file with whose it is, for the demo's phone simulator.
pub fn phones_with_names(conn: &Connection) -> StoreResult<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT phone, MIN(name) FROM (
            SELECT mobile AS phone, first_name || ' ' || last_name AS name FROM guardians WHERE mobile IS NOT NULL
            UNION ALL
            SELECT landline, first_name || ' ' || last_name FROM guardians WHERE landline IS NOT NULL
         ) GROUP BY phone ORDER BY MIN(name)",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

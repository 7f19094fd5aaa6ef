//! The audit log: which staff member read or changed which family's data, shown to the family.

use rusqlite::{Connection, params};

use super::{StoreResult, now};
use crate::domain::role::Role;

/// What was done with a family's data, as stored in `audit_log.action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    ReadContacts,
    ChangedSettings,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::ReadContacts => "read_contacts",
            AuditAction::ChangedSettings => "changed_settings",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        [AuditAction::ReadContacts, AuditAction::ChangedSettings]
            .into_iter()
            .find(|a| a.code() == code)
    }
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub at: i64,
    pub action: AuditAction,
    /// `None` when the family itself acted.
    pub staff: Option<(String, Role)>,
}

/// Logs that a staff member read the contacts of every guardian of a class.
pub fn record_class_read(
    conn: &Connection,
    establishment_id: i64,
    staff_id: i64,
    class_id: i64,
) -> StoreResult<()> {
    conn.execute(
        "INSERT INTO audit_log (establishment_id, at, actor_staff_id, action, guardian_id, pupil_id)
         SELECT ?1, ?2, ?3, ?4, gp.guardian_id, gp.pupil_id
         FROM pupils p JOIN guardian_pupils gp ON gp.pupil_id = p.id
         WHERE p.class_id = ?5 AND p.establishment_id = ?1",
        params![establishment_id, now(), staff_id, AuditAction::ReadContacts.code(), class_id],
    )?;
    Ok(())
}

/// Logs a family's own change on each of its guardian rows.
pub fn record_family_change(
    conn: &Connection,
    phone: &str,
    action: AuditAction,
) -> StoreResult<()> {
    conn.execute(
        "INSERT INTO audit_log (establishment_id, at, actor_guardian_id, action, guardian_id)
         SELECT establishment_id, ?2, id, ?3, id FROM guardians WHERE mobile = ?1 OR landline = ?1",
        params![phone, now(), action.code()],
    )?;
    Ok(())
}

/// The latest entries about the guardians at this phone, one per distinct event.
pub fn entries_for_phone(
    conn: &Connection,
    phone: &str,
    limit: i64,
) -> StoreResult<Vec<AuditEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT a.at, a.action, s.display_name, s.role
         FROM audit_log a
         JOIN guardians g ON g.id = a.guardian_id
         LEFT JOIN staff s ON s.id = a.actor_staff_id
         WHERE g.mobile = ?1 OR g.landline = ?1
         ORDER BY a.at DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![phone, limit], |r| {
        let action: String = r.get(1)?;
        let name: Option<String> = r.get(2)?;
        let role: Option<String> = r.get(3)?;
        Ok((r.get::<_, i64>(0)?, action, name.zip(role)))
    })?;
    let mut entries = Vec::new();
    for row in rows {
        let (at, action, staff) = row?;
        let Some(action) = AuditAction::parse(&action) else {
            continue;
        };
        let staff = staff.and_then(|(name, role)| Role::parse(&role).map(|role| (name, role)));
        entries.push(AuditEntry { at, action, staff });
    }
    Ok(entries)
}

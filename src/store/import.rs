//! Applies parsed import rows in one transaction, counting what changed.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::StoreResult;
use crate::domain::csv_import::{GuardianRow, ImportRow};

/// How many rows of each kind an import created or updated.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub establishments_created: u64,
    pub classes_created: u64,
    pub pupils_created: u64,
    pub pupils_updated: u64,
    pub guardians_created: u64,
    pub guardians_updated: u64,
    pub links_created: u64,
    pub links_updated: u64,
}

impl ImportSummary {
    pub fn changes(&self) -> u64 {
        self.establishments_created
            + self.classes_created
            + self.pupils_created
            + self.pupils_updated
            + self.guardians_created
            + self.guardians_updated
            + self.links_created
            + self.links_updated
    }
}

/// Writes all rows or none; with `dry_run` the transaction is rolled back after counting.
pub fn apply(
    conn: &mut Connection,
    rows: &[ImportRow],
    dry_run: bool,
    mut progress: impl FnMut(u64),
) -> StoreResult<ImportSummary> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let mut summary = ImportSummary::default();
    for (done, row) in rows.iter().enumerate() {
        apply_row(&tx, row, &mut summary)?;
        progress(done as u64 + 1);
    }
    if dry_run {
        tx.rollback()?
    } else {
        tx.commit()?
    }
    Ok(summary)
}

fn apply_row(tx: &Transaction, row: &ImportRow, summary: &mut ImportSummary) -> StoreResult<()> {
    let establishment_id = establishment(tx, row, summary)?;
    let class_id = class(tx, establishment_id, &row.class_name, summary)?;
    let pupil_id = pupil(tx, establishment_id, class_id, row, summary)?;
    if let Some(guardian_row) = &row.guardian {
        let guardian_id = guardian(tx, establishment_id, guardian_row, summary)?;
        link(tx, guardian_id, pupil_id, guardian_row, summary)?;
    }
    Ok(())
}

fn establishment(
    tx: &Transaction,
    row: &ImportRow,
    summary: &mut ImportSummary,
) -> StoreResult<i64> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM establishments WHERE uai = ?1",
            [row.uai.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let name = row
        .establishment_name
        .as_deref()
        .unwrap_or(row.uai.as_str());
    tx.execute(
        "INSERT INTO establishments (uai, name) VALUES (?1, ?2)",
        params![row.uai.as_str(), name],
    )?;
    summary.establishments_created += 1;
    Ok(tx.last_insert_rowid())
}

fn class(
    tx: &Transaction,
    establishment_id: i64,
    name: &str,
    summary: &mut ImportSummary,
) -> StoreResult<i64> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM classes WHERE establishment_id = ?1 AND name = ?2",
            params![establishment_id, name],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO classes (establishment_id, name) VALUES (?1, ?2)",
        params![establishment_id, name],
    )?;
    summary.classes_created += 1;
    Ok(tx.last_insert_rowid())
}

fn pupil(
    tx: &Transaction,
    establishment_id: i64,
    class_id: i64,
    row: &ImportRow,
    summary: &mut ImportSummary,
) -> StoreResult<i64> {
    let existing: Option<(i64, i64, String, String)> = tx
        .query_row(
            "SELECT id, class_id, last_name, first_name FROM pupils WHERE establishment_id = ?1 AND external_id = ?2",
            params![establishment_id, row.pupil_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    match existing {
        Some((id, old_class, last, first)) => {
            if (old_class, last.as_str(), first.as_str())
                != (
                    class_id,
                    row.pupil_last_name.as_str(),
                    row.pupil_first_name.as_str(),
                )
            {
                tx.execute(
                    "UPDATE pupils SET class_id = ?2, last_name = ?3, first_name = ?4 WHERE id = ?1",
                    params![id, class_id, row.pupil_last_name, row.pupil_first_name],
                )?;
                summary.pupils_updated += 1;
            }
            Ok(id)
        }
        None => {
            tx.execute(
                "INSERT INTO pupils (establishment_id, class_id, external_id, last_name, first_name)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![establishment_id, class_id, row.pupil_id, row.pupil_last_name, row.pupil_first_name],
            )?;
            summary.pupils_created += 1;
            Ok(tx.last_insert_rowid())
        }
    }
}

/// Only identity and contact columns are written: the family's own choices stay.
fn guardian(
    tx: &Transaction,
    establishment_id: i64,
    g: &GuardianRow,
    summary: &mut ImportSummary,
) -> StoreResult<i64> {
    let mobile = g.mobile.as_ref().map(|p| p.as_str());
    let landline = g.landline.as_ref().map(|p| p.as_str());
    let language = g.home_language.map(|l| l.code());
    type Stored = (
        i64,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let existing: Option<Stored> = tx
        .query_row(
            "SELECT id, last_name, first_name, mobile, landline, home_language FROM guardians
             WHERE establishment_id = ?1 AND external_id = ?2",
            params![establishment_id, g.external_id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .optional()?;
    match existing {
        Some((id, last, first, old_mobile, old_landline, old_language)) => {
            let unchanged = last == g.last_name
                && first == g.first_name
                && old_mobile.as_deref() == mobile
                && old_landline.as_deref() == landline
                && old_language.as_deref() == language;
            if !unchanged {
                tx.execute(
                    "UPDATE guardians SET last_name = ?2, first_name = ?3, mobile = ?4, landline = ?5,
                     home_language = ?6 WHERE id = ?1",
                    params![id, g.last_name, g.first_name, mobile, landline, language],
                )?;
                summary.guardians_updated += 1;
            }
            Ok(id)
        }
        None => {
            tx.execute(
                "INSERT INTO guardians (establishment_id, external_id, last_name, first_name, mobile, landline, home_language)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![establishment_id, g.external_id, g.last_name, g.first_name, mobile, landline, language],
            )?;
            summary.guardians_created += 1;
            Ok(tx.last_insert_rowid())
        }
    }
}

fn link(
    tx: &Transaction,
    guardian_id: i64,
    pupil_id: i64,
    g: &GuardianRow,
    summary: &mut ImportSummary,
) -> StoreResult<()> {
    let existing: Option<(Option<String>, bool, bool)> = tx
        .query_row(
            "SELECT relationship, legal_responsibility, receives_notices FROM guardian_pupils
             WHERE guardian_id = ?1 AND pupil_id = ?2",
            params![guardian_id, pupil_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let wanted = (g.relationship.clone(), g.legal, g.receives_notices);
    match existing {
        Some(current) if current == wanted => {}
        Some(_) => {
            tx.execute(
                "UPDATE guardian_pupils SET relationship = ?3, legal_responsibility = ?4, receives_notices = ?5
                 WHERE guardian_id = ?1 AND pupil_id = ?2",
                params![guardian_id, pupil_id, g.relationship, g.legal, g.receives_notices],
            )?;
            summary.links_updated += 1;
        }
        None => {
            tx.execute(
                "INSERT INTO guardian_pupils (guardian_id, pupil_id, relationship, legal_responsibility, receives_notices)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![guardian_id, pupil_id, g.relationship, g.legal, g.receives_notices],
            )?;
            summary.links_created += 1;
        }
    }
    Ok(())
}

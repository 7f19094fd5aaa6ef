//! Telling families about absences once the hold window ends: one notice per pupil and day.

use rusqlite::Connection;

use super::family_notice;
use crate::domain::notice::Notice;
use crate::i18n::Catalogs;
use crate::store::{StoreResult, absences, write};

/// Signals what is due at `at` and queues the notices in the same transaction.
/// Returns how many pupil-days were signalled.
pub fn signal_due_absences(
    conn: &mut Connection,
    catalogs: &Catalogs,
    at: i64,
) -> StoreResult<usize> {
    write(conn, |tx| {
        let due = absences::signal_due(tx, at)?;
        for notice in &due {
            let queued = family_notice::send(
                tx,
                catalogs,
                notice.establishment_id,
                notice.pupil_id,
                &notice.first_name,
                false,
                |_, _, first| Notice::absence(first, notice.half_day, &notice.reference),
            )?;
            for delivery in queued {
                absences::link_delivery(tx, &notice.absence_ids, delivery)?;
            }
        }
        Ok(due.len())
    })
}

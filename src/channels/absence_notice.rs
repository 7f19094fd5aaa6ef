//! Telling families about absences once the hold window ends: one notice per pupil and day,
//! to every guardian who receives notices, on the channels they chose.

use rusqlite::Connection;

use super::render;
use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::domain::sms_segments::gsm7_name;
use crate::i18n::Catalogs;
use crate::store::outbox::{self, Channel, NewDelivery};
use crate::store::{StoreResult, absences, families, phones, write};

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
            for guardian in families::notice_recipients(tx, notice.pupil_id)? {
                let prefs = &guardian.preferences;
                let locale = guardian.stored_locale.unwrap_or(prefs.locale());
                // Arabic, Ukrainian and Turkish texts go out in UCS-2 anyway; elsewhere a name
                // with a letter GSM-7 lacks would double the cost of the whole message.
                let first_name = match locale {
                    Locale::Ar | Locale::Uk | Locale::Tr => notice.first_name.clone(),
                    _ => gsm7_name(&notice.first_name),
                };
                let message = Notice::absence(&first_name, notice.half_day, &notice.reference);
                let mobile = guardian.mobile.as_deref();
                let mut sends: Vec<(Channel, &str)> = Vec::new();
                if let Some(mobile) = mobile.filter(|_| prefs.channels.sms)
                    && !phones::status(tx, mobile)?.sms_opted_out
                {
                    sends.push((Channel::Sms, mobile));
                }
                // A voice call when chosen, or when no SMS can reach the family.
                if (prefs.channels.voice || sends.is_empty())
                    && let Some(phone) = guardian.landline.as_deref().or(mobile)
                {
                    sends.push((Channel::Voice, phone));
                }
                for (channel, phone) in sends {
                    let body = render(catalogs, locale, channel, &message);
                    let id = outbox::enqueue(
                        tx,
                        &NewDelivery {
                            establishment_id: Some(notice.establishment_id),
                            guardian_id: Some(guardian.id),
                            channel,
                            to_phone: phone,
                            body: &body,
                            locale: locale.code(),
                            urgent: false,
                            quiet_hours: Some(prefs.quiet_hours),
                            confirms_opt_out: false,
                        },
                    )?;
                    absences::link_delivery(tx, &notice.absence_ids, id)?;
                }
            }
        }
        Ok(due.len())
    })
}

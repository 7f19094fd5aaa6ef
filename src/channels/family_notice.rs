//! One notice to every guardian of a pupil who receives notices, on the channels each chose.

use rusqlite::Connection;

use super::render;
use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::domain::sms_segments::gsm7_name;
use crate::i18n::Catalogs;
use crate::store::outbox::{self, Channel, NewDelivery};
use crate::store::{StoreResult, families, phones};

/// A pupil's first name as an SMS in `locale` carries it: Arabic, Ukrainian and Turkish go
/// out in UCS-2 anyway; elsewhere a letter GSM-7 lacks would double the whole message.
pub fn first_name_for(locale: Locale, first_name: &str) -> String {
    match locale {
        Locale::Ar | Locale::Uk | Locale::Tr => first_name.to_string(),
        _ => gsm7_name(first_name),
    }
}

/// Queues `notice` (built per locale and channel, from the first name as that locale carries
/// it) to the guardians of `pupil_id`, respecting their quiet hours unless `urgent`.
/// Returns the deliveries queued.
pub fn send(
    tx: &Connection,
    catalogs: &Catalogs,
    establishment_id: i64,
    pupil_id: i64,
    first_name: &str,
    urgent: bool,
    notice: impl Fn(Locale, Channel, &str) -> Notice,
) -> StoreResult<Vec<i64>> {
    let mut queued = Vec::new();
    for guardian in families::notice_recipients(tx, pupil_id)? {
        let prefs = &guardian.preferences;
        let locale = guardian.stored_locale.unwrap_or(prefs.locale());
        let first = first_name_for(locale, first_name);
        let mobile = guardian.mobile.as_deref();
        let mut sends: Vec<(Channel, &str)> = Vec::new();
        if let Some(mobile) = mobile.filter(|_| prefs.channels.sms)
            && !phones::status(tx, mobile)?.sms_opted_out
        {
            sends.push((Channel::Sms, mobile));
        }
        if (prefs.channels.voice || sends.is_empty())
            && let Some(phone) = guardian.landline.as_deref().or(mobile)
        {
            sends.push((Channel::Voice, phone));
        }
        for (channel, phone) in sends {
            let body = render(catalogs, locale, channel, &notice(locale, channel, &first));
            queued.push(outbox::enqueue(
                tx,
                &NewDelivery {
                    establishment_id: Some(establishment_id),
                    guardian_id: Some(guardian.id),
                    channel,
                    to_phone: phone,
                    body: &body,
                    locale: locale.code(),
                    urgent,
                    quiet_hours: (!urgent).then_some(prefs.quiet_hours),
                    confirms_opt_out: false,
                },
            )?);
        }
    }
    Ok(queued)
}

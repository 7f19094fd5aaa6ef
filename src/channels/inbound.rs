//! What happens when a phone writes to Carnet: the text is stored and answered.

use rusqlite::Connection;

use super::render;
use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::i18n::Catalogs;
use crate::store::outbox::{self, Channel};
use crate::store::{StoreResult, families, write};

/// Records an incoming SMS and queues the answer in the same transaction. Until reply
/// flows exist every text from a known number gets help in the guardian's language.
pub fn receive_sms(conn: &mut Connection, catalogs: &Catalogs, from: &str, body: &str) -> StoreResult<()> {
    write(conn, |tx| {
        outbox::record_inbound(tx, from, Channel::Sms, body)?;
        let guardians = families::guardians_with_phone(tx, from)?;
        let (notice, locale, establishment) = match guardians.first() {
            Some(g) => (Notice::reply_help(), g.preferences.locale(), Some(g.establishment_id)),
            None => (Notice::reply_unknown_number(), Locale::Fr, None),
        };
        let text = render(catalogs, locale, Channel::Sms, &notice);
        outbox::enqueue(tx, establishment, Channel::Sms, from, &text, locale.code())?;
        Ok(())
    })
}

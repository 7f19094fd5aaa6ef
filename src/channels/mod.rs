//! Channels render notices (SMS text, voice script) and hand messages to a provider.

pub mod console;
pub mod inbound;
pub mod signature;

use fluent_bundle::FluentArgs;

use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::i18n::Catalogs;
use crate::store::outbox::{Channel, QueuedMessage};

/// The notice as the channel says it: the message's `.sms` or `.voice` attribute,
/// without bidi isolation marks.
pub fn render(catalogs: &Catalogs, locale: Locale, channel: Channel, notice: &Notice) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &notice.args {
        args.set(*name, value.clone());
    }
    catalogs.plain(locale).attr(notice.message, channel.code(), Some(&args))
}

/// Where messages leave Carnet. The console provider stands in until a real one is set.
pub trait Provider: Send + Sync {
    fn deliver(&self, message: &QueuedMessage) -> Result<(), String>;
}

//! Channels render notices (SMS text, voice script) and hand deliveries to a provider.

pub mod absence_notice;
pub mod absence_reply;
pub mod console;
pub mod family_notice;
pub mod inbound;
pub mod meeting_notice;
pub mod meeting_reply;
pub mod menu;
pub mod pacing;
pub mod signature;
pub mod twilio;
pub mod twiml;
pub mod voice;
pub mod voice_news;

use std::future::Future;

use fluent_bundle::FluentArgs;

use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::domain::sms_segments::normalise;
use crate::i18n::Catalogs;
use crate::store::outbox::{Channel, Delivery};

/// The notice as the channel says it: the message's `.sms` or `.voice` attribute.
pub fn render(catalogs: &Catalogs, locale: Locale, channel: Channel, notice: &Notice) -> String {
    render_message(catalogs, locale, channel, notice.message, &notice.args)
}

/// A message's `.sms` or `.voice` text without bidi isolation marks; SMS text is
/// normalised so it stays in GSM-7 when it can.
pub fn render_message(
    catalogs: &Catalogs,
    locale: Locale,
    channel: Channel,
    id: &str,
    args: &[(&str, String)],
) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let text = catalogs
        .plain(locale)
        .attr(id, channel.code(), Some(&fluent_args));
    match channel {
        Channel::Sms => normalise(&text),
        Channel::Voice => text,
    }
}

/// What the provider answered for an accepted delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub provider_sid: String,
    pub sender: String,
}

/// Why a delivery did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Timeouts, 429 and 5xx: try again later (after `after_seconds` when the provider said).
    Retry {
        reason: String,
        after_seconds: Option<i64>,
    },
    /// The provider refused for good; `number` says what is wrong with the number, if anything.
    Permanent {
        reason: String,
        number: Option<&'static str>,
    },
}

/// Where deliveries leave Carnet.
pub trait Provider: Send + Sync + 'static {
    /// The senders this provider may use (numbers or services), each paced on its own.
    fn senders(&self) -> Vec<String>;
    fn send(
        &self,
        delivery: &Delivery,
        sender: &str,
    ) -> impl Future<Output = Result<Sent, SendError>> + Send;
}

/// The provider chosen at start: Twilio (or a compatible API) when configured, else the console.
pub enum AnyProvider {
    Console(console::ConsoleProvider),
    Twilio(twilio::TwilioClient),
}

impl Provider for AnyProvider {
    fn senders(&self) -> Vec<String> {
        match self {
            AnyProvider::Console(p) => p.senders(),
            AnyProvider::Twilio(p) => p.senders(),
        }
    }

    async fn send(&self, delivery: &Delivery, sender: &str) -> Result<Sent, SendError> {
        match self {
            AnyProvider::Console(p) => p.send(delivery, sender).await,
            AnyProvider::Twilio(p) => p.send(delivery, sender).await,
        }
    }
}

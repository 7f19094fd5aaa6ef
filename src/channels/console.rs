//! The console provider: messages stay in the outbox for the simulator and the log.

use super::Provider;
use crate::domain::phone::PhoneNumber;
use crate::store::outbox::QueuedMessage;

pub struct ConsoleProvider {
    /// Only the demo may write numbers and message text (codes!) to the log.
    pub demo: bool,
}

impl Provider for ConsoleProvider {
    fn deliver(&self, message: &QueuedMessage) -> Result<(), String> {
        if self.demo {
            tracing::info!(to = %message.to_phone, channel = message.channel.code(), body = %message.body, "demo phone message");
        } else {
            let masked = PhoneNumber::parse(&message.to_phone).map(|p| p.masked()).unwrap_or_default();
            tracing::info!(to = %masked, channel = message.channel.code(), chars = message.body.chars().count(), "message handed to the console provider");
        }
        Ok(())
    }
}

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

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::store::outbox::Channel;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged(demo: bool) -> String {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt().with_writer(move || writer.clone()).with_ansi(false).finish();
        let message = QueuedMessage { id: 1, channel: Channel::Sms, to_phone: "+33639980001".into(), body: "Carnet : votre code est 482913.".into() };
        tracing::subscriber::with_default(subscriber, || ConsoleProvider { demo }.deliver(&message)).unwrap();
        let bytes = captured.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn outside_the_demo_no_code_or_number_reaches_the_log() {
        let log = logged(false);
        assert!(!log.contains("482913") && !log.contains("639980001"), "{log}");
        assert!(log.contains("01"), "the masked tail is enough to follow a case: {log}");
        let demo = logged(true);
        assert!(demo.contains("482913") && demo.contains("+33639980001"), "{demo}");
    }
}

//! The console provider: deliveries stay in the outbox for the simulator and the log.

use super::{Provider, SendError, Sent};
use crate::domain::phone::PhoneNumber;
use crate::store::outbox::Delivery;

pub struct ConsoleProvider {
    /// Only the demo may write numbers and message text (codes!) to the log.
    pub demo: bool,
}

impl Provider for ConsoleProvider {
    fn senders(&self) -> Vec<String> {
        vec!["console".to_string()]
    }

    async fn send(&self, delivery: &Delivery, sender: &str) -> Result<Sent, SendError> {
        if self.demo {
            tracing::info!(to = %delivery.to_phone, channel = delivery.channel.code(), body = %delivery.body, "demo phone message");
        } else {
            let masked = PhoneNumber::parse(&delivery.to_phone)
                .map(|p| p.masked())
                .unwrap_or_default();
            tracing::info!(to = %masked, channel = delivery.channel.code(), chars = delivery.body.chars().count(), "message handed to the console provider");
        }
        Ok(Sent {
            provider_sid: format!("console-{}", delivery.id),
            sender: sender.to_string(),
        })
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
            self.0
                .lock()
                .map_err(|_| std::io::Error::other("poisoned"))?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged(demo: bool) -> String {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let delivery = Delivery {
            id: 1,
            channel: Channel::Sms,
            to_phone: "+33639980001".into(),
            body: "Carnet : votre code est 482913.".into(),
            locale: "fr".into(),
            attempts: 0,
            quiet_hours: None,
            confirms_opt_out: false,
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        tracing::subscriber::with_default(subscriber, || {
            runtime.block_on(ConsoleProvider { demo }.send(&delivery, "console"))
        })
        .unwrap();
        let bytes = captured.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn outside_the_demo_no_code_or_number_reaches_the_log() {
        let log = logged(false);
        assert!(
            !log.contains("482913") && !log.contains("639980001"),
            "{log}"
        );
        assert!(
            log.contains("01"),
            "the masked tail is enough to follow a case: {log}"
        );
        let demo = logged(true);
        assert!(
            demo.contains("482913") && demo.contains("+33639980001"),
            "{demo}"
        );
    }
}

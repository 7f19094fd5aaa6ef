//! A small Twilio-compatible REST client: Messages.json and Calls.json, errors classified.

use std::time::Duration;

use serde::Deserialize;

use super::{Provider, SendError, Sent};
use crate::store::outbox::{Channel, Delivery};

/// Twilio (or SignalWire, Telnyx TeXML...) account settings.
#[derive(Debug, Clone)]
pub struct TwilioSettings {
    /// `https://api.twilio.com` or a compatible provider's API host.
    pub base_url: String,
    pub account_sid: String,
    pub auth_token: String,
    /// Numbers to send from; calls use the first.
    pub from: Vec<String>,
    pub messaging_service_sid: Option<String>,
    /// Where the provider calls back (status, voice), without a trailing slash.
    pub public_url: String,
}

pub struct TwilioClient {
    http: reqwest::Client,
    settings: TwilioSettings,
}

#[derive(Deserialize)]
struct Created {
    sid: String,
}

#[derive(Deserialize)]
struct ApiError {
    code: Option<u32>,
    message: Option<String>,
}

/// Twilio error codes that say the number itself cannot be reached this way.
fn number_failure(code: u32) -> Option<&'static str> {
    match code {
        21211 | 21217 | 21401 | 21407 => Some("invalid"),
        21610 => Some("unsubscribed"),
        21612 | 21408 => Some("unreachable"),
        21614 => Some("not_mobile"),
        _ => None,
    }
}

/// Turns a provider answer into a sid or a classified error.
pub fn classify(status: u16, body: &str, retry_after: Option<&str>) -> Result<String, SendError> {
    if (200..300).contains(&status) {
        return serde_json::from_str::<Created>(body)
            .map(|c| c.sid)
            .map_err(|_| SendError::Retry {
                reason: format!("{status} without a sid"),
                after_seconds: None,
            });
    }
    let error: Option<ApiError> = serde_json::from_str(body).ok();
    let code = error.as_ref().and_then(|e| e.code);
    let message = error.and_then(|e| e.message).unwrap_or_default();
    let reason = format!(
        "{status} {}{message}",
        code.map(|c| format!("{c} ")).unwrap_or_default()
    );
    // Credentials or account trouble is the school's to fix; keep the message for later.
    if status == 429 || status >= 500 || status == 401 || status == 403 || code == Some(20429) {
        let after_seconds = retry_after.and_then(|v| v.trim().parse().ok());
        return Err(SendError::Retry {
            reason,
            after_seconds,
        });
    }
    Err(SendError::Permanent {
        reason,
        number: code.and_then(number_failure),
    })
}

impl TwilioClient {
    pub fn new(settings: TwilioSettings) -> Result<Self, String> {
        // Several clients may be built (tests); only the first install counts.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Self { http, settings })
    }

    fn url(&self, resource: &str) -> String {
        format!(
            "{}/2010-04-01/Accounts/{}/{resource}.json",
            self.settings.base_url.trim_end_matches('/'),
            self.settings.account_sid
        )
    }

    async fn post(&self, resource: &str, form: &[(&str, String)]) -> Result<String, SendError> {
        let response = self
            .http
            .post(self.url(resource))
            .basic_auth(&self.settings.account_sid, Some(&self.settings.auth_token))
            .form(form)
            .send()
            .await
            .map_err(|e| SendError::Retry {
                reason: format!("transport: {e}"),
                after_seconds: None,
            })?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let body = response.text().await.unwrap_or_default();
        classify(status, &body, retry_after.as_deref())
    }

    fn status_callback(&self) -> String {
        format!("{}/twilio/status", self.settings.public_url)
    }

    /// The form of a Messages.json request, as the tests and the mock see it.
    pub fn message_form(&self, to: &str, sender: &str, body: &str) -> Vec<(&'static str, String)> {
        let from_field = if sender.starts_with("MG") {
            "MessagingServiceSid"
        } else {
            "From"
        };
        vec![
            ("To", to.to_string()),
            (from_field, sender.to_string()),
            ("Body", body.to_string()),
            ("StatusCallback", self.status_callback()),
        ]
    }

    /// The form of a Calls.json request: the call fetches its script from Carnet.
    pub fn call_form(
        &self,
        to: &str,
        delivery_id: i64,
    ) -> Result<Vec<(&'static str, String)>, SendError> {
        let from = self
            .settings
            .from
            .first()
            .ok_or_else(|| SendError::Permanent {
                reason: "no --twilio-from number to call from".into(),
                number: None,
            })?;
        Ok(vec![
            ("To", to.to_string()),
            ("From", from.clone()),
            (
                "Url",
                format!(
                    "{}/twilio/voice/outbound?delivery={delivery_id}",
                    self.settings.public_url
                ),
            ),
            ("Method", "POST".to_string()),
            ("StatusCallback", self.status_callback()),
        ])
    }
}

impl Provider for TwilioClient {
    fn senders(&self) -> Vec<String> {
        match &self.settings.messaging_service_sid {
            Some(service) => vec![service.clone()],
            None if self.settings.from.is_empty() => vec![String::new()],
            None => self.settings.from.clone(),
        }
    }

    async fn send(&self, delivery: &Delivery, sender: &str) -> Result<Sent, SendError> {
        let (resource, form) = match delivery.channel {
            Channel::Sms => (
                "Messages",
                self.message_form(&delivery.to_phone, sender, &delivery.body),
            ),
            Channel::Voice => ("Calls", self.call_form(&delivery.to_phone, delivery.id)?),
        };
        let sender = form
            .iter()
            .find(|(k, _)| matches!(*k, "From" | "MessagingServiceSid"))
            .map(|(_, v)| v.clone());
        let provider_sid = self.post(resource, &form).await?;
        Ok(Sent {
            provider_sid,
            sender: sender.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_provider_answers() {
        assert_eq!(
            classify(201, r#"{"sid":"SM123","status":"queued"}"#, None),
            Ok("SM123".into())
        );
        assert!(matches!(
            classify(201, "not json", None),
            Err(SendError::Retry { .. })
        ));
        assert_eq!(
            classify(
                429,
                r#"{"code":20429,"message":"Too Many Requests"}"#,
                Some("7")
            ),
            Err(SendError::Retry {
                reason: "429 20429 Too Many Requests".into(),
                after_seconds: Some(7)
            })
        );
        assert!(matches!(
            classify(503, "", None),
            Err(SendError::Retry {
                after_seconds: None,
                ..
            })
        ));
        assert!(matches!(
            classify(401, "", None),
            Err(SendError::Retry { .. })
        ));
        assert_eq!(
            classify(
                400,
                r#"{"code":21211,"message":"Invalid 'To' Phone Number"}"#,
                None
            ),
            Err(SendError::Permanent {
                reason: "400 21211 Invalid 'To' Phone Number".into(),
                number: Some("invalid")
            })
        );
        assert!(matches!(
            classify(400, r#"{"code":21610}"#, None),
            Err(SendError::Permanent {
                number: Some("unsubscribed"),
                ..
            })
        ));
        assert!(matches!(
            classify(400, r#"{"code":21614}"#, None),
            Err(SendError::Permanent {
                number: Some("not_mobile"),
                ..
            })
        ));
        assert!(matches!(
            classify(400, r#"{"code":21602}"#, None),
            Err(SendError::Permanent { number: None, .. })
        ));
    }
}

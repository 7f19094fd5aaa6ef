//! Twilio webhooks: every request's signature is checked before anything is read.

pub mod sms;
pub mod status;
pub mod voice;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::AppError;
use crate::AppState;
use crate::channels::signature;
use crate::domain::phone::PhoneNumber;

/// The form parameters of a webhook whose `X-Twilio-Signature` matched.
pub struct TwilioForm {
    pub params: Vec<(String, String)>,
    /// The query string, part of the signed URL (e.g. `delivery=12`).
    pub query: Vec<(String, String)>,
}

impl TwilioForm {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The caller's number, parsed; webhooks without one are refused.
    pub fn from_phone(&self) -> Result<PhoneNumber, AppError> {
        self.get("From")
            .and_then(|f| PhoneNumber::parse(f).ok())
            .ok_or_else(AppError::bad_request)
    }
}

impl FromRequest<AppState> for TwilioForm {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(twilio) = &state.config.twilio else {
            return Err(AppError::forbidden());
        };
        let path_and_query = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default();
        let query = req
            .uri()
            .query()
            .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
            .unwrap_or_default();
        let header = req
            .headers()
            .get("x-twilio-signature")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::payload_too_large())?;
        let params: Vec<(String, String)> = if is_form {
            form_urlencoded::parse(&bytes).into_owned().collect()
        } else {
            Vec::new()
        };
        // The URL exactly as Twilio called it: the configured public URL, never the Host header.
        let url = format!("{}{path_and_query}", state.config.public_url);
        if !is_form || !signature::is_valid(&twilio.auth_token, &url, &params, &header) {
            return Err(AppError::forbidden());
        }
        Ok(Self { params, query })
    }
}

/// A TwiML document as an HTTP response.
pub fn twiml(document: String) -> Response {
    (
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        document,
    )
        .into_response()
}

//! `FormData`: a urlencoded body read by hand, so every bad form gets our own answer.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};

use super::error::AppError;

pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// The fields of a submitted form; unknown fields are ignored, repeated ones kept.
#[derive(Debug, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        Self(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value of a field, trimmed; `None` when absent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    }

    /// The first value, or an empty string.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").to_string()
    }

    /// Every value of a repeated field (a group of checkboxes).
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    /// Whether a checkbox with this name was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::bad_request());
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::payload_too_large())?;
        if std::str::from_utf8(&bytes).is_err() {
            return Err(AppError::bad_request());
        }
        Ok(Self::parse(&bytes))
    }
}

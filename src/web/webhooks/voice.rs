//! `POST /twilio/voice`, `/voice/gather` and `/voice/outbound`: a call in, keys pressed, a call answered.

use axum::extract::State;
use axum::response::Response;

use super::{TwilioForm, twiml};
use crate::AppState;
use crate::web::error::AppError;

fn call_sid(form: &TwilioForm) -> Result<String, AppError> {
    form.get("CallSid")
        .filter(|s| !s.is_empty() && s.len() <= 64)
        .map(String::from)
        .ok_or_else(AppError::bad_request)
}

/// Keys as Twilio sends them: digits, `*` and `#` only, and not too many.
pub fn keys(form: &TwilioForm) -> Result<Option<String>, AppError> {
    match form.get("Digits") {
        None | Some("") => Ok(None),
        Some(d)
            if d.len() <= 16
                && d.chars()
                    .all(|c| c.is_ascii_digit() || c == '*' || c == '#') =>
        {
            Ok(Some(d.to_string()))
        }
        Some(_) => Err(AppError::bad_request()),
    }
}

pub async fn incoming(
    State(state): State<AppState>,
    form: TwilioForm,
) -> Result<Response, AppError> {
    let (sid, from) = (call_sid(&form)?, form.from_phone()?.as_str().to_string());
    let document = state
        .voice(move |voice, tx| voice.incoming(tx, &sid, &from))
        .await?;
    Ok(twiml(document))
}

pub async fn gather(State(state): State<AppState>, form: TwilioForm) -> Result<Response, AppError> {
    let (sid, digits) = (call_sid(&form)?, keys(&form)?);
    let document = state
        .voice(move |voice, tx| voice.gather(tx, &sid, digits.as_deref()))
        .await?;
    Ok(twiml(document))
}

pub async fn outbound(
    State(state): State<AppState>,
    form: TwilioForm,
) -> Result<Response, AppError> {
    let delivery: i64 = form
        .query("delivery")
        .and_then(|d| d.parse().ok())
        .ok_or_else(AppError::bad_request)?;
    let digits = keys(&form)?;
    let document = state
        .voice(move |voice, tx| voice.outbound(tx, delivery, digits.as_deref()))
        .await?;
    Ok(twiml(document))
}

//! `POST /twilio/status`: the provider reports what became of a message or call.

use axum::extract::State;
use axum::http::StatusCode;

use super::TwilioForm;
use crate::AppState;
use crate::store::outbox;
use crate::web::error::AppError;

pub async fn report(
    State(state): State<AppState>,
    form: TwilioForm,
) -> Result<StatusCode, AppError> {
    let sid = form
        .get("MessageSid")
        .or(form.get("CallSid"))
        .map(String::from)
        .ok_or_else(AppError::bad_request)?;
    let status = form
        .get("MessageStatus")
        .or(form.get("CallStatus"))
        .map(String::from)
        .ok_or_else(AppError::bad_request)?;
    let error = form
        .get("ErrorCode")
        .map(|code| format!("provider error {code}"));
    state
        .db(move |conn| outbox::apply_provider_status(conn, &sid, &status, error.as_deref()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

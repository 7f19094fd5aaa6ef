//! `POST /twilio/sms`: an SMS goes through the inbound pipeline; the answer leaves by the outbox.

use axum::extract::State;
use axum::response::Response;

use super::{TwilioForm, twiml};
use crate::AppState;
use crate::channels::inbound;
use crate::channels::twiml::response;
use crate::web::error::AppError;

const MAX_BODY_CHARS: usize = 1600;

pub async fn receive(
    State(state): State<AppState>,
    form: TwilioForm,
) -> Result<Response, AppError> {
    let from = form.from_phone()?.as_str().to_string();
    let body: String = form
        .get("Body")
        .unwrap_or("")
        .chars()
        .take(MAX_BODY_CHARS)
        .collect();
    let (catalogs, flows) = (state.catalogs.clone(), state.flows.clone());
    state
        .db(move |conn| inbound::receive_sms(conn, &catalogs, &flows, &from, &body))
        .await?;
    Ok(twiml(response(&[])))
}

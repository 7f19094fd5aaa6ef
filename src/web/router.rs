//! Every route in one list, and the layers every response goes through.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use super::context::attach_context;
use super::error::AppError;
use super::form::MAX_FORM_BYTES;
use super::pages::{
    absence_board, absence_proof, absence_record, access_log, assets, class_roster, documents,
    evening, family_absence, family_calendar, family_home, family_meeting, follow_up, health,
    help_requests, home, meeting_new, roll_call, settings, settings_pin, sign_in, sign_in_code,
    sign_out, simulator, simulator_call, staff_home, staff_meetings, staff_sign_in,
};
use super::webhooks;
use crate::AppState;

/// Scripts are forbidden outright; styles and images only from Carnet itself.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub fn router(state: AppState) -> Router {
    let csrf = CsrfLayer::new()
        .add_trusted_origin(state.config.origin())
        .unwrap_or_else(|e| {
            tracing::warn!(error = ?e, "public URL is not a valid origin; only same-host requests pass");
            CsrfLayer::new()
        })
        .with_rejection_response(|_| AppError::forbidden().into_response());
    Router::new()
        .route("/", get(home::show))
        .route("/sign-in", get(sign_in::show).post(sign_in::submit))
        .route(
            "/sign-in/code",
            get(sign_in_code::show).post(sign_in_code::submit),
        )
        .route(
            "/staff/sign-in",
            get(staff_sign_in::show).post(staff_sign_in::submit),
        )
        .route("/sign-out", post(sign_out::submit))
        .route("/family", get(family_home::show))
        .route("/family/access", get(access_log::show))
        .route(
            "/family/absences/{id}",
            get(family_absence::show).post(family_absence::submit),
        )
        .route(
            "/family/meetings/{id}",
            get(family_meeting::show).post(family_meeting::submit),
        )
        .route(
            "/family/meetings/{id}/calendar.ics",
            get(family_meeting::ics),
        )
        .route(
            "/family/calendar",
            get(family_calendar::show).post(family_calendar::reset),
        )
        .route("/calendar/{file}", get(family_calendar::feed))
        .route("/settings", get(settings::show).post(settings::submit))
        .route("/settings/pin", post(settings_pin::submit))
        .route("/staff", get(staff_home::show))
        .route("/staff/classes/{id}", get(class_roster::show))
        .route(
            "/staff/classes/{id}/roll-call",
            get(roll_call::show).post(roll_call::submit),
        )
        .route("/staff/absences", get(absence_board::show))
        .route(
            "/staff/absences/new",
            get(absence_record::show).post(absence_record::submit),
        )
        .route(
            "/staff/absences/{id}/reason",
            post(absence_proof::record_reason),
        )
        .route("/staff/absences/{id}/proof", get(absence_proof::show))
        .route("/staff/follow-up", get(follow_up::show))
        .route("/staff/meetings", get(staff_meetings::show))
        .route(
            "/staff/meetings/new",
            get(meeting_new::show).post(meeting_new::submit),
        )
        .route("/staff/meetings/remind", post(staff_meetings::remind))
        .route("/staff/meetings/{id}/cancel", post(staff_meetings::cancel))
        .route("/staff/meetings/{id}/move", post(staff_meetings::move_to))
        .route(
            "/staff/evenings/new",
            get(evening::new_form).post(evening::open),
        )
        .route("/staff/evenings/{id}", get(evening::grid))
        .route(
            "/staff/evenings/{id}/slots/{slot}/cancel",
            post(evening::cancel_slot),
        )
        .route("/staff/help-requests", get(help_requests::show))
        .route(
            "/staff/absences/{id}/validate",
            post(absence_board::validate),
        )
        .route("/staff/absences/{id}/refuse", post(absence_board::refuse))
        .route("/help", get(documents::help))
        .route("/privacy", get(documents::privacy))
        .route("/accessibility", get(documents::accessibility))
        .route("/simulator", get(simulator::index))
        .route(
            "/simulator/{phone}",
            get(simulator::conversation).post(simulator::reply),
        )
        .route("/simulator/{phone}/call", post(simulator_call::call))
        .route("/simulator/{phone}/keys", post(simulator_call::keys))
        .route("/static/{name}", get(assets::serve))
        .route("/healthz", get(health::check))
        .route("/twilio/sms", post(webhooks::sms::receive))
        .route("/twilio/voice", post(webhooks::voice::incoming))
        .route("/twilio/voice/gather", post(webhooks::voice::gather))
        .route("/twilio/voice/outbound", post(webhooks::voice::outbound))
        .route("/twilio/status", post(webhooks::status::report))
        .fallback(|| async { AppError::not_found() })
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(csrf)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            attach_context,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// The peer's IP address for rate limits; "local" when served without connect info (tests).
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(
                || "local".to_string(),
                |ConnectInfo(addr)| addr.ip().to_string(),
            );
        Ok(Self(address))
    }
}

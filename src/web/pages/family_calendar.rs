//! `/family/calendar`: the family's private feed address, resettable; `/calendar/{token}.ics`: the feed.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::domain::locale::Locale;
use crate::store::{calendars, families, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::GuardianSession;
use crate::web::views::{calendar, layout};

/// 24 random bytes in hex: what a token looks like before the database is asked.
fn well_formed(token: &str) -> bool {
    token.len() == 48 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

#[derive(Deserialize)]
pub struct Reset {
    reset: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Query(query): Query<Reset>,
) -> Result<Markup, AppError> {
    let phone = guardian.phone.clone();
    let token = state
        .db(move |conn| write(conn, |tx| calendars::calendar_token(tx, &phone, false)))
        .await?;
    let tr = ctx.tr();
    let address = format!("{}/calendar/{token}.ics", state.config.public_url);
    Ok(layout::page(
        &ctx,
        &tr.t("calendar-title"),
        html! {
            @if query.reset.is_some() {
                p.status role="status" { (tr.t("calendar-reset-done")) }
            }
            p { (tr.t("calendar-intro")) }
            p.address { a href=(address) dir="ltr" { (address) } }
            form method="post" action="/family/calendar" {
                button type="submit" { (tr.t("calendar-reset")) }
            }
        },
    ))
}

pub async fn reset(
    State(state): State<AppState>,
    GuardianSession(guardian): GuardianSession,
) -> Result<Response, AppError> {
    let phone = guardian.phone.clone();
    state
        .db(move |conn| write(conn, |tx| calendars::calendar_token(tx, &phone, true)))
        .await?;
    Ok(Redirect::to("/family/calendar?reset=1").into_response())
}

/// The feed: no session (calendar apps have none), the token is the key.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    if !well_formed(token) {
        return Err(AppError::not_found());
    }
    let (items, locale) = state
        .read(|conn| {
            let Some(phone) = calendars::phone_of_token(conn, token)? else {
                return Ok(None);
            };
            let locale = families::guardians_with_phone(conn, &phone)?
                .first()
                .and_then(|g| g.stored_locale)
                .unwrap_or(Locale::Fr);
            Ok(Some((calendars::calendar(conn, &phone)?, locale)))
        })?
        .ok_or_else(AppError::not_found)?;
    let text = calendar::meetings(&state, &state.catalogs.plain(locale), &items);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        text,
    )
        .into_response())
}

//! `/family/absences/{id}`: a guardian gives the reason for a child's absence.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::absence::HalfDay;
use crate::domain::schedule::school_days_ago;
use crate::i18n::Tr;
use crate::store::absences::{self, Actor, FamilyAbsence};
use crate::store::{StoreResult, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{GuardianSession, GuardianViewer};
use crate::web::views::forms::{FormErrors, error_summary};
use crate::web::views::layout;
use crate::web::views::reason_fields::{self, ReasonInput};

/// "30/11/2026, morning" in the reader's language.
pub fn day_and_half(tr: &Tr, day: &str, half: HalfDay) -> String {
    let day = day.split('-').rev().collect::<Vec<_>>().join("/");
    format!(
        "{day}{}{}",
        tr.t("list-separator"),
        tr.t(&format!("half-{}", half.code()))
    )
}

/// "30/11/2026, morning: absence, reason given", as a family reads it.
pub fn describe(tr: &Tr, absence: &FamilyAbsence) -> String {
    let mut args = FluentArgs::new();
    args.set("when", day_and_half(tr, &absence.day, absence.half_day));
    args.set("kind", tr.t(&format!("kind-{}", absence.kind)));
    args.set("state", tr.t(&format!("state-{}", absence.state.code())));
    tr.args("family-absence-line", &args)
}

/// The family's absences over the last 30 days (the window families see).
pub fn recent(conn: &rusqlite::Connection, phone: &str) -> StoreResult<Vec<FamilyAbsence>> {
    absences::for_phone(conn, phone, &school_days_ago(30))
}

fn find(state: &AppState, guardian: &GuardianViewer, id: &str) -> Result<FamilyAbsence, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .read(|conn| recent(conn, &guardian.phone))?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(AppError::not_found)
}

fn view(ctx: &Ctx, absence: &FamilyAbsence, input: &ReasonInput, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    let mut args = FluentArgs::new();
    args.set("name", absence.first_name.clone());
    layout::page(
        ctx,
        &tr.args("reason-title", &args),
        html! {
            (error_summary(&tr, errors))
            p { (describe(&tr, absence)) }
            form method="post" action={ "/family/absences/" (absence.id) } novalidate {
                (reason_fields::render(&tr, &tr.t("reason-legend"), input, errors))
                button type="submit" { (tr.t("reason-submit")) }
            }
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let absence = find(&state, &guardian, &id)?;
    let input = ReasonInput {
        reason: absence.reason.map(|r| r.code()).unwrap_or("").to_string(),
        comment: String::new(),
    };
    Ok(view(&ctx, &absence, &input, &FormErrors::default()))
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let absence = find(&state, &guardian, &id)?;
    let tr = ctx.tr();
    let input = ReasonInput::from_form(&form);
    let mut errors = FormErrors::default();
    let Some((reason, comment)) = input.check(&tr, &mut errors) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &absence, &input, &errors),
        )
            .into_response());
    };
    let actor = Actor::guardian("web", Some(absence.guardian_id));
    let outcome = state
        .db(move |conn| {
            write(conn, |tx| {
                absences::give_reason(tx, absence.id, reason, comment.as_deref(), actor)
            })
        })
        .await?;
    match outcome {
        Some(Ok(_)) => Ok(Redirect::to("/family?reason=1").into_response()),
        Some(Err(refused)) => {
            let mut args = FluentArgs::new();
            args.set("state", tr.t(&format!("state-{}", refused.current.code())));
            errors.add("reason", tr.args("error-absence-move", &args));
            let absence = find(&state, &guardian, &id)?;
            Ok((StatusCode::CONFLICT, view(&ctx, &absence, &input, &errors)).into_response())
        }
        None => Err(AppError::not_found()),
    }
}

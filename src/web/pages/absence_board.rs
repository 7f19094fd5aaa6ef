//! `/staff/absences`: today's absences in words, who was reached how, and one action per reason.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::domain::absence::{Move, State as AbsenceState};
use crate::domain::schedule::school_today;
use crate::store::absences::{self, Actor, BoardRow};
use crate::store::write;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{FormErrors, error_summary};
use crate::web::views::{layout, table};

fn row_view(ctx: &Ctx, row: &BoardRow) -> Markup {
    let tr = ctx.tr();
    let separator = tr.t("list-separator");
    html! {
        tr {
            th scope="row" {
                bdi { (row.pupil) } " (" (row.class_name) ")"
                br;
                a href={ "/staff/absences/" (row.id) "/proof" } { (tr.t("proof-link")) }
            }
            td { (tr.t(&format!("half-{}", row.half_day.code()))) (separator) (tr.t(&format!("kind-{}", row.kind))) }
            td {
                (tr.t(&format!("state-{}", row.state.code())))
                @if let Some(reason) = row.reason { (separator) (tr.t(&format!("reason-{}", reason.code()))) }
                @if row.at_school_claimed { p.error { strong { (tr.t("board-at-school-alert")) } } }
            }
            td {
                @if row.reached.is_empty() {
                    (tr.t("board-not-reached"))
                } @else {
                    ul { @for (channel, status) in &row.reached { li { (tr.t(&format!("channel-{channel}"))) (separator) (tr.t(&format!("delivery-status-{status}"))) } } }
                }
            }
            td {
                @if row.state == AbsenceState::ReasonGiven {
                    form method="post" action={ "/staff/absences/" (row.id) "/validate" } { button type="submit" { (tr.t("board-validate")) } }
                    form method="post" action={ "/staff/absences/" (row.id) "/refuse" } { button type="submit" { (tr.t("board-refuse")) } }
                }
            }
        }
    }
}

/// The families a signalled absence has not reached, and why: for a call or a mediator.
fn not_reached_view(ctx: &Ctx, rows: &[BoardRow]) -> Markup {
    let tr = ctx.tr();
    let missed: Vec<(&BoardRow, &str)> = rows
        .iter()
        .filter_map(|row| row.not_reached().map(|why| (row, why)))
        .collect();
    html! {
        h2 #not-reached { (tr.t("board-not-reached-title")) }
        @if missed.is_empty() {
            p { (tr.t("board-not-reached-empty")) }
        } @else {
            p { (tr.t("board-not-reached-intro")) }
            ul {
                @for (row, why) in missed {
                    li {
                        bdi { (row.pupil) } " (" (row.class_name) ")" (tr.t("list-separator")) (tr.t(&format!("not-reached-{why}")))
                        " " a href={ "/staff/absences/" (row.id) "/proof" } { (tr.t("proof-link")) }
                    }
                }
            }
        }
    }
}

/// What the board says just after a roll call or a single record.
#[derive(Debug, Clone, Copy)]
enum Saved {
    RollCall(usize),
    Record { too_late: bool },
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    staff: &StaffViewer,
    saved: Option<Saved>,
    errors: &FormErrors,
) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    let day = school_today().0.to_string();
    let establishment_id = staff.establishment.id;
    let rows = state
        .db(move |conn| absences::board(conn, establishment_id, &day))
        .await?;
    Ok(layout::page(
        ctx,
        &tr.t("board-title"),
        html! {
            @match saved {
                Some(Saved::RollCall(absent)) => p.status role="status" { (tr.args("roll-call-saved", &FluentArgs::from_iter([("absent", absent)]))) },
                Some(Saved::Record { too_late: false }) => p.status role="status" { (tr.t("record-saved")) },
                Some(Saved::Record { too_late: true }) => p.status role="status" { (tr.t("record-too-late")) },
                None => {},
            }
            (error_summary(&tr, errors))
            p { a href="/staff/absences/new" { (tr.t("record-title")) } }
            @if rows.is_empty() {
                p { (tr.t("board-empty")) }
            } @else {
                table {
                    caption { (tr.t("board-caption")) }
                    (table::head(&tr, &["board-pupil-column", "board-when-column", "board-state-column", "board-reached-column", "board-action-column"]))
                    tbody { @for row in &rows { (row_view(ctx, row)) } }
                }
            }
            (not_reached_view(ctx, &rows))
        },
    ))
}

#[derive(Deserialize)]
pub struct Recorded {
    recorded: Option<usize>,
    changed: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Query(query): Query<Recorded>,
) -> Result<Markup, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let saved = match (query.recorded, query.changed.as_deref()) {
        (Some(absent), _) => Some(Saved::RollCall(absent)),
        (None, Some(changed)) => Some(Saved::Record {
            too_late: changed == "too-late",
        }),
        (None, None) => None,
    };
    render(&state, &ctx, &staff, saved, &FormErrors::default()).await
}

async fn decide(
    state: AppState,
    ctx: Ctx,
    staff: &StaffViewer,
    absence_id: &str,
    action: Move,
) -> Result<Response, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let absence_id: i64 = absence_id.parse().map_err(|_| AppError::not_found())?;
    let (establishment_id, staff_id) = (staff.establishment.id, staff.member.id);
    let outcome = state
        .db(move |conn| {
            write(conn, |tx| {
                absences::apply_move(
                    tx,
                    Some(establishment_id),
                    absence_id,
                    action,
                    Actor::staff(staff_id),
                    None,
                )
            })
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    match outcome {
        Ok(_) => Ok(Redirect::to("/staff/absences").into_response()),
        Err(refused) => {
            let tr = ctx.tr();
            let mut args = FluentArgs::new();
            args.set("state", tr.t(&format!("state-{}", refused.current.code())));
            let mut errors = FormErrors::default();
            errors.add("main", tr.args("error-absence-move", &args));
            Ok((
                StatusCode::CONFLICT,
                render(&state, &ctx, staff, None, &errors).await?,
            )
                .into_response())
        }
    }
}

pub async fn validate(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    decide(state, ctx, &staff, &id, Move::Validate).await
}

pub async fn refuse(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    decide(state, ctx, &staff, &id, Move::Refuse).await
}

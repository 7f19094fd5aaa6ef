//! `/staff/meetings`: every meeting and its answer; remind, move or cancel (the family is told).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use super::family_meeting::when;
use super::meeting_new::date_time_fields;
use crate::AppState;
use crate::channels::meeting_notice::{self, MeetingNews};
use crate::domain::meeting::{MeetingMove, MeetingState, local_timestamp};
use crate::domain::schedule::{DEFAULT_TIME_ZONE, time_zone};
use crate::i18n::Tr;
use crate::store::actor::Actor;
use crate::store::meetings::{self, Meeting};
use crate::store::{now, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{FormErrors, error_summary};
use crate::web::views::{layout, table};

fn allowed(staff: &StaffViewer) -> Result<(), AppError> {
    if staff.member.role.reads_class_contacts() {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// The family's side of a meeting in words: state, interpreter, mediator, note.
pub fn needs(tr: &Tr, meeting: &Meeting) -> Markup {
    html! {
        @if let Some(language) = &meeting.interpreter_language {
            br; (tr.with("meetings-interpreter", &[("language", tr.t(&format!("language-name-{language}")))]))
        }
        @if meeting.mediator_wanted { br; (tr.t("meetings-mediator")) }
        @if let Some(note) = &meeting.family_note {
            br; (tr.with("meetings-family-note", &[("note", note.clone())]))
        }
    }
}

fn row(tr: &Tr, meeting: &Meeting) -> Markup {
    html! {
        tr {
            th scope="row" {
                bdi { (meeting.pupil_name) } " (" (meeting.class_name) ")"
                @if let Some(evening) = meeting.evening_id {
                    br; a href={ "/staff/evenings/" (evening) } { (tr.t("evening-link")) }
                }
            }
            td { bdi { (meeting.host_name) } (tr.t("list-separator")) (meeting.purpose) }
            td { (tr.t(&format!("meeting-state-{}", meeting.state.code()))) (needs(tr, meeting)) }
            td { @if let Some(slot) = &meeting.booked { (when(tr, slot)) } }
            td {
                @if meeting.state == MeetingState::Booked && meeting.evening_id.is_none() {
                    form method="post" action={ "/staff/meetings/" (meeting.id) "/move" } novalidate {
                        (date_time_fields(tr, &format!("move-{}-", meeting.id), &[], ("", ""), ("meetings-move-date", "meetings-move-time")))
                        button type="submit" { (tr.t("meetings-move")) }
                    }
                }
                @if meeting.state != MeetingState::Cancelled {
                    form method="post" action={ "/staff/meetings/" (meeting.id) "/cancel" } {
                        button type="submit" { (tr.t("meetings-cancel")) }
                    }
                }
            }
        }
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    staff: &StaffViewer,
    status: Option<String>,
    errors: &FormErrors,
) -> Result<Markup, AppError> {
    let establishment_id = staff.establishment.id;
    let list = state
        .db(move |conn| meetings::list(conn, establishment_id))
        .await?;
    let tr = ctx.tr();
    Ok(layout::page(
        ctx,
        &tr.t("meetings-title"),
        html! {
            @if let Some(status) = status { p.status role="status" { (status) } }
            (error_summary(&tr, errors))
            ul {
                li { a href="/staff/meetings/new" { (tr.t("meetings-new-link")) } }
                li { a href="/staff/evenings/new" { (tr.t("evening-new-link")) } }
                li { a href="/staff/help-requests" { (tr.t("help-requests-link")) } }
            }
            @if list.is_empty() {
                p { (tr.t("meetings-none")) }
            } @else {
                form method="post" action="/staff/meetings/remind" {
                    button type="submit" { (tr.t("meetings-remind")) }
                }
                table {
                    caption { (tr.t("meetings-caption")) }
                    (table::head(&tr, &["meetings-pupil-column", "meetings-host-column", "meetings-state-column", "meetings-when-column", "meetings-action-column"]))
                    tbody { @for meeting in &list { (row(&tr, meeting)) } }
                }
            }
        },
    ))
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
    reminded: Option<usize>,
    evening: Option<i64>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Query(query): Query<Done>,
) -> Result<Markup, AppError> {
    allowed(&staff)?;
    let tr = ctx.tr();
    let status = match (query.done.as_deref(), query.reminded) {
        (_, Some(count)) => Some(tr.args(
            "meetings-reminded",
            &FluentArgs::from_iter([("count", count)]),
        )),
        (Some("sent"), _) => Some(tr.t("meeting-sent")),
        (Some("moved"), _) => Some(tr.t("meetings-moved")),
        (Some("cancelled"), _) => Some(tr.t("meetings-cancelled")),
        _ => None,
    };
    render(&state, &ctx, &staff, status, &FormErrors::default()).await
}

/// Sends the invitation again to every family that has not answered (of one evening, or all).
pub async fn remind(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    Query(query): Query<Done>,
) -> Result<Response, AppError> {
    allowed(&staff)?;
    let establishment_id = staff.establishment.id;
    let catalogs = state.catalogs.clone();
    let evening = query.evening;
    let count = state
        .db(move |conn| {
            write(conn, |tx| {
                let waiting = meetings::unanswered(tx, establishment_id, evening)?;
                for &id in &waiting {
                    meetings::open_offers(tx, id)?;
                    meeting_notice::tell(tx, &catalogs, id, MeetingNews::Invitation)?;
                }
                Ok(waiting.len())
            })
        })
        .await?;
    Ok(Redirect::to(&format!("/staff/meetings?reminded={count}")).into_response())
}

/// The meeting, only when it is one of the establishment's.
fn ours(state: &AppState, staff: &StaffViewer, id: &str) -> Result<Meeting, AppError> {
    allowed(staff)?;
    let id: i64 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .read(|conn| meetings::find(conn, id))?
        .filter(|m| m.establishment_id == staff.establishment.id)
        .ok_or_else(AppError::not_found)
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let meeting = ours(&state, &staff, &id)?;
    let actor = Actor::staff(staff.member.id);
    let catalogs = state.catalogs.clone();
    let outcome = state
        .db(move |conn| {
            write(conn, |tx| {
                let outcome = meetings::apply(tx, meeting.id, MeetingMove::Cancel, actor, None)?;
                if let Some(Ok(_)) = outcome {
                    meeting_notice::tell(tx, &catalogs, meeting.id, MeetingNews::Cancelled)?;
                }
                Ok(outcome)
            })
        })
        .await?;
    match outcome {
        Some(Ok(_)) => Ok(Redirect::to("/staff/meetings?done=cancelled").into_response()),
        Some(Err(current)) => {
            let tr = ctx.tr();
            let state_word = tr.t(&format!("meeting-state-{}", current.code()));
            let message = tr.with("error-meeting-closed", &[("state", state_word)]);
            conflict(&state, &ctx, &staff, "main", message).await
        }
        None => Err(AppError::not_found()),
    }
}

async fn conflict(
    state: &AppState,
    ctx: &Ctx,
    staff: &StaffViewer,
    field: &str,
    message: String,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    errors.add(field, message);
    let page = render(state, ctx, staff, None, &errors).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}

pub async fn move_to(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let meeting = ours(&state, &staff, &id)?;
    let prefix = format!("move-{}-", meeting.id);
    let at = local_timestamp(
        &form.text(&format!("{prefix}date")),
        &form.text(&format!("{prefix}time")),
        &time_zone(DEFAULT_TIME_ZONE),
    )
    .map(|t| t.as_second())
    .filter(|at| *at > now());
    let Some(at) = at else {
        let mut errors = FormErrors::default();
        errors.add(format!("{prefix}date"), ctx.tr().t("error-meeting-move"));
        let page = render(&state, &ctx, &staff, None, &errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let actor = Actor::staff(staff.member.id);
    let catalogs = state.catalogs.clone();
    let moved = state
        .db(move |conn| {
            write(conn, |tx| {
                let moved = meeting.evening_id.is_none()
                    && meetings::move_booked(tx, meeting.id, at, actor)?;
                if moved {
                    meeting_notice::tell(tx, &catalogs, meeting.id, MeetingNews::Moved)?;
                }
                Ok(moved)
            })
        })
        .await?;
    if moved {
        Ok(Redirect::to("/staff/meetings?done=moved").into_response())
    } else {
        let message = ctx.tr().t("error-meeting-move");
        conflict(&state, &ctx, &staff, &format!("{prefix}date"), message).await
    }
}

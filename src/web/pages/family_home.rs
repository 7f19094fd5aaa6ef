//! `/family`: a guardian's children, one section each, filled by absences, meetings, messages.

use axum::extract::{Query, State};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use super::family_absence;
use super::family_meeting::when;
use crate::AppState;
use crate::domain::absence::{Reason, State as AbsenceState};
use crate::domain::meeting::MeetingState;
use crate::store::absences::{self, Actor, FamilyAbsence};
use crate::store::families::{self, Child};
use crate::store::meetings::{self, Meeting};
use crate::store::write;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::GuardianSession;
use crate::web::views::layout;

fn reason_args(tr: &crate::i18n::Tr, reason: Reason) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("reason", tr.t(&format!("reason-{}", reason.code())));
    args
}

fn class_args(child: &Child) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("class", child.class_name.clone());
    args.set("school", child.establishment_name.clone());
    args
}

/// A meeting in one line: with whom and why, its state, when, and where to answer.
fn meeting_line(tr: &crate::i18n::Tr, meeting: &Meeting) -> Markup {
    let mut args = FluentArgs::new();
    args.set("host", meeting.host_name.clone());
    args.set("purpose", meeting.purpose.clone());
    args.set(
        "state",
        tr.t(&format!("meeting-state-{}", meeting.state.code())),
    );
    html! {
        (tr.args("meeting-line", &args))
        @if let (Some(slot), MeetingState::Booked) = (&meeting.booked, meeting.state) {
            br; (when(tr, slot))
        }
        br; a href={ "/family/meetings/" (meeting.id) } { (tr.t("meeting-open-link")) }
    }
}

/// The family now sees its signalled absences: they become acknowledged (a write only then).
async fn acknowledge_seen(
    state: &AppState,
    absences: &mut [FamilyAbsence],
) -> Result<(), AppError> {
    let seen: Vec<(i64, i64)> = absences
        .iter()
        .filter(|a| a.state == AbsenceState::Signalled)
        .map(|a| (a.id, a.guardian_id))
        .collect();
    if seen.is_empty() {
        return Ok(());
    }
    state
        .db(move |conn| {
            write(conn, |tx| {
                seen.iter().try_for_each(|&(id, guardian_id)| {
                    absences::acknowledge(tx, id, Actor::guardian("web", Some(guardian_id)))
                })
            })
        })
        .await?;
    for absence in absences
        .iter_mut()
        .filter(|a| a.state == AbsenceState::Signalled)
    {
        absence.state = AbsenceState::Acknowledged;
    }
    Ok(())
}

#[derive(Deserialize)]
pub struct Saved {
    reason: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Query(saved): Query<Saved>,
) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    let (children, mut absences, meetings) = state.read(|conn| {
        Ok((
            families::children_of_phone(conn, &guardian.phone)?,
            family_absence::recent(conn, &guardian.phone)?,
            meetings::for_phone(conn, &guardian.phone)?,
        ))
    })?;
    acknowledge_seen(&state, &mut absences).await?;
    let mut greeting = FluentArgs::new();
    greeting.set("name", guardian.primary().first_name.clone());
    Ok(layout::page(
        &ctx,
        &tr.t("guardian-home-title"),
        html! {
            @if saved.reason.is_some() {
                p.status role="status" { (tr.t("reason-saved")) }
            }
            p { (tr.args("guardian-greeting", &greeting)) }
            @if children.is_empty() {
                p { (tr.t("guardian-no-children")) }
            }
            @for child in &children {
                @let heading = format!("child-{}", child.pupil_id);
                section.child aria-labelledby=(heading) {
                    h2 #(heading) { bdi { (child.first_name) " " (child.last_name) } }
                    p { (tr.args("child-class", &class_args(child))) }
                    h3 { (tr.t("child-absences-title")) }
                    @let theirs: Vec<_> = absences.iter().filter(|a| a.pupil_id == child.pupil_id).collect();
                    @if theirs.is_empty() {
                        p { (tr.t("child-absences-none")) }
                    } @else {
                        ul {
                            @for absence in theirs {
                                li {
                                    (family_absence::describe(&tr, absence))
                                    @if let Some(reason) = absence.reason {
                                        br; (tr.args("family-absence-reason", &reason_args(&tr, reason)))
                                    }
                                    @if matches!(absence.state, AbsenceState::Signalled | AbsenceState::Acknowledged | AbsenceState::Refused) {
                                        br; a href={ "/family/absences/" (absence.id) } { (tr.t("family-give-reason")) }
                                    }
                                }
                            }
                        }
                    }
                    h3 { (tr.t("child-meetings-title")) }
                    @let theirs: Vec<&Meeting> = meetings.iter().filter(|m| m.pupil_id == child.pupil_id).collect();
                    @if theirs.is_empty() {
                        p { (tr.t("child-meetings-none")) }
                    } @else {
                        ul { @for meeting in theirs { li { (meeting_line(&tr, meeting)) } } }
                    }
                    h3 { (tr.t("child-messages-title")) }
                    p { (tr.t("child-messages-none")) }
                }
            }
            p { a href="/family/calendar" { (tr.t("calendar-title")) } }
            p { a href="/family/access" { (tr.t("access-log-link")) } }
        },
    ))
}

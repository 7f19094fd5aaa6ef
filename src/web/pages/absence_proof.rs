//! `/staff/absences/{id}/proof`: the printable proof of notification, and reasons entered by staff.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use super::family_absence::day_and_half;
use crate::AppState;
use crate::domain::absence::{Move, Reason, next};
use crate::domain::phone::PhoneNumber;
use crate::store::absences::{self, Actor, Trail};
use crate::store::write;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{Choice, FormErrors, choice_group, error_summary};
use crate::web::views::reason_fields::{self, ReasonInput};
use crate::web::views::time::format_timestamp;
use crate::web::views::{layout, table};

/// How a reason reached the school when the family did not give it on Carnet.
const VIA: [&str; 3] = ["paper", "staff", "mediator"];

fn absence_id(staff: &StaffViewer, id: &str) -> Result<i64, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    id.parse().map_err(|_| AppError::not_found())
}

fn find(state: &AppState, staff: &StaffViewer, id: i64) -> Result<Trail, AppError> {
    state
        .read(|conn| absences::trail(conn, staff.establishment.id, id))?
        .ok_or_else(AppError::not_found)
}

/// The form to enter a reason that came another way, while the absence can take one.
fn reason_entry(
    ctx: &Ctx,
    id: i64,
    trail: &Trail,
    input: &ReasonInput,
    via: &str,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    let vias: Vec<Choice> = VIA
        .iter()
        .map(|v| Choice {
            value: v.to_string(),
            label: tr.t(&format!("via-{v}")),
            checked: via == *v,
            lang: None,
        })
        .collect();
    html! {
        @if next(trail.state, Move::GiveReason).is_some() || !errors.is_empty() {
            section.no-print aria-labelledby="reason-entry" {
                h2 #reason-entry { (tr.t("reason-entry-title")) }
                p { (tr.t("reason-entry-intro")) }
                form method="post" action={ "/staff/absences/" (id) "/reason" } novalidate {
                    (choice_group(&tr, "radio", "via", &tr.t("reason-entry-via-legend"), &vias, errors.for_field("via")))
                    (reason_fields::render(&tr, &tr.t("reason-entry-legend"), input, errors))
                    button type="submit" { (tr.t("reason-entry-submit")) }
                }
            }
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let id = absence_id(&staff, &id)?;
    let trail = find(&state, &staff, id)?;
    Ok(view(
        &ctx,
        id,
        &trail,
        &ReasonInput::default(),
        "",
        &FormErrors::default(),
    ))
}

fn view(
    ctx: &Ctx,
    id: i64,
    trail: &Trail,
    input: &ReasonInput,
    via: &str,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    let mut title = FluentArgs::new();
    title.set("name", trail.pupil.clone());
    title.set("when", day_and_half(&tr, &trail.day, trail.half_day));
    let mut reference = FluentArgs::new();
    reference.set("ref", trail.reference.clone());
    layout::page(
        ctx,
        &tr.args("proof-title", &title),
        html! {
            (error_summary(&tr, errors))
            p { (tr.t("proof-intro")) }
            p { (tr.args("proof-reference", &reference)) }
            p { (tr.t(&format!("state-{}", trail.state.code())))
                @if let Some(comment) = &trail.comment { (tr.t("list-separator")) bdi { (comment) } } }
            table {
                caption { (tr.t("proof-events-caption")) }
                (table::head(&tr, &["proof-at-column", "proof-step-column", "proof-channel-column", "proof-by-column"]))
                tbody {
                    @for step in &trail.steps {
                        tr {
                            td { (format_timestamp(step.at)) }
                            td {
                                (tr.t(&format!("state-{}", step.state.code())))
                                @if step.detail.as_deref() == Some("at_school") { (tr.t("list-separator")) (tr.t("proof-at-school")) }
                                @else if let Some(reason) = step.detail.as_deref().and_then(Reason::parse) {
                                    (tr.t("list-separator")) (tr.t(&format!("reason-{}", reason.code())))
                                }
                            }
                            td { (tr.t(&format!("channel-{}", step.channel))) }
                            td { @if let Some(by) = &step.by { bdi { (by) } } }
                        }
                    }
                }
            }
            table {
                caption { (tr.t("proof-deliveries-caption")) }
                (table::head(&tr, &["proof-at-column", "proof-channel-column", "proof-to-column", "proof-status-column"]))
                tbody {
                    @for delivery in &trail.deliveries {
                        tr {
                            td { (format_timestamp(delivery.at)) }
                            td { (tr.t(&format!("channel-{}", delivery.channel))) }
                            td { bdi { (PhoneNumber::parse(&delivery.to_phone).map(|p| p.national()).unwrap_or_default()) } }
                            td { (tr.t(&format!("delivery-status-{}", delivery.status))) }
                        }
                    }
                }
            }
            (reason_entry(ctx, id, trail, input, via, errors))
        },
    )
}

pub async fn record_reason(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let id = absence_id(&staff, &id)?;
    let trail = find(&state, &staff, id)?;
    let tr = ctx.tr();
    let input = ReasonInput::from_form(&form);
    let typed_via = form.text("via");
    let mut errors = FormErrors::default();
    let via = VIA.into_iter().find(|v| *v == typed_via);
    if via.is_none() {
        errors.add("via", tr.t("error-reason-via"));
    }
    let checked = input.check(&tr, &mut errors);
    let (Some(via), Some((reason, comment))) = (via, checked) else {
        let page = view(&ctx, id, &trail, &input, &typed_via, &errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let actor = Actor::staff_via(via, staff.member.id);
    let outcome = state
        .db(move |conn| {
            write(conn, |tx| {
                absences::give_reason(tx, id, reason, comment.as_deref(), actor)
            })
        })
        .await?;
    match outcome {
        Some(Ok(_)) => Ok(Redirect::to(&format!("/staff/absences/{id}/proof")).into_response()),
        Some(Err(refused)) => {
            let mut args = FluentArgs::new();
            args.set("state", tr.t(&format!("state-{}", refused.current.code())));
            errors.add("reason", tr.args("error-absence-move", &args));
            let trail = find(&state, &staff, id)?;
            let page = view(&ctx, id, &trail, &input, &typed_via, &errors);
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        None => Err(AppError::not_found()),
    }
}

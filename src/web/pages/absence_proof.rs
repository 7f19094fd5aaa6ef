//! `/staff/absences/{id}/proof`: the printable proof of notification, every step and message.

use axum::extract::{Path, State};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use super::family_absence::day_and_half;
use crate::AppState;
use crate::domain::absence::Reason;
use crate::domain::phone::PhoneNumber;
use crate::store::absences;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::StaffSession;
use crate::web::views::time::format_timestamp;
use crate::web::views::{layout, table};

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let id: i64 = id.parse().map_err(|_| AppError::not_found())?;
    let trail = state
        .read(|conn| absences::trail(conn, staff.establishment.id, id))?
        .ok_or_else(AppError::not_found)?;
    let tr = ctx.tr();
    let mut title = FluentArgs::new();
    title.set("name", trail.pupil.clone());
    title.set("when", day_and_half(&tr, &trail.day, trail.half_day));
    let mut reference = FluentArgs::new();
    reference.set("ref", trail.reference.clone());
    Ok(layout::page(
        &ctx,
        &tr.args("proof-title", &title),
        html! {
            p { (tr.t("proof-intro")) }
            p { (tr.args("proof-reference", &reference)) }
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
        },
    ))
}

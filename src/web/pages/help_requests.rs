//! `/staff/help-requests`: meetings asking for an interpreter or a mediator, for mediators.

use axum::extract::State;
use maud::{Markup, html};

use super::family_meeting::when;
use super::staff_meetings::needs;
use crate::AppState;
use crate::store::meetings;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::StaffSession;
use crate::web::views::{layout, table};

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
) -> Result<Markup, AppError> {
    let establishment_id = staff.establishment.id;
    let list = state
        .db(move |conn| meetings::needing_help(conn, establishment_id))
        .await?;
    let tr = ctx.tr();
    Ok(layout::page(
        &ctx,
        &tr.t("help-requests-title"),
        html! {
            @if list.is_empty() {
                p { (tr.t("help-requests-none")) }
            } @else {
                table {
                    caption { (tr.t("help-requests-caption")) }
                    (table::head(&tr, &["meetings-pupil-column", "meetings-host-column", "help-requests-need-column", "meetings-when-column"]))
                    tbody {
                        @for meeting in &list {
                            tr {
                                th scope="row" { bdi { (meeting.pupil_first_name) } " (" (meeting.class_name) ")" }
                                td { bdi { (meeting.host_name) } }
                                td { (tr.t(&format!("meeting-state-{}", meeting.state.code()))) (needs(&tr, meeting)) }
                                td { @if let Some(slot) = &meeting.booked { (when(&tr, slot)) } }
                            }
                        }
                    }
                }
            }
        },
    ))
}

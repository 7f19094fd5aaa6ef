//! `/staff/follow-up`: pupils with four or more unjustified half-days this month (R131-7).

use axum::extract::State;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::schedule::school_today;
use crate::store::absences;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::StaffSession;
use crate::web::views::{layout, table};

/// Half-days without an accepted reason that put a pupil on the head's follow-up list.
pub const UNJUSTIFIED_HALF_DAYS: i64 = 4;

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
) -> Result<Markup, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let today = school_today().0;
    let month_start = today.first_of_month().to_string();
    let rows = state.read(|conn| {
        absences::follow_up(
            conn,
            staff.establishment.id,
            &month_start,
            UNJUSTIFIED_HALF_DAYS,
        )
    })?;
    let tr = ctx.tr();
    Ok(layout::page(
        &ctx,
        &tr.t("follow-up-title"),
        html! {
            p { (tr.t("follow-up-intro")) }
            @if rows.is_empty() {
                p { (tr.t("follow-up-empty")) }
            } @else {
                table {
                    caption { (tr.t("follow-up-caption")) }
                    (table::head(&tr, &["follow-up-pupil-column", "follow-up-count-column"]))
                    tbody {
                        @for (pupil, class, count) in &rows {
                            tr { th scope="row" { bdi { (pupil) } " (" (class) ")" } td { (count) } }
                        }
                    }
                }
            }
        },
    ))
}

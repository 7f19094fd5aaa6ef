//! `/staff`: the classes of the staff member's establishment.

use axum::extract::State;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::store::schools;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::StaffSession;
use crate::web::views::layout;

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    let establishment_id = staff.establishment.id;
    let classes = state
        .db(move |conn| schools::classes_with_counts(conn, establishment_id))
        .await?;
    let mut args = FluentArgs::new();
    args.set("name", staff.member.display_name.clone());
    args.set("role", tr.t(&format!("role-{}", staff.member.role.code())));
    args.set("school", staff.establishment.name.clone());
    let linked = staff.member.role.reads_class_contacts();
    Ok(layout::page(
        &ctx,
        &tr.t("staff-home-title"),
        html! {
            p { (tr.args("staff-greeting", &args)) }
            @if linked {
                p { a href="/staff/absences" { (tr.t("board-link")) } }
                p { a href="/staff/follow-up" { (tr.t("follow-up-link")) } }
                p { a href="/staff/meetings" { (tr.t("meetings-link")) } }
            }
            p { a href="/staff/help-requests" { (tr.t("help-requests-link")) } }
            @if classes.is_empty() {
                p { (tr.t("staff-no-classes")) }
            } @else {
                table {
                    caption { (tr.t("staff-classes-caption")) }
                    thead { tr {
                        th scope="col" { (tr.t("staff-class-column")) }
                        th scope="col" { (tr.t("staff-pupils-column")) }
                        @if linked { td {} }
                    } }
                    tbody {
                        @for class in &classes {
                            tr {
                                th scope="row" {
                                    @if linked {
                                        a href={ "/staff/classes/" (class.id) } { (class.name) }
                                    } @else {
                                        (class.name)
                                    }
                                }
                                td { (class.pupils) }
                                @if linked {
                                    td { a href={ "/staff/classes/" (class.id) "/roll-call" } { (tr.t("roll-call-link")) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

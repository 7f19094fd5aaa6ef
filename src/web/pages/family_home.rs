//! `/family`: a guardian's children, one section each, filled by absences, meetings, messages.

use axum::extract::State;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::store::families::{self, Child};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::GuardianSession;
use crate::web::views::layout;

fn class_args(child: &Child) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("class", child.class_name.clone());
    args.set("school", child.establishment_name.clone());
    args
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, GuardianSession(guardian): GuardianSession) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    let phone = guardian.phone.clone();
    let children = state.db(move |conn| families::children_of_phone(conn, &phone)).await?;
    let mut greeting = FluentArgs::new();
    greeting.set("name", guardian.primary().first_name.clone());
    Ok(layout::page(
        &ctx,
        &tr.t("guardian-home-title"),
        html! {
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
                    p { (tr.t("child-absences-none")) }
                    h3 { (tr.t("child-meetings-title")) }
                    p { (tr.t("child-meetings-none")) }
                    h3 { (tr.t("child-messages-title")) }
                    p { (tr.t("child-messages-none")) }
                }
            }
            p { a href="/family/access" { (tr.t("access-log-link")) } }
        },
    ))
}

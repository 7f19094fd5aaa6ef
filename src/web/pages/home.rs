//! `/`: who are you? Parents and staff each get their way in; signed-in people go home.

use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use crate::web::context::Ctx;
use crate::web::session::Viewer;
use crate::web::views::layout;

pub async fn show(ctx: Ctx) -> Response {
    match ctx.viewer {
        Viewer::Guardian(_) => return Redirect::to("/family").into_response(),
        Viewer::Staff(_) => return Redirect::to("/staff").into_response(),
        Viewer::Anonymous => {}
    }
    let tr = ctx.tr();
    layout::page(
        &ctx,
        &tr.t("home-title"),
        html! {
            p { (tr.t("home-intro")) }
            section aria-labelledby="parents" {
                h2 #parents { (tr.t("home-parent-title")) }
                p { a.action href="/sign-in" { (tr.t("home-parent-action")) } }
            }
            section aria-labelledby="staff" {
                h2 #staff { (tr.t("home-staff-title")) }
                p { a href="/staff/sign-in" { (tr.t("home-staff-action")) } }
            }
            p { a href="/help" { (tr.t("home-help")) } }
        },
    )
    .into_response()
}

//! The page shown for 4xx and 5xx errors, in the user's language.

use axum::response::{IntoResponse, Response};
use maud::html;

use crate::web::context::Ctx;
use crate::web::error::ErrorPage;
use crate::web::views::layout;

pub fn render(ctx: &Ctx, original: Response, page: ErrorPage) -> Response {
    let tr = ctx.tr();
    let (title, body) = match page {
        ErrorPage::NotFound => ("page-not-found-title", "page-not-found-body"),
        ErrorPage::Forbidden => ("page-forbidden-title", "page-forbidden-body"),
        ErrorPage::BadRequest => ("page-bad-request-title", "page-bad-request-body"),
        ErrorPage::TooManyRequests => ("page-too-many-title", "page-too-many-body"),
        ErrorPage::Internal => ("page-error-title", "page-error-body"),
    };
    let markup = layout::page(
        ctx,
        &tr.t(title),
        html! {
            p { (tr.t(body)) }
            p { a href="/" { (tr.t("back-home")) } }
        },
    );
    let (mut parts, _) = original.into_parts();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let mut response = markup.into_response();
    *response.status_mut() = parts.status;
    for (name, value) in parts.headers.iter() {
        if name != axum::http::header::CONTENT_TYPE {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    response
}

//! The one stylesheet, embedded and served under a name that changes with its content.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::web::error::AppError;

const STYLESHEET: &str = include_str!("../../../static/carnet.css");

static STYLESHEET_NAME: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let short: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("carnet-{short}.css")
});

pub fn stylesheet_href() -> String {
    format!("/static/{}", *STYLESHEET_NAME)
}

pub fn stylesheet() -> &'static str {
    STYLESHEET
}

pub async fn serve(Path(name): Path<String>) -> Result<Response, AppError> {
    if name != *STYLESHEET_NAME {
        return Err(AppError::not_found());
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLESHEET,
    )
        .into_response())
}

//! `POST /sign-out`: ends the session on the server and clears the cookie.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;

use crate::AppState;
use crate::store::sessions;
use crate::web::error::AppError;
use crate::web::session::{self, SESSION_COOKIE};

pub async fn submit(State(state): State<AppState>, jar: CookieJar) -> Result<Response, AppError> {
    if let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()) {
        state
            .db(move |conn| sessions::delete(conn, &session::token_hash(&token)))
            .await?;
    }
    let jar = CookieJar::new().add(session::removal(&state.config, SESSION_COOKIE));
    Ok((jar, Redirect::to("/")).into_response())
}

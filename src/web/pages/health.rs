//! `/healthz`: 200 when the database answers a query, 503 otherwise.

use axum::extract::State;
use axum::http::StatusCode;

use crate::AppState;

pub async fn check(State(state): State<AppState>) -> (StatusCode, &'static str) {
    let answer = state
        .db(|conn| {
            Ok(
                conn.query_row("SELECT COUNT(*) FROM establishments", [], |r| {
                    r.get::<_, i64>(0)
                })?,
            )
        })
        .await;
    match answer {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n"),
    }
}

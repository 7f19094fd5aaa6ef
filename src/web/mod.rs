//! The HTTP surface: routes, extractors, pages and views.

pub mod class_picker;
pub mod context;
pub mod error;
pub mod form;
pub mod pages;
pub mod rate_limit;
pub mod router;
pub mod session;
pub mod views;
pub mod webhooks;

use crate::AppState;
use crate::store::{StoreError, StoreResult};
use error::AppError;

impl AppState {
    /// Runs a short read on the request's own thread: a pooled SQLite read takes
    /// microseconds, less than handing it to another thread and back (measured by
    /// tests/bench/guardian_home.sh). Writes, which may wait for the lock, use `db`.
    pub fn read<T>(
        &self,
        work: impl FnOnce(&rusqlite::Connection) -> StoreResult<T>,
    ) -> Result<T, AppError> {
        let conn = self
            .pool
            .get()
            .map_err(|e| AppError::internal(e.to_string()))?;
        work(&conn).map_err(|e| AppError::internal(e.to_string()))
    }

    /// Runs blocking database work on a pooled connection off the async threads.
    pub async fn db<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut rusqlite::Connection) -> StoreResult<T> + Send + 'static,
    ) -> Result<T, AppError> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(StoreError::from)?;
            work(&mut conn)
        })
        .await
        .map_err(|e| AppError::internal(e.to_string()))?
        .map_err(|e| AppError::internal(e.to_string()))
    }
}

impl AppState {
    /// Runs phone-menu work with the catalogs, flows and voices, in one write transaction.
    pub async fn voice<T: Send + 'static>(
        &self,
        work: impl FnOnce(
            &crate::channels::voice::VoiceContext,
            &rusqlite::Transaction,
        ) -> StoreResult<T>
        + Send
        + 'static,
    ) -> Result<T, AppError> {
        let state = self.clone();
        self.db(move |conn| {
            let context = crate::channels::voice::VoiceContext {
                catalogs: &state.catalogs,
                flows: &state.flows,
                voices: &state.config.voices,
            };
            crate::store::write(conn, |tx| work(&context, tx))
        })
        .await
    }
}

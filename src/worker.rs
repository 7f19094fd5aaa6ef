//! The delivery worker: hands queued outbox messages to the provider and records the outcome.

use std::sync::Arc;
use std::time::Duration;

use crate::channels::Provider;
use crate::store::{Pool, StoreError, login, outbox, sessions};

/// Delivers what is queued now; returns how many messages went out.
pub fn deliver_queued(pool: &Pool, provider: &dyn Provider) -> Result<usize, StoreError> {
    let conn = pool.get()?;
    let queued = outbox::queued(&conn, 100)?;
    let mut delivered = 0;
    for message in &queued {
        match provider.deliver(message) {
            Ok(()) => {
                outbox::mark(&conn, message.id, "delivered")?;
                delivered += 1;
            }
            Err(reason) => tracing::warn!(id = message.id, reason, "delivery failed; will retry"),
        }
    }
    Ok(delivered)
}

/// Forgets expired sessions and sign-in challenges.
pub fn purge_expired(pool: &Pool) -> Result<usize, StoreError> {
    let conn = pool.get()?;
    Ok(sessions::delete_expired(&conn)? + login::delete_expired(&conn)?)
}

/// Polls of the outbox between two purges (about ten minutes).
const POLLS_PER_PURGE: u32 = 2400;

/// Runs for the life of the process, polling the outbox.
pub async fn run(pool: Pool, provider: Arc<dyn Provider>) {
    for poll in 0u32.. {
        let (pool_ref, provider_ref) = (pool.clone(), provider.clone());
        let purge = poll % POLLS_PER_PURGE == 0;
        let result = tokio::task::spawn_blocking(move || {
            if purge {
                purge_expired(&pool_ref)?;
            }
            deliver_queued(&pool_ref, provider_ref.as_ref())
        })
        .await;
        match result {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "outbox worker"),
            Err(e) => tracing::error!(error = %e, "outbox worker task"),
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

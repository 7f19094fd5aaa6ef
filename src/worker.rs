//! The delivery worker: hands queued outbox messages to the provider and records the outcome.

use std::sync::Arc;
use std::time::Duration;

use crate::channels::Provider;
use crate::store::{Pool, StoreError, outbox};

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

/// Runs for the life of the process, polling the outbox.
pub async fn run(pool: Pool, provider: Arc<dyn Provider>) {
    loop {
        let (pool_ref, provider_ref) = (pool.clone(), provider.clone());
        let result = tokio::task::spawn_blocking(move || deliver_queued(&pool_ref, provider_ref.as_ref())).await;
        match result {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "outbox worker"),
            Err(e) => tracing::error!(error = %e, "outbox worker task"),
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

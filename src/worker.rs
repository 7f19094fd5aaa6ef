//! The delivery worker: claims due outbox rows, paces and sends them, records every outcome.

use std::sync::Arc;
use std::time::Duration;

use jiff::tz::TimeZone;
use tokio::task::JoinSet;

use crate::channels::pacing::Pacer;
use crate::channels::{Provider, SendError};
use crate::domain::schedule::{backoff_seconds, quiet_until};
use crate::domain::sms_segments;
use crate::store::outbox::{self, Channel, Delivery, FAILED, SUPPRESSED};
use crate::store::{Pool, StoreError, StoreResult, login, phones, sessions, write};

#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Deliveries claimed at once; also the most that can be sent twice after a crash.
    pub batch: i64,
    /// How long a claim holds before another worker (or a restart) may take it back.
    pub lease_seconds: i64,
    /// Attempts before a delivery is given up and handed to a mediator.
    pub max_attempts: u32,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Messages a second per sender; 0 for no limit.
    pub per_sender_per_second: f64,
    pub time_zone: TimeZone,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        Self {
            batch: 64,
            lease_seconds: 120,
            max_attempts: 8,
            concurrency: 16,
            per_sender_per_second: 1.0,
            time_zone: crate::domain::schedule::time_zone(
                crate::domain::schedule::DEFAULT_TIME_ZONE,
            ),
        }
    }
}

pub struct Worker<P> {
    pool: Pool,
    provider: Arc<P>,
    pacer: Arc<Pacer>,
    settings: WorkerSettings,
}

async fn blocking<T: Send + 'static>(
    pool: &Pool,
    work: impl FnOnce(&mut rusqlite::Connection) -> StoreResult<T> + Send + 'static,
) -> StoreResult<T> {
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || work(&mut *pool.get()?))
        .await
        .unwrap_or_else(|e| Err(StoreError::Task(e.to_string())))
}

fn jitter() -> f64 {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).map_or(0.5, |()| {
        f64::from(u32::from_le_bytes(bytes)) / f64::from(u32::MAX)
    })
}

impl<P: Provider> Worker<P> {
    pub fn new(pool: Pool, provider: Arc<P>, settings: WorkerSettings) -> Self {
        let pacer = Arc::new(Pacer::new(
            provider.senders(),
            settings.per_sender_per_second,
        ));
        Self {
            pool,
            provider,
            pacer,
            settings,
        }
    }

    /// Claims no more than can be sent well within the lease at the paced rate.
    fn claim_size(&self) -> i64 {
        let rate = self.settings.per_sender_per_second * self.provider.senders().len() as f64;
        if rate > 0.0 {
            self.settings
                .batch
                .min(((rate * self.settings.lease_seconds as f64) / 4.0).max(1.0) as i64)
        } else {
            self.settings.batch
        }
    }

    /// One pass: take back expired claims, claim what is due, send it. Returns how many were handled.
    pub async fn run_once(&self) -> StoreResult<usize> {
        let (limit, lease) = (self.claim_size(), self.settings.lease_seconds);
        let claimed = blocking(&self.pool, move |conn| {
            let at = crate::store::now();
            outbox::release_expired_claims(conn, at)?;
            write(conn, |tx| outbox::claim_due(tx, at, limit, lease))
        })
        .await?;
        let count = claimed.len();
        let mut tasks = JoinSet::new();
        for delivery in claimed {
            while tasks.len() >= self.settings.concurrency.max(1) {
                if let Some(result) = tasks.join_next().await {
                    result.map_err(|e| StoreError::Task(e.to_string()))??;
                }
            }
            let (pool, provider, pacer, settings) = (
                self.pool.clone(),
                self.provider.clone(),
                self.pacer.clone(),
                self.settings.clone(),
            );
            tasks.spawn(async move { handle(pool, provider, pacer, settings, delivery).await });
        }
        while let Some(result) = tasks.join_next().await {
            result.map_err(|e| StoreError::Task(e.to_string()))??;
        }
        Ok(count)
    }

    /// Runs for the life of the process.
    pub async fn run(self) {
        let mut last_purge = std::time::Instant::now() - Duration::from_secs(3600);
        loop {
            if last_purge.elapsed() > Duration::from_secs(600) {
                last_purge = std::time::Instant::now();
                if let Err(e) = blocking(&self.pool, |conn| purge_expired(conn)).await {
                    tracing::error!(error = %e, "purging expired sessions");
                }
            }
            match self.run_once().await {
                Ok(0) => tokio::time::sleep(Duration::from_millis(200)).await,
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %e, "outbox worker");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }
}

/// One claimed delivery: wait out quiet hours, respect opt-out, send, record.
async fn handle<P: Provider>(
    pool: Pool,
    provider: Arc<P>,
    pacer: Arc<Pacer>,
    settings: WorkerSettings,
    delivery: Delivery,
) -> StoreResult<()> {
    let id = delivery.id;
    if let Some(until) = delivery
        .quiet_hours
        .and_then(|q| quiet_until(jiff::Timestamp::now(), q, &settings.time_zone))
    {
        return blocking(&pool, move |conn| {
            outbox::reschedule(conn, id, until.as_second(), false, None)
        })
        .await;
    }
    if delivery.channel == Channel::Sms {
        let phone = delivery.to_phone.clone();
        if !delivery.confirms_opt_out
            && blocking(&pool, move |conn| phones::status(conn, &phone))
                .await?
                .sms_opted_out
        {
            return blocking(&pool, move |conn| {
                outbox::finish_unsent(conn, id, SUPPRESSED, "the number opted out of SMS")
            })
            .await;
        }
    }
    let units = match delivery.channel {
        Channel::Sms => sms_segments::cost(&delivery.body).segments as u32,
        Channel::Voice => 1,
    };
    let sender = pacer.next_sender(units).await;
    let outcome = provider.send(&delivery, &sender).await;
    let (phone, attempts) = (delivery.to_phone.clone(), delivery.attempts + 1);
    blocking(&pool, move |conn| match outcome {
        Ok(sent) => outbox::record_sent(conn, id, &sent.provider_sid, &sent.sender),
        Err(SendError::Retry { reason, .. }) if attempts >= settings.max_attempts => {
            tracing::warn!(id, reason, "giving up after {attempts} attempts");
            outbox::finish_unsent(conn, id, FAILED, &reason)?;
            phones::open_mediator_task(conn, &phone, "unreachable").map(|_| ())
        }
        Err(SendError::Retry {
            reason,
            after_seconds,
        }) => {
            let wait = after_seconds.unwrap_or_else(|| backoff_seconds(attempts, jitter()));
            outbox::reschedule(conn, id, crate::store::now() + wait, true, Some(&reason))
        }
        Err(SendError::Permanent { reason, number }) => {
            outbox::finish_unsent(conn, id, FAILED, &reason)?;
            if let Some(failure) = number {
                phones::set_failure(conn, &phone, failure)?;
                phones::open_mediator_task(conn, &phone, "unreachable")?;
            }
            Ok(())
        }
    })
    .await
}

/// Forgets expired sessions and sign-in challenges.
pub fn purge_expired(conn: &rusqlite::Connection) -> StoreResult<usize> {
    Ok(sessions::delete_expired(conn)? + login::delete_expired(conn)?)
}

/// Every few seconds, for the life of the process: signals absences whose hold window
/// ended, and reminds families of tomorrow's meetings.
pub async fn signal_news(pool: Pool, catalogs: Arc<crate::i18n::Catalogs>) {
    loop {
        let catalogs = catalogs.clone();
        let result = blocking(&pool, move |conn| {
            let at = crate::store::now();
            crate::channels::absence_notice::signal_due_absences(conn, &catalogs, at)?;
            crate::channels::meeting_notice::remind_due(conn, &catalogs, at)
        })
        .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "signalling absences and meeting reminders");
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

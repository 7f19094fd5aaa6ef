//! The outbox of messages to phones, with leases, retries and provider status, and the inbox.

use rusqlite::{Connection, OptionalExtension, params};

use super::{StoreResult, now};
use crate::domain::locale::Locale;
use crate::domain::preferences::{QuietHours, TimeOfDay};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Voice,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    fn parse(code: &str) -> Channel {
        if code == "voice" {
            Channel::Voice
        } else {
            Channel::Sms
        }
    }
}

/// A delivery's life: queued -> sending (claimed) -> sent -> delivered | undelivered,
/// or failed, or suppressed (the number opted out of SMS).
pub const QUEUED: &str = "queued";
pub const SENDING: &str = "sending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";
pub const SUPPRESSED: &str = "suppressed";

/// How far along a provider status is, so late callbacks never move a delivery back.
fn status_rank(status: &str) -> Option<u8> {
    match status {
        "queued" | "accepted" | "scheduled" => Some(0),
        "sending" => Some(1),
        "sent" | "initiated" | "ringing" | "in-progress" => Some(2),
        "delivered" | "undelivered" | "failed" | "read" | "completed" | "busy" | "no-answer"
        | "canceled" => Some(3),
        _ => None,
    }
}

/// A message to write to the outbox in the caller's transaction.
#[derive(Debug, Clone)]
pub struct NewDelivery<'a> {
    pub establishment_id: Option<i64>,
    pub guardian_id: Option<i64>,
    pub channel: Channel,
    pub to_phone: &'a str,
    pub body: &'a str,
    pub locale: &'a str,
    /// Urgent messages (sign-in codes, legal notices) ignore quiet hours.
    pub urgent: bool,
    pub quiet_hours: Option<QuietHours>,
    /// True only for the confirmation of a STOP, which must still reach the phone.
    pub confirms_opt_out: bool,
}

#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub channel: Channel,
    pub to_phone: String,
    pub body: String,
    pub locale: String,
    pub attempts: u32,
    pub quiet_hours: Option<QuietHours>,
    pub confirms_opt_out: bool,
}

/// One line of a phone's conversation with Carnet, either direction.
#[derive(Debug, Clone)]
pub struct PhoneEvent {
    pub at: i64,
    pub outgoing: bool,
    pub channel: Channel,
    pub body: String,
    pub status: String,
    /// The language the message was written in (unknown for what phones sent).
    pub locale: Option<Locale>,
}

pub fn enqueue(conn: &Connection, d: &NewDelivery) -> StoreResult<i64> {
    let quiet = if d.urgent { None } else { d.quiet_hours };
    conn.prepare_cached(
        "INSERT INTO outbox (establishment_id, guardian_id, channel, to_phone, body, locale, urgent,
                             quiet_start, quiet_end, created_at, confirms_opt_out)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        d.establishment_id,
        d.guardian_id,
        d.channel.code(),
        d.to_phone,
        d.body,
        d.locale,
        d.urgent,
        quiet.map(|q| q.start.minutes()),
        quiet.map(|q| q.end.minutes()),
        now(),
        d.confirms_opt_out
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Puts back deliveries whose lease ran out (the process died mid-send).
pub fn release_expired_claims(conn: &Connection, at: i64) -> StoreResult<usize> {
    Ok(conn.execute(
        "UPDATE outbox SET status = 'queued', claimed_until = NULL WHERE status = 'sending' AND claimed_until < ?1",
        [at],
    )?)
}

/// Claims up to `limit` due deliveries for `lease_seconds`, urgent ones first.
pub fn claim_due(
    conn: &Connection,
    at: i64,
    limit: i64,
    lease_seconds: i64,
) -> StoreResult<Vec<Delivery>> {
    let mut stmt = conn.prepare_cached(
        "UPDATE outbox SET status = 'sending', claimed_until = ?2
         WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?1
                      ORDER BY urgent DESC, id LIMIT ?3)
         RETURNING id, channel, to_phone, body, locale, attempts, quiet_start, quiet_end, confirms_opt_out",
    )?;
    let rows = stmt.query_map(params![at, at + lease_seconds, limit], |r| {
        let start: Option<i64> = r.get(6)?;
        let end: Option<i64> = r.get(7)?;
        let quiet_hours = match (
            start.and_then(TimeOfDay::from_minutes),
            end.and_then(TimeOfDay::from_minutes),
        ) {
            (Some(start), Some(end)) => Some(QuietHours { start, end }),
            _ => None,
        };
        Ok(Delivery {
            id: r.get(0)?,
            channel: Channel::parse(&r.get::<_, String>(1)?),
            to_phone: r.get(2)?,
            body: r.get(3)?,
            locale: r.get(4)?,
            attempts: r.get(5)?,
            quiet_hours,
            confirms_opt_out: r.get(8)?,
        })
    })?;
    let mut claimed: Vec<Delivery> = rows.collect::<Result<_, _>>()?;
    claimed.sort_by_key(|d| d.id);
    Ok(claimed)
}

pub fn record_sent(
    conn: &Connection,
    id: i64,
    provider_sid: &str,
    sender: &str,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE outbox SET status = 'sent', provider_sid = ?2, sender = ?3, sent_at = ?4,
         attempts = attempts + 1, claimed_until = NULL, last_error = NULL WHERE id = ?1",
    )?
    .execute(params![id, provider_sid, sender, now()])?;
    Ok(())
}

/// Back to the queue for `at`; `count_attempt` is false when only quiet hours delayed it.
pub fn reschedule(
    conn: &Connection,
    id: i64,
    at: i64,
    count_attempt: bool,
    error: Option<&str>,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE outbox SET status = 'queued', next_attempt_at = ?2, attempts = attempts + ?3,
         claimed_until = NULL, last_error = COALESCE(?4, last_error) WHERE id = ?1",
    )?
    .execute(params![id, at, i64::from(count_attempt), error])?;
    Ok(())
}

/// Ends a delivery without sending: `failed` (permanent error) or `suppressed` (opt-out).
pub fn finish_unsent(conn: &Connection, id: i64, status: &str, error: &str) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE outbox SET status = ?2, last_error = ?3, claimed_until = NULL, attempts = attempts + 1 WHERE id = ?1",
    )?
    .execute(params![id, status, error])?;
    Ok(())
}

/// Applies a provider status callback; late or unknown statuses change nothing.
pub fn apply_provider_status(
    conn: &Connection,
    provider_sid: &str,
    status: &str,
    error: Option<&str>,
) -> StoreResult<bool> {
    let Some(rank) = status_rank(status) else {
        return Ok(false);
    };
    let current: Option<String> = conn
        .query_row(
            "SELECT status FROM outbox WHERE provider_sid = ?1",
            [provider_sid],
            |r| r.get(0),
        )
        .optional()?;
    let Some(current) = current else {
        return Ok(false);
    };
    if status_rank(&current).is_some_and(|c| c >= rank) {
        return Ok(false);
    }
    conn.execute(
        "UPDATE outbox SET status = ?2, last_error = COALESCE(?3, last_error) WHERE provider_sid = ?1",
        params![provider_sid, status, error],
    )?;
    Ok(true)
}

/// The voice script of a delivery, for the call it placed.
pub fn voice_script(conn: &Connection, id: i64) -> StoreResult<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT body, locale FROM outbox WHERE id = ?1 AND channel = 'voice'",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub fn record_inbound(
    conn: &Connection,
    from_phone: &str,
    channel: Channel,
    body: &str,
) -> StoreResult<i64> {
    conn.execute(
        "INSERT INTO inbound (from_phone, channel, body, received_at) VALUES (?1, ?2, ?3, ?4)",
        params![from_phone, channel.code(), body, now()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Both directions for one phone, oldest first, as the simulator shows them.
pub fn conversation(conn: &Connection, phone: &str) -> StoreResult<Vec<PhoneEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT created_at, 1, channel, body, status, id, locale FROM outbox WHERE to_phone = ?1
         UNION ALL
         SELECT received_at, 0, channel, body, 'received', id, NULL FROM inbound WHERE from_phone = ?1
         ORDER BY 1, 2 DESC, 6",
    )?;
    let rows = stmt.query_map([phone], |r| {
        Ok(PhoneEvent {
            at: r.get(0)?,
            outgoing: r.get(1)?,
            channel: Channel::parse(&r.get::<_, String>(2)?),
            body: r.get(3)?,
            status: r.get(4)?,
            locale: r
                .get::<_, Option<String>>(6)?
                .as_deref()
                .and_then(Locale::parse),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How many messages went to each phone, for the simulator's index.
pub fn message_counts(conn: &Connection) -> StoreResult<Vec<(String, i64)>> {
    let mut stmt =
        conn.prepare_cached("SELECT to_phone, COUNT(*) FROM outbox GROUP BY to_phone")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

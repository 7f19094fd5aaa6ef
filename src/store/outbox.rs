//! The outbox of messages to phones and the inbox of what phones sent back.

use rusqlite::{Connection, params};

use super::{StoreResult, now};

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
        if code == "voice" { Channel::Voice } else { Channel::Sms }
    }
}

/// One line of a phone's conversation with Carnet, either direction.
#[derive(Debug, Clone)]
pub struct PhoneEvent {
    pub at: i64,
    pub outgoing: bool,
    pub channel: Channel,
    pub body: String,
    pub status: String,
}

#[derive(Debug, Clone)]
pub struct QueuedMessage {
    pub id: i64,
    pub channel: Channel,
    pub to_phone: String,
    pub body: String,
}

pub fn enqueue(
    conn: &Connection,
    establishment_id: Option<i64>,
    channel: Channel,
    to_phone: &str,
    body: &str,
    locale: &str,
) -> StoreResult<i64> {
    conn.execute(
        "INSERT INTO outbox (establishment_id, channel, to_phone, body, locale, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![establishment_id, channel.code(), to_phone, body, locale, now()],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn queued(conn: &Connection, limit: i64) -> StoreResult<Vec<QueuedMessage>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, channel, to_phone, body FROM outbox WHERE status = 'queued' ORDER BY id LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |r| {
        Ok(QueuedMessage {
            id: r.get(0)?,
            channel: Channel::parse(&r.get::<_, String>(1)?),
            to_phone: r.get(2)?,
            body: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn mark(conn: &Connection, id: i64, status: &str) -> StoreResult<()> {
    conn.execute("UPDATE outbox SET status = ?2, sent_at = ?3 WHERE id = ?1", params![id, status, now()])?;
    Ok(())
}

pub fn record_inbound(conn: &Connection, from_phone: &str, channel: Channel, body: &str) -> StoreResult<i64> {
    conn.execute(
        "INSERT INTO inbound (from_phone, channel, body, received_at) VALUES (?1, ?2, ?3, ?4)",
        params![from_phone, channel.code(), body, now()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Both directions for one phone, oldest first, as the simulator shows them.
pub fn conversation(conn: &Connection, phone: &str) -> StoreResult<Vec<PhoneEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT created_at, 1, channel, body, status, id FROM outbox WHERE to_phone = ?1
         UNION ALL
         SELECT received_at, 0, channel, body, 'received', id FROM inbound WHERE from_phone = ?1
         ORDER BY 1, 2 DESC, 6",
    )?;
    let rows = stmt.query_map([phone], |r| {
        Ok(PhoneEvent {
            at: r.get(0)?,
            outgoing: r.get(1)?,
            channel: Channel::parse(&r.get::<_, String>(2)?),
            body: r.get(3)?,
            status: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How many messages went to each phone, for the simulator's index.
pub fn message_counts(conn: &Connection) -> StoreResult<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT to_phone, COUNT(*) FROM outbox GROUP BY to_phone")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

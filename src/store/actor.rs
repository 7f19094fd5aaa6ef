//! Who changed something (staff, a guardian, Carnet itself), through which channel, on which trail.

use rusqlite::{Connection, params};

use super::{StoreResult, now};

/// The trails of steps Carnet keeps as proof: one events table per aggregate.
#[derive(Debug, Clone, Copy)]
pub enum StepLog {
    Absence,
    Meeting,
}

/// Who made a move, and through which channel.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub channel: &'static str,
    pub staff_id: Option<i64>,
    pub guardian_id: Option<i64>,
}

impl Actor {
    pub fn staff(staff_id: i64) -> Self {
        Self::staff_via("staff", staff_id)
    }

    pub fn system() -> Self {
        Self {
            channel: "system",
            staff_id: None,
            guardian_id: None,
        }
    }

    /// A member of staff entering what came another way: `paper`, `mediator`, or `staff`
    /// for a call or a visit to the school.
    pub fn staff_via(channel: &'static str, staff_id: i64) -> Self {
        Self {
            channel,
            staff_id: Some(staff_id),
            guardian_id: None,
        }
    }

    pub fn guardian(channel: &'static str, guardian_id: Option<i64>) -> Self {
        Self {
            channel,
            staff_id: None,
            guardian_id,
        }
    }

    /// Writes one step of a trail: the state `owner_id` reached, by this actor, now.
    pub fn record(
        self,
        tx: &Connection,
        log: StepLog,
        owner_id: i64,
        state: &str,
        detail: Option<&str>,
    ) -> StoreResult<()> {
        let sql = match log {
            StepLog::Absence => {
                "INSERT INTO absence_events (absence_id, at, state, channel, actor_staff_id, actor_guardian_id, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            }
            StepLog::Meeting => {
                "INSERT INTO meeting_events (meeting_id, at, state, channel, actor_staff_id, actor_guardian_id, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            }
        };
        tx.prepare_cached(sql)?.execute(params![
            owner_id,
            now(),
            state,
            self.channel,
            self.staff_id,
            self.guardian_id,
            detail
        ])?;
        Ok(())
    }
}

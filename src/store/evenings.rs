//! Parents' evenings: a class's grid of slots, every family invited, slots cancelled.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::actor::Actor;
use super::meetings::{
    MEETING_COLUMNS, MEETING_FROM, Meeting, NewMeeting, Slot, insert_meeting, insert_slot,
    meeting_from_row, offer, set_state, slot_from_row,
};
use super::{StoreResult, now};
use crate::domain::meeting::MeetingState;

/// Opens a parents' evening for a class: the grid of slots, and an invitation per pupil.
/// Returns the evening and its meetings; `None` when the class is not the establishment's.
pub fn open_evening(
    tx: &Transaction,
    new: &NewMeeting,
    class_id: i64,
    starts: &[i64],
) -> StoreResult<Option<(i64, Vec<i64>)>> {
    let pupils: Vec<i64> = tx
        .prepare_cached(
            "SELECT p.id FROM pupils p JOIN classes c ON c.id = p.class_id
             WHERE c.id = ?1 AND c.establishment_id = ?2 ORDER BY p.last_name, p.first_name",
        )?
        .query_map(params![class_id, new.establishment_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if pupils.is_empty() {
        return Ok(None);
    }
    tx.execute(
        "INSERT INTO evenings (establishment_id, class_id, host_staff_id, purpose, place, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new.establishment_id, class_id, new.host_staff_id, new.purpose, new.place, now()],
    )?;
    let evening_id = tx.last_insert_rowid();
    for &start in starts {
        insert_slot(
            tx,
            new.establishment_id,
            (None, Some(evening_id)),
            start,
            new.duration_minutes,
        )?;
    }
    let mut meetings = Vec::with_capacity(pupils.len());
    for pupil_id in pupils {
        let id = insert_meeting(tx, new, pupil_id, Some(evening_id))?;
        offer(tx, id)?;
        meetings.push(id);
    }
    Ok(Some((evening_id, meetings)))
}

/// A parents' evening and its grid: each slot and the meeting that booked it.
#[derive(Debug, Clone)]
pub struct Evening {
    pub id: i64,
    pub class_name: String,
    pub host_name: String,
    pub purpose: String,
    pub place: String,
    pub slots: Vec<(Slot, Option<Meeting>)>,
    /// Meetings of the evening with no slot, and their state.
    pub without_slot: Vec<Meeting>,
}

pub fn evening(
    conn: &Connection,
    establishment_id: i64,
    evening_id: i64,
) -> StoreResult<Option<Evening>> {
    let head: Option<(String, String, String, String)> = conn
        .query_row(
            "SELECT c.name, s.display_name, e.purpose, e.place FROM evenings e JOIN classes c ON c.id = e.class_id
             JOIN staff s ON s.id = e.host_staff_id WHERE e.id = ?1 AND e.establishment_id = ?2",
            params![evening_id, establishment_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((class_name, host_name, purpose, place)) = head else {
        return Ok(None);
    };
    let meetings: Vec<Meeting> = conn
        .prepare_cached(&format!(
            "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM} WHERE m.evening_id = ?1 ORDER BY p.last_name, p.first_name"
        ))?
        .query_map([evening_id], meeting_from_row)?
        .collect::<Result<_, _>>()?;
    let slots: Vec<Slot> = conn
        .prepare_cached(
            "SELECT id, starts_at, duration_minutes, booked_by, cancelled FROM meeting_slots
             WHERE evening_id = ?1 ORDER BY starts_at, id",
        )?
        .query_map([evening_id], slot_from_row)?
        .collect::<Result<_, _>>()?;
    let slots = slots
        .into_iter()
        .map(|slot| {
            let meeting = meetings
                .iter()
                .find(|m| Some(m.id) == slot.booked_by)
                .cloned();
            (slot, meeting)
        })
        .collect();
    let without_slot = meetings
        .into_iter()
        .filter(|m| m.booked.is_none())
        .collect();
    Ok(Some(Evening {
        id: evening_id,
        class_name,
        host_name,
        purpose,
        place,
        slots,
        without_slot,
    }))
}

/// Cancels one slot of an evening of the establishment; the family that had booked it is
/// offered the others. `None` when no such open slot exists; else that family's meeting.
pub fn cancel_slot(
    tx: &Transaction,
    establishment_id: i64,
    evening_id: i64,
    slot_id: i64,
    actor: Actor,
) -> StoreResult<Option<Option<i64>>> {
    let booked: Option<Option<i64>> = tx
        .query_row(
            "SELECT booked_by FROM meeting_slots WHERE id = ?1 AND establishment_id = ?2 AND evening_id = ?3 AND cancelled = 0",
            params![slot_id, establishment_id, evening_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(booked) = booked else {
        return Ok(None);
    };
    tx.execute(
        "UPDATE meeting_slots SET cancelled = 1, booked_by = NULL WHERE id = ?1",
        [slot_id],
    )?;
    if let Some(meeting_id) = booked {
        set_state(
            tx,
            meeting_id,
            MeetingState::Invited,
            actor,
            Some("slot_cancelled"),
        )?;
        offer(tx, meeting_id)?;
    }
    Ok(Some(booked))
}

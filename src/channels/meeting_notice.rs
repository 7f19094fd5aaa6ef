//! Telling a family about its meeting, in its language, with the slots under their letters.

use rusqlite::Connection;

use super::family_notice;
use crate::domain::locale::Locale;
use crate::domain::notice::Notice;
use crate::i18n::Catalogs;
use crate::i18n::dates::{slot_long, slot_short};
use crate::store::StoreResult;
use crate::store::meetings::{self, Meeting, Slot};
use crate::store::outbox::Channel;

/// What happened that the family must hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingNews {
    /// The slots offered (again, for a reminder to those who have not answered).
    Invitation,
    Booked,
    Declined,
    Moved,
    Cancelled,
    /// The slot they had booked was cancelled: the free ones are offered.
    SlotCancelled,
    /// The day before.
    Reminder,
}

impl MeetingNews {
    fn message(self) -> &'static str {
        match self {
            MeetingNews::Invitation => "meeting-invitation",
            MeetingNews::Booked => "meeting-booked",
            MeetingNews::Declined => "meeting-declined",
            MeetingNews::Moved => "meeting-moved",
            MeetingNews::Cancelled => "meeting-cancelled",
            MeetingNews::SlotCancelled => "meeting-slot-cancelled",
            MeetingNews::Reminder => "meeting-reminder",
        }
    }

    fn lists_slots(self) -> bool {
        matches!(self, MeetingNews::Invitation | MeetingNews::SlotCancelled)
    }
}

/// "A lun. 7/12 17:00, B mar. 8/12 17:30" in the locale.
pub fn letters_and_slots(catalogs: &Catalogs, locale: Locale, offered: &[(char, Slot)]) -> String {
    let tr = catalogs.plain(locale);
    offered
        .iter()
        .map(|(letter, slot)| format!("{letter} {}", slot_short(&tr, slot.starts_at)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The arguments every meeting message may use, for one locale and channel.
pub fn args(
    catalogs: &Catalogs,
    locale: Locale,
    channel: Channel,
    meeting: &Meeting,
    first: &str,
    offered: &[(char, Slot)],
) -> Vec<(&'static str, String)> {
    let tr = catalogs.plain(locale);
    let when = |at: i64| match channel {
        Channel::Sms => slot_short(&tr, at),
        Channel::Voice => slot_long(&tr, at),
    };
    let mut args = vec![
        ("first", first.to_string()),
        ("ref", meeting.reference.clone()),
        ("host", meeting.host_name.clone()),
        ("slots", letters_and_slots(catalogs, locale, offered)),
    ];
    if let Some(slot) = &meeting.booked {
        args.push(("slot", when(slot.starts_at)));
    }
    args
}

/// Queues the news to the guardians of the meeting's pupil. Slot lists use the letters of
/// the current offer; with nothing left to offer, the family hears that no slot is free.
pub fn tell(
    tx: &Connection,
    catalogs: &Catalogs,
    meeting_id: i64,
    news: MeetingNews,
) -> StoreResult<usize> {
    let Some(meeting) = meetings::find(tx, meeting_id)? else {
        return Ok(0);
    };
    let offered = if news.lists_slots() {
        meetings::offered(tx, meeting_id)?
    } else {
        Vec::new()
    };
    let message = if news.lists_slots() && offered.is_empty() {
        "meeting-full"
    } else {
        news.message()
    };
    let queued = family_notice::send(
        tx,
        catalogs,
        meeting.establishment_id,
        meeting.pupil_id,
        &meeting.pupil_first_name,
        false,
        |locale, channel, first| Notice {
            message,
            args: args(catalogs, locale, channel, &meeting, first, &offered),
        },
    )?;
    Ok(queued.len())
}

/// Reminds the families of meetings starting within a day, once each; quiet hours apply.
pub fn remind_due(conn: &mut Connection, catalogs: &Catalogs, at: i64) -> StoreResult<usize> {
    crate::store::write(conn, |tx| {
        let due = meetings::take_due_reminders(tx, at)?;
        for &id in &due {
            tell(tx, catalogs, id, MeetingNews::Reminder)?;
        }
        Ok(due.len())
    })
}

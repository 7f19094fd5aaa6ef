//! Meetings as iCalendar text for a download or a family's feed, in the family's language.

use jiff::Timestamp;

use crate::AppState;
use crate::domain::ics::{CalendarEvent, calendar};
use crate::domain::meeting::MeetingState;
use crate::domain::schedule::DEFAULT_TIME_ZONE;
use crate::i18n::Tr;
use crate::store::meetings::{Meeting, Slot};

/// `tr` must be a plain translator: calendar text carries no bidi isolation marks.
pub fn meetings(state: &AppState, tr: &Tr, items: &[(Meeting, Slot)]) -> String {
    let host = state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("carnet")
        .split(['/', ':'])
        .next()
        .unwrap_or("carnet")
        .to_string();
    let events: Vec<CalendarEvent> = items
        .iter()
        .map(|(meeting, slot)| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("first", meeting.pupil_first_name.clone());
            args.set("host", meeting.host_name.clone());
            CalendarEvent {
                uid: format!("meeting-{}@{host}", meeting.id),
                sequence: meeting.sequence,
                start: Timestamp::from_second(slot.starts_at).unwrap_or(Timestamp::UNIX_EPOCH),
                minutes: slot.duration_minutes,
                summary: tr.args("calendar-summary", &args),
                location: meeting.place.clone(),
                description: meeting.purpose.clone(),
                cancelled: meeting.state != MeetingState::Booked,
                stamp: Timestamp::from_second(meeting.updated_at).unwrap_or(Timestamp::UNIX_EPOCH),
            }
        })
        .collect();
    calendar(&tr.t("calendar-name"), DEFAULT_TIME_ZONE, &events)
}

//! Meetings: their states and moves, the slot letters of an SMS, and the checks on what staff type.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// The letters an invitation offers its slots under, in order; the keypad uses 1 to 4.
pub const LETTERS: [char; 4] = ['A', 'B', 'C', 'D'];
pub const MAX_SLOTS: usize = LETTERS.len();
/// The most slots a parents' evening may have for one teacher.
pub const MAX_EVENING_SLOTS: usize = 40;
pub const MAX_TEXT_CHARS: usize = 80;

/// The key pressed on a call for the slot under `letter`.
pub fn key_of(letter: char) -> Option<char> {
    let index = LETTERS.iter().position(|l| *l == letter)?;
    char::from_digit(index as u32 + 1, 10)
}

/// The letter of the slot a key names (1 to 4).
pub fn letter_of_key(key: char) -> Option<char> {
    let index = key.to_digit(10)?.checked_sub(1)? as usize;
    LETTERS.get(index).copied()
}

/// Where a meeting stands for the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingState {
    Invited,
    Booked,
    Declined,
    OtherTime,
    Cancelled,
}

impl MeetingState {
    pub const ALL: [MeetingState; 5] = [
        MeetingState::Invited,
        MeetingState::Booked,
        MeetingState::Declined,
        MeetingState::OtherTime,
        MeetingState::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeetingState::Invited => "invited",
            MeetingState::Booked => "booked",
            MeetingState::Declined => "declined",
            MeetingState::OtherTime => "other_time",
            MeetingState::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<MeetingState> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the family still has to choose.
    pub fn waits_for_family(self) -> bool {
        matches!(self, MeetingState::Invited)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingMove {
    /// The family picks a slot (or picks another one).
    Book,
    Decline,
    AskOtherTime,
    /// The school offers the slots again (after a cancelled slot, or another time asked).
    Reoffer,
    Cancel,
}

/// The state after `action`, or `None` when it is not allowed: nothing moves a cancelled
/// meeting, and a family cannot book what it declined without being offered again.
pub fn next(from: MeetingState, action: MeetingMove) -> Option<MeetingState> {
    use MeetingState::*;
    match (from, action) {
        (Cancelled, _) => None,
        (Invited | Booked, MeetingMove::Book) => Some(Booked),
        (Invited | Booked | OtherTime, MeetingMove::Decline) => Some(Declined),
        (Invited | Booked | Declined, MeetingMove::AskOtherTime) => Some(OtherTime),
        (_, MeetingMove::Reoffer) => Some(Invited),
        (_, MeetingMove::Cancel) => Some(Cancelled),
        _ => None,
    }
}

/// A local date and time typed by staff, in the establishment's zone; a time that does not
/// exist (the spring DST gap) moves forward, as clocks do.
pub fn local_timestamp(date: &str, time: &str, zone: &TimeZone) -> Option<Timestamp> {
    let date: Date = date.trim().parse().ok()?;
    let time: Time = time.trim().parse().ok()?;
    // Compatible disambiguation: a gap moves forward, a fold takes the earlier time (RFC 5545).
    zone.to_timestamp(DateTime::from_parts(date, time)).ok()
}

/// The start times of a parents' evening: every `minutes` from `start` while a whole slot
/// fits before `end`; `None` when the grid is empty or larger than `MAX_EVENING_SLOTS`.
pub fn evening_starts(start: Timestamp, end: Timestamp, minutes: i64) -> Option<Vec<Timestamp>> {
    if !(5..=240).contains(&minutes) {
        return None;
    }
    let mut starts = Vec::new();
    let mut at = start;
    while at.checked_add(minutes.minutes()).ok()? <= end {
        starts.push(at);
        if starts.len() > MAX_EVENING_SLOTS {
            return None;
        }
        at = at.checked_add(minutes.minutes()).ok()?;
    }
    (!starts.is_empty()).then_some(starts)
}

/// A short text typed by staff or a family: trimmed, not empty, at most `max` characters,
/// no control characters.
pub fn short_text(text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    let fine =
        !text.is_empty() && text.chars().count() <= max && !text.chars().any(char::is_control);
    fine.then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_keys_match() {
        assert_eq!(key_of('A'), Some('1'));
        assert_eq!(key_of('D'), Some('4'));
        assert_eq!(key_of('E'), None);
        assert_eq!(letter_of_key('2'), Some('B'));
        assert_eq!(letter_of_key('0'), None);
        assert_eq!(letter_of_key('5'), None);
    }

    #[test]
    fn a_cancelled_meeting_never_moves_and_a_decline_needs_a_new_offer() {
        use MeetingMove::*;
        use MeetingState::*;
        assert_eq!(next(Invited, Book), Some(Booked));
        assert_eq!(next(Booked, Book), Some(Booked), "another slot");
        assert_eq!(next(Booked, Decline), Some(Declined));
        assert_eq!(next(Declined, Book), None);
        assert_eq!(next(Declined, Reoffer), Some(Invited));
        assert_eq!(next(OtherTime, Book), None);
        for action in [Book, Decline, AskOtherTime, Reoffer, Cancel] {
            assert_eq!(next(Cancelled, action), None);
        }
        for state in MeetingState::ALL {
            assert_eq!(MeetingState::parse(state.code()), Some(state));
        }
    }

    #[test]
    fn local_times_follow_paris_across_daylight_saving() {
        let paris = TimeZone::get("Europe/Paris").unwrap();
        let winter = local_timestamp("2026-12-07", "17:00", &paris).unwrap();
        assert_eq!(winter.to_string(), "2026-12-07T16:00:00Z");
        let summer = local_timestamp("2027-04-06", "17:00", &paris).unwrap();
        assert_eq!(summer.to_string(), "2027-04-06T15:00:00Z");
        let gap = local_timestamp("2027-03-28", "02:30", &paris).unwrap();
        assert_eq!(gap.to_string(), "2027-03-28T01:30:00Z", "03:30 CEST");
        assert_eq!(local_timestamp("2026-13-01", "17:00", &paris), None);
        assert_eq!(local_timestamp("2026-12-07", "25:00", &paris), None);
    }

    #[test]
    fn an_evening_grid_fits_whole_slots() {
        let start: Timestamp = "2026-12-07T16:00:00Z".parse().unwrap();
        let end: Timestamp = "2026-12-07T17:00:00Z".parse().unwrap();
        let starts = evening_starts(start, end, 15).unwrap();
        assert_eq!(starts.len(), 4);
        assert_eq!(evening_starts(start, end, 25).unwrap().len(), 2);
        assert_eq!(
            evening_starts(end, start, 15),
            None,
            "ends before it starts"
        );
        assert_eq!(evening_starts(start, end, 0), None);
        let late: Timestamp = "2026-12-08T17:00:00Z".parse().unwrap();
        assert_eq!(evening_starts(start, late, 5), None, "too many slots");
    }

    #[test]
    fn short_texts_are_trimmed_and_bounded() {
        assert_eq!(short_text("  bilan  ", 80).as_deref(), Some("bilan"));
        assert_eq!(short_text("   ", 80), None);
        assert_eq!(short_text(&"x".repeat(81), 80), None);
        assert_eq!(short_text("a\u{0}b", 80), None);
    }
}

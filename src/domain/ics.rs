//! iCalendar (RFC 5545) text for meetings: stable UIDs, SEQUENCE, cancellations, Paris time.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The zone whose daylight-saving rules the calendar spells out; others are written in UTC.
const PARIS: &str = "Europe/Paris";

/// The European Union rule since 1996: summer time from the last Sunday of March at 02:00
/// to the last Sunday of October at 03:00 local time.
const PARIS_TIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// One meeting as a calendar event.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Never changes for a meeting, so a calendar updates the event instead of adding one.
    pub uid: String,
    /// Raised on every change the family must see.
    pub sequence: i64,
    pub start: Timestamp,
    pub minutes: i64,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub cancelled: bool,
    /// When this version of the event was last changed.
    pub stamp: Timestamp,
}

/// A whole calendar: `name` shown by calendar apps, events in the establishment's zone.
pub fn calendar(name: &str, zone_name: &str, events: &[CalendarEvent]) -> String {
    let zone = TimeZone::get(zone_name).unwrap_or(TimeZone::UTC);
    let named_zone = zone_name == PARIS;
    let mut out = String::new();
    let mut line = |text: String| out.push_str(&fold(&text));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Carnet//Meetings//FR".into());
    line("CALSCALE:GREGORIAN".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    if named_zone {
        line(format!("X-WR-TIMEZONE:{PARIS}"));
    }
    let mut body = String::new();
    for event in events {
        let end = event
            .start
            .checked_add(jiff::Span::new().minutes(event.minutes))
            .unwrap_or(event.start);
        let when = |at: Timestamp| {
            if named_zone {
                let local = at.to_zoned_datetime(zone.clone());
                format!(";TZID={PARIS}:{}", local.strftime("%Y%m%dT%H%M%S"))
            } else {
                format!(":{}", utc(at))
            }
        };
        let mut push = |text: String| body.push_str(&fold(&text));
        push("BEGIN:VEVENT".into());
        push(format!("UID:{}", event.uid));
        push(format!("DTSTAMP:{}", utc(event.stamp)));
        push(format!("SEQUENCE:{}", event.sequence));
        push(format!("DTSTART{}", when(event.start)));
        push(format!("DTEND{}", when(end)));
        push(format!("SUMMARY:{}", escape(&event.summary)));
        push(format!("LOCATION:{}", escape(&event.location)));
        push(format!("DESCRIPTION:{}", escape(&event.description)));
        push(format!(
            "STATUS:{}",
            if event.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ));
        push("END:VEVENT".into());
    }
    if named_zone {
        out.push_str(PARIS_TIMEZONE);
    }
    out.push_str(&body);
    out.push_str("END:VCALENDAR\r\n");
    out
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character, ending with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: &str, cancelled: bool) -> CalendarEvent {
        CalendarEvent {
            uid: "meeting-7@carnet".into(),
            sequence: 2,
            start: start.parse().unwrap(),
            minutes: 30,
            summary: "Rendez-vous, Léa; bilan".into(),
            location: "Salle 12".into(),
            description: "a\nb".into(),
            cancelled,
            stamp: "2026-11-30T10:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn paris_times_are_local_with_their_rules_and_text_is_escaped() {
        let text = calendar(
            "Carnet",
            PARIS,
            &[
                event("2026-12-07T16:00:00Z", false),
                event("2027-04-06T15:00:00Z", true),
            ],
        );
        assert!(text.contains("DTSTART;TZID=Europe/Paris:20261207T170000\r\n"));
        assert!(text.contains("DTEND;TZID=Europe/Paris:20261207T173000\r\n"));
        assert!(
            text.contains("DTSTART;TZID=Europe/Paris:20270406T170000\r\n"),
            "summer time"
        );
        assert!(text.contains("SUMMARY:Rendez-vous\\, Léa\\; bilan\r\n"));
        assert!(text.contains("DESCRIPTION:a\\nb\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(text.contains("BEGIN:VTIMEZONE"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn other_zones_are_written_in_utc() {
        let text = calendar(
            "Carnet",
            "America/Cayenne",
            &[event("2026-12-07T16:00:00Z", false)],
        );
        assert!(text.contains("DTSTART:20261207T160000Z\r\n"));
        assert!(!text.contains("VTIMEZONE"));
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(60)));
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(
            folded.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "é".repeat(60))
        );
    }
}

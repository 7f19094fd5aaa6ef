//! When a delivery may go: quiet hours in the family's time zone, and retry backoff.

use jiff::civil::Time;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::absence::HalfDay;
use super::preferences::{QuietHours, TimeOfDay};

/// The establishments' time zone until an establishment says otherwise.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Paris";

fn civil(time: TimeOfDay) -> Time {
    let minutes = time.minutes();
    Time::constant(
        i8::try_from(minutes / 60).unwrap_or(0),
        i8::try_from(minutes % 60).unwrap_or(0),
        0,
        0,
    )
}

/// If `now` falls in the quiet hours (local time in `tz`), the instant they end;
/// `None` when a message may go now. Daylight-saving changes are handled by the
/// time zone database: the end is the next local occurrence of the end time.
pub fn quiet_until(now: Timestamp, quiet: QuietHours, tz: &TimeZone) -> Option<Timestamp> {
    let local = now.to_zoned_datetime(tz.clone());
    let time = local.time();
    let minutes = u16::try_from(i32::from(time.hour()) * 60 + i32::from(time.minute())).ok()?;
    if !quiet.contains(TimeOfDay::from_minutes(i64::from(minutes))?) {
        return None;
    }
    let end_today = local
        .date()
        .to_datetime(civil(quiet.end))
        .to_zoned_datetime(tz.clone())
        .ok()?;
    let end = if end_today.timestamp() > now {
        end_today
    } else {
        local
            .date()
            .checked_add(1.day())
            .ok()?
            .to_datetime(civil(quiet.end))
            .to_zoned_datetime(tz.clone())
            .ok()?
    };
    Some(end.timestamp())
}

/// Seconds before retry number `attempt` (1-based): 30 s doubling to at most an hour,
/// spread by `jitter` in [0, 1) over the upper half so retries of a burst do not align.
pub fn backoff_seconds(attempt: u32, jitter: f64) -> i64 {
    let base = 30i64
        .saturating_mul(1i64 << attempt.saturating_sub(1).min(20))
        .min(3600);
    base / 2 + ((base / 2) as f64 * jitter.clamp(0.0, 1.0)) as i64
}

/// Today's date in the establishments' time zone, and the half-day it is now.
pub fn school_today() -> (jiff::civil::Date, HalfDay) {
    let now = Timestamp::now().to_zoned_datetime(time_zone(DEFAULT_TIME_ZONE));
    let half = if now.hour() < 12 {
        HalfDay::Morning
    } else {
        HalfDay::Afternoon
    };
    (now.date(), half)
}

/// The school date `days` days ago (YYYY-MM-DD), the start of a "last N days" window.
pub fn school_days_ago(days: i64) -> String {
    let today = school_today().0;
    today.checked_sub(days.days()).unwrap_or(today).to_string()
}

/// How a spoken message names a recent school day (`YYYY-MM-DD`) seen from `today`:
/// `today`, `yesterday` or `earlier`, a Fluent selector every locale translates.
pub fn day_word(day: &str, today: jiff::civil::Date) -> &'static str {
    match day.parse::<jiff::civil::Date>() {
        Ok(date) if date == today => "today",
        Ok(date) if today.checked_sub(1.days()).is_ok_and(|d| d == date) => "yesterday",
        _ => "earlier",
    }
}

pub fn time_zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_days_have_words() {
        let today: jiff::civil::Date = "2026-03-02".parse().unwrap();
        assert_eq!(day_word("2026-03-02", today), "today");
        assert_eq!(day_word("2026-03-01", today), "yesterday");
        assert_eq!(day_word("2026-02-27", today), "earlier");
        assert_eq!(day_word("not a day", today), "earlier");
    }

    fn paris() -> TimeZone {
        time_zone(DEFAULT_TIME_ZONE)
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn evenings_wait_until_the_morning() {
        let quiet = QuietHours::default();
        // 21:00 in Paris in winter is 20:00 UTC; quiet until 07:30 Paris = 06:30 UTC.
        assert_eq!(
            quiet_until(at("2026-11-30T20:00:00Z"), quiet, &paris()),
            Some(at("2026-12-01T06:30:00Z"))
        );
        // 02:00 Paris: quiet until 07:30 the same day.
        assert_eq!(
            quiet_until(at("2026-12-01T01:00:00Z"), quiet, &paris()),
            Some(at("2026-12-01T06:30:00Z"))
        );
        assert_eq!(
            quiet_until(at("2026-12-01T11:00:00Z"), quiet, &paris()),
            None
        );
    }

    #[test]
    fn the_end_of_quiet_hours_follows_daylight_saving() {
        let quiet = QuietHours::default();
        // Night of 28-29 March 2026: clocks go forward; 07:30 Paris is 05:30 UTC.
        assert_eq!(
            quiet_until(at("2026-03-28T21:00:00Z"), quiet, &paris()),
            Some(at("2026-03-29T05:30:00Z"))
        );
        // Night of 24-25 October 2026: clocks go back; 07:30 Paris is 06:30 UTC.
        assert_eq!(
            quiet_until(at("2026-10-24T20:00:00Z"), quiet, &paris()),
            Some(at("2026-10-25T06:30:00Z"))
        );
        // 19:30 Paris in summer (17:30 UTC) is not quiet; 20:00 (18:00 UTC) is.
        assert_eq!(
            quiet_until(at("2026-06-15T17:30:00Z"), quiet, &paris()),
            None
        );
        assert!(quiet_until(at("2026-06-15T18:00:00Z"), quiet, &paris()).is_some());
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        assert_eq!(backoff_seconds(1, 0.0), 15);
        assert_eq!(backoff_seconds(1, 0.999), 29);
        assert_eq!(backoff_seconds(2, 0.0), 30);
        assert_eq!(backoff_seconds(30, 1.0), 3600);
        assert!(backoff_seconds(3, 0.5) > backoff_seconds(2, 0.5));
    }
}

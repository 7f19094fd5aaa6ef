//! What a family chooses: channels, quiet hours and rhythm, with the rules that bind them.

use std::fmt;

use super::locale::{Locale, ReadingLevel};

/// Everything a guardian chooses on the settings page, stored per guardian and never
/// overwritten by an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyPreferences {
    pub language: Locale,
    pub reading_level: ReadingLevel,
    pub channels: Channels,
    pub quiet_hours: QuietHours,
    pub rhythm: Rhythm,
}

impl FamilyPreferences {
    /// The catalog this family reads: their language at their reading level.
    pub fn locale(&self) -> Locale {
        self.language.with_reading_level(self.reading_level)
    }
}

/// A time of day to the minute, parsed from `HH:MM` as `<input type=time>` sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay {
    minutes: u16,
}

impl TimeOfDay {
    pub fn new(hour: u16, minute: u16) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self {
            minutes: hour * 60 + minute,
        })
    }

    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        let (h, m) = input.split_once(':').or_else(|| input.split_once('h'))?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        Self::new(h.parse().ok()?, m.parse().ok()?)
    }

    pub fn from_minutes(minutes: i64) -> Option<Self> {
        u16::try_from(minutes)
            .ok()
            .filter(|m| *m < 24 * 60)
            .map(|minutes| Self { minutes })
    }

    pub fn minutes(self) -> u16 {
        self.minutes
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

/// The hours when non-urgent messages wait; the window may cross midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: TimeOfDay,
    pub end: TimeOfDay,
}

impl Default for QuietHours {
    /// 20:00 to 07:30, the school's default.
    fn default() -> Self {
        Self {
            start: TimeOfDay { minutes: 20 * 60 },
            end: TimeOfDay {
                minutes: 7 * 60 + 30,
            },
        }
    }
}

impl QuietHours {
    pub fn contains(&self, time: TimeOfDay) -> bool {
        if self.start <= self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }
}

/// Whether notices go out as they happen or gathered into one daily message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rhythm {
    #[default]
    Immediate,
    DailyDigest,
}

impl Rhythm {
    pub fn code(self) -> &'static str {
        match self {
            Rhythm::Immediate => "immediate",
            Rhythm::DailyDigest => "digest",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        match input {
            "immediate" => Some(Rhythm::Immediate),
            "digest" => Some(Rhythm::DailyDigest),
            _ => None,
        }
    }
}

/// The channels a guardian receives notices on. Letters are always the last resort
/// and need no choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Channels {
    pub web: bool,
    pub sms: bool,
    pub voice: bool,
}

impl Default for Channels {
    fn default() -> Self {
        Self {
            web: true,
            sms: true,
            voice: false,
        }
    }
}

impl Channels {
    pub fn any(&self) -> bool {
        self.web || self.sms || self.voice
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_as_browsers_and_people_write_them() {
        assert_eq!(TimeOfDay::parse("20:00").unwrap().to_string(), "20:00");
        assert_eq!(TimeOfDay::parse("7:30").unwrap().to_string(), "07:30");
        assert_eq!(TimeOfDay::parse("07h30").unwrap().to_string(), "07:30");
        for bad in [
            "", "24:00", "12:60", "12", "ab:cd", "1:2", "-1:00", "123:00", "12:00:00",
        ] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn quiet_hours_cross_midnight() {
        let quiet = QuietHours::default();
        assert!(quiet.contains(TimeOfDay::new(23, 0).unwrap()));
        assert!(quiet.contains(TimeOfDay::new(7, 29).unwrap()));
        assert!(!quiet.contains(TimeOfDay::new(7, 30).unwrap()));
        assert!(!quiet.contains(TimeOfDay::new(12, 0).unwrap()));
        let afternoon = QuietHours {
            start: TimeOfDay::new(12, 0).unwrap(),
            end: TimeOfDay::new(14, 0).unwrap(),
        };
        assert!(afternoon.contains(TimeOfDay::new(13, 0).unwrap()));
        assert!(!afternoon.contains(TimeOfDay::new(14, 0).unwrap()));
    }

    #[test]
    fn rhythm_codes_round_trip() {
        for rhythm in [Rhythm::Immediate, Rhythm::DailyDigest] {
            assert_eq!(Rhythm::parse(rhythm.code()), Some(rhythm));
        }
        assert_eq!(Rhythm::parse("weekly"), None);
    }
}

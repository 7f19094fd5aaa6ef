//! `Locale`: the languages and reading levels Carnet speaks, and how each is written.

use std::fmt;

/// Every catalog in `locales/`. French easy-to-read (FALC) is a reading level of
/// French with its own catalog, so it is a locale of its own here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    Fr,
    FrEasy,
    Ar,
    Uk,
    Pt,
    Tr,
    Ro,
    En,
    Es,
}

/// How long the text is to read: standard, or easy-to-read (FALC, French only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadingLevel {
    #[default]
    Standard,
    Easy,
}

impl Locale {
    pub const ALL: [Locale; 9] = [
        Locale::Fr,
        Locale::FrEasy,
        Locale::Ar,
        Locale::Uk,
        Locale::Pt,
        Locale::Tr,
        Locale::Ro,
        Locale::En,
        Locale::Es,
    ];

    /// The languages a family can choose (FALC is a reading level of French, not a language).
    pub const LANGUAGES: [Locale; 8] = [
        Locale::Fr,
        Locale::Ar,
        Locale::Uk,
        Locale::Pt,
        Locale::Tr,
        Locale::Ro,
        Locale::En,
        Locale::Es,
    ];

    /// The code used in URLs, cookies, the database and `locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::FrEasy => "fr-falc",
            Locale::Ar => "ar",
            Locale::Uk => "uk",
            Locale::Pt => "pt",
            Locale::Tr => "tr",
            Locale::Ro => "ro",
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The BCP 47 tag for `<html lang>` and plural rules.
    pub fn language_tag(self) -> &'static str {
        match self {
            Locale::FrEasy => "fr",
            other => other.code(),
        }
    }

    /// The language named in itself, as a switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::FrEasy => "Français facile à lire",
            Locale::Ar => "العربية",
            Locale::Uk => "Українська",
            Locale::Pt => "Português",
            Locale::Tr => "Türkçe",
            Locale::Ro => "Română",
            Locale::En => "English",
            Locale::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Accepts a code as stored or typed (`AR`, `pt-BR`, `fr_FR`); unknown codes give `None`.
    pub fn parse(input: &str) -> Option<Locale> {
        let lowered = input.trim().to_ascii_lowercase().replace('_', "-");
        if lowered == "fr-falc" {
            return Some(Locale::FrEasy);
        }
        let primary = lowered.split('-').next()?;
        Locale::LANGUAGES.into_iter().find(|l| l.code() == primary)
    }

    /// The language part, without the reading level.
    pub fn language(self) -> Locale {
        match self {
            Locale::FrEasy => Locale::Fr,
            other => other,
        }
    }

    pub fn reading_level(self) -> ReadingLevel {
        match self {
            Locale::FrEasy => ReadingLevel::Easy,
            _ => ReadingLevel::Standard,
        }
    }

    /// Combines a chosen language with a reading level; only French has an easy version.
    pub fn with_reading_level(self, level: ReadingLevel) -> Locale {
        match (self.language(), level) {
            (Locale::Fr, ReadingLevel::Easy) => Locale::FrEasy,
            (language, _) => language,
        }
    }
}

impl ReadingLevel {
    pub fn code(self) -> &'static str {
        match self {
            ReadingLevel::Standard => "standard",
            ReadingLevel::Easy => "easy",
        }
    }

    pub fn parse(input: &str) -> Option<ReadingLevel> {
        match input {
            "standard" => Some(ReadingLevel::Standard),
            "easy" => Some(ReadingLevel::Easy),
            _ => None,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_as_written_in_exports_and_headers() {
        assert_eq!(Locale::parse("ar"), Some(Locale::Ar));
        assert_eq!(Locale::parse("AR"), Some(Locale::Ar));
        assert_eq!(Locale::parse("pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::parse("fr_FR"), Some(Locale::Fr));
        assert_eq!(Locale::parse("fr-falc"), Some(Locale::FrEasy));
        assert_eq!(Locale::parse("de"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn every_code_round_trips() {
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.code()), Some(locale));
        }
    }

    #[test]
    fn easy_reading_exists_only_in_french() {
        assert_eq!(
            Locale::Fr.with_reading_level(ReadingLevel::Easy),
            Locale::FrEasy
        );
        assert_eq!(
            Locale::Ar.with_reading_level(ReadingLevel::Easy),
            Locale::Ar
        );
        assert_eq!(
            Locale::FrEasy.with_reading_level(ReadingLevel::Standard),
            Locale::Fr
        );
        assert_eq!(Locale::FrEasy.language_tag(), "fr");
        assert_eq!(Locale::Ar.dir(), "rtl");
    }
}

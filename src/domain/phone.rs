//! `PhoneNumber`: an E.164 number, parsed from what people actually type.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("no phone number given")]
    Empty,
    #[error("not a phone number")]
    Invalid,
}

/// Whether a French number reaches a mobile (SMS-capable) or a fixed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Mobile,
    Landline,
}

impl PhoneNumber {
    /// Accepts E.164 (`+33612345678`), the international prefix `0033`, and French
    /// national numbers (`06 12 34 56 78`, `06.12.34.56.78`), with spaces, dots,
    /// dashes and brackets between digits.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        if trimmed.chars().count() > 32 {
            return Err(PhoneError::Invalid);
        }
        let mut digits = String::new();
        let mut plus = false;
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => plus = true,
                ' ' | '.' | '-' | '(' | ')' | '\u{a0}' | '\u{202f}' => {}
                _ => return Err(PhoneError::Invalid),
            }
        }
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_string()
        } else if digits.len() == 10 && digits.starts_with('0') && !digits.starts_with("00") {
            format!("33{}", &digits[1..])
        } else {
            return Err(PhoneError::Invalid);
        };
        Self::from_international_digits(&international)
    }

    fn from_international_digits(digits: &str) -> Result<Self, PhoneError> {
        if !(8..=15).contains(&digits.len()) || digits.starts_with('0') {
            return Err(PhoneError::Invalid);
        }
        if let Some(national) = digits.strip_prefix("33") {
            // French numbers have nine digits after the country code, the first 1-9.
            if national.len() != 9 || national.starts_with('0') {
                return Err(PhoneError::Invalid);
            }
        }
        Ok(Self(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// French 06/07 numbers are mobiles; other French numbers are fixed lines.
    /// Foreign numbers are assumed to be mobiles: SMS is tried and its failure reported.
    pub fn line_kind(&self) -> LineKind {
        match self.0.strip_prefix("+33") {
            Some(national) if !(national.starts_with('6') || national.starts_with('7')) => {
                LineKind::Landline
            }
            _ => LineKind::Mobile,
        }
    }

    /// The number as a person reads it, with all but the last two digits hidden.
    pub fn masked(&self) -> String {
        let tail: String = self
            .0
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("•• •• •• •• {tail}")
    }

    /// French numbers in the national grouping (06 12 34 56 78), others as E.164.
    pub fn national(&self) -> String {
        match self.0.strip_prefix("+33") {
            Some(national) => {
                let full = format!("0{national}");
                full.as_bytes()
                    .chunks(2)
                    .map(|pair| String::from_utf8_lossy(pair).into_owned())
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            None => self.0.clone(),
        }
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_ways_french_numbers_are_typed() {
        for typed in [
            "06 12 34 56 78",
            "0612345678",
            "06.12.34.56.78",
            "+33 6 12 34 56 78",
            "0033612345678",
            " +33612345678 ",
            "06-12-34-56-78",
        ] {
            assert_eq!(
                PhoneNumber::parse(typed).unwrap().as_str(),
                "+33612345678",
                "{typed}"
            );
        }
    }

    #[test]
    fn accepts_foreign_e164() {
        assert_eq!(
            PhoneNumber::parse("+212 612 345 678").unwrap().as_str(),
            "+212612345678"
        );
        assert_eq!(
            PhoneNumber::parse("+380 50 123 4567").unwrap().as_str(),
            "+380501234567"
        );
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneError::Empty));
        assert_eq!(PhoneNumber::parse("   "), Err(PhoneError::Empty));
        for bad in [
            "612345678",
            "06 12 34 56",
            "06123456789",
            "+33012345678",
            "abc",
            "06 12 34 56 7a",
            "+33 6 12 34 56 78 99",
            "++33612345678",
            "3361234+5678",
            "<b>06</b>",
            "0000000000",
            "+0612345678",
        ] {
            assert_eq!(PhoneNumber::parse(bad), Err(PhoneError::Invalid), "{bad}");
        }
        assert_eq!(
            PhoneNumber::parse(&"0".repeat(5000)),
            Err(PhoneError::Invalid)
        );
    }

    #[test]
    fn tells_mobiles_from_landlines() {
        assert_eq!(
            PhoneNumber::parse("06 12 34 56 78").unwrap().line_kind(),
            LineKind::Mobile
        );
        assert_eq!(
            PhoneNumber::parse("07 12 34 56 78").unwrap().line_kind(),
            LineKind::Mobile
        );
        assert_eq!(
            PhoneNumber::parse("01 44 55 66 77").unwrap().line_kind(),
            LineKind::Landline
        );
        assert_eq!(
            PhoneNumber::parse("+212612345678").unwrap().line_kind(),
            LineKind::Mobile
        );
    }

    #[test]
    fn shows_national_and_masked_forms() {
        let number = PhoneNumber::parse("+33612345678").unwrap();
        assert_eq!(number.national(), "06 12 34 56 78");
        assert_eq!(number.masked(), "•• •• •• •• 78");
    }
}

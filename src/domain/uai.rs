//! `Uai`: the national identifier of a French establishment (7 digits and a check letter).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Uai(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UaiError {
    #[error("a UAI is seven digits and a letter, such as 0751234A")]
    Format,
    #[error("the UAI check letter does not match its digits")]
    CheckLetter,
}

/// The check letter alphabet: the remainder of the number modulo 23 indexes it.
const CHECK_LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

impl Uai {
    /// Parses `0751234A`-style codes, case-insensitively, and checks the letter.
    pub fn parse(input: &str) -> Result<Self, UaiError> {
        let code = input.trim().to_ascii_uppercase();
        let bytes = code.as_bytes();
        if bytes.len() != 8
            || !bytes[7].is_ascii_uppercase()
            || !bytes[..7].iter().all(u8::is_ascii_digit)
        {
            return Err(UaiError::Format);
        }
        let value: u64 = code[..7].parse().map_err(|_| UaiError::Format)?;
        let expected = CHECK_LETTERS[(value % 23) as usize];
        if bytes[7] != expected {
            return Err(UaiError::CheckLetter);
        }
        Ok(Self(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Builds a valid code from seven digits by computing its letter (demo data).
    pub fn with_check_letter(digits: &str) -> Result<Self, UaiError> {
        if digits.len() != 7 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(UaiError::Format);
        }
        let value: u64 = digits.parse().map_err(|_| UaiError::Format)?;
        let letter = CHECK_LETTERS[(value % 23) as usize] as char;
        Self::parse(&format!("{digits}{letter}"))
    }
}

impl fmt::Display for Uai {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_codes() {
        // Lycée Louis-le-Grand, Paris.
        assert_eq!(Uai::parse("0750654D").unwrap().as_str(), "0750654D");
        assert_eq!(Uai::parse(" 0750654d ").unwrap().as_str(), "0750654D");
        assert_eq!(Uai::with_check_letter("2B00001"), Err(UaiError::Format));
    }

    #[test]
    fn computes_and_checks_the_letter() {
        let uai = Uai::with_check_letter("0930001").unwrap();
        assert_eq!(Uai::parse(uai.as_str()).unwrap(), uai);
        let wrong = format!(
            "0930001{}",
            if uai.as_str().ends_with('A') {
                'B'
            } else {
                'A'
            }
        );
        assert_eq!(Uai::parse(&wrong), Err(UaiError::CheckLetter));
    }

    #[test]
    fn rejects_malformed_codes() {
        for bad in [
            "",
            "075065D",
            "07506544",
            "0750654DD",
            "ABCDEFGH",
            "0750 654D",
            "075065éD",
        ] {
            assert!(Uai::parse(bad).is_err(), "{bad}");
        }
    }
}

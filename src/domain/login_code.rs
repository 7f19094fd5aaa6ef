//! One-time sign-in codes: their shape, lifetime, attempt limit and hashing.

use sha2::{Digest, Sha256};

pub const CODE_LIFETIME_SECONDS: i64 = 10 * 60;
pub const MAX_ATTEMPTS: i64 = 5;
/// Codes one number may request in `REQUEST_WINDOW_SECONDS`.
pub const MAX_REQUESTS_PER_NUMBER: i64 = 3;
pub const REQUEST_WINDOW_SECONDS: i64 = 15 * 60;

/// Six random digits, uniformly drawn.
pub fn generate_code() -> String {
    loop {
        let mut bytes = [0u8; 4];
        if getrandom::fill(&mut bytes).is_err() {
            continue;
        }
        let value = u32::from_le_bytes(bytes);
        // Reject the top sliver so the modulo is unbiased.
        if value < u32::MAX - (u32::MAX % 1_000_000) {
            return format!("{:06}", value % 1_000_000);
        }
    }
}

/// Accepts what people type: "123 456", "123-456", full-width digits are refused.
pub fn normalise_code(input: &str) -> Option<String> {
    let digits: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.'))
        .collect();
    (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The code is hashed with its challenge's token, so equal codes never hash alike.
pub fn hash_code(challenge_token: &[u8], code: &str) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(challenge_token);
    hasher.update(b":");
    hasher.update(code.as_bytes());
    hasher.finalize().to_vec()
}

/// What checking a code against its challenge came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck {
    Accepted { phone: String },
    Wrong { attempts_left: i64 },
    Expired,
    TooManyAttempts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_vary() {
        let codes: std::collections::HashSet<_> = (0..50).map(|_| generate_code()).collect();
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()))
        );
        assert!(codes.len() > 40);
    }

    #[test]
    fn normalises_typed_codes() {
        assert_eq!(normalise_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(normalise_code("123-456").as_deref(), Some("123456"));
        for bad in ["", "12345", "1234567", "12345a", "１２３４５６"] {
            assert_eq!(normalise_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn hashes_depend_on_the_challenge() {
        assert_ne!(hash_code(b"a", "123456"), hash_code(b"b", "123456"));
        assert_eq!(hash_code(b"a", "123456"), hash_code(b"a", "123456"));
    }
}

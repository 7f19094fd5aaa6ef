//! `Notice`: what the domain wants said, as a message id and arguments, for any channel.

use super::absence::HalfDay;

/// A channel-neutral message: each channel renders `message` with its own attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Notice {
    /// A sign-in code; `spoken` separates the digits so text-to-speech reads them one by one.
    pub fn login_code(code: &str) -> Self {
        let spoken = code
            .chars()
            .map(String::from)
            .collect::<Vec<_>>()
            .join(", ");
        Self {
            message: "login-code",
            args: vec![("code", code.to_string()), ("spoken", spoken)],
        }
    }

    /// An absence told to the family: first name and reference only, never a surname.
    pub fn absence(first_name: &str, half_day: HalfDay, reference: &str) -> Self {
        Self {
            message: "absence-notice",
            args: vec![
                ("first", first_name.to_string()),
                ("half", half_day.code().to_string()),
                ("ref", reference.to_string()),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spoken_codes_separate_each_digit() {
        let notice = Notice::login_code("042917");
        assert_eq!(notice.args[1], ("spoken", "0, 4, 2, 9, 1, 7".to_string()));
    }
}

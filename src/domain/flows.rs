//! Conversation flows as data (`sms-flows/*.toml`): states, digits, actions, and their checks.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::locale::Locale;

/// What choosing an option does; a closed set the channels know how to carry out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    None,
    Messages,
    Help,
    Callback,
    Language,
    Goodbye,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuOption {
    pub digit: String,
    pub action: Action,
    pub next: String,
    /// For `language` actions: the locale code chosen.
    pub language: Option<String>,
}

/// What a state waits for: a menu digit, a PIN typed in full, the reason for the absence
/// it announces (the digits of the SMS: 1–5 the reasons, 0 "at school"), or the slot of
/// the meeting it announces (1–4 for the letters A–D, 0 declines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    #[default]
    Menu,
    Pin,
    Reason,
    Slot,
}

impl Input {
    /// The digits the state's own answers take, which no option may reuse.
    fn reserved_digits(self) -> &'static [&'static str] {
        match self {
            Input::Menu | Input::Pin => &[],
            Input::Reason => &["0", "1", "2", "3", "4", "5"],
            Input::Slot => &["0", "1", "2", "3", "4"],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub prompt: String,
    #[serde(default)]
    pub input: Input,
    #[serde(default)]
    pub options: Vec<MenuOption>,
    /// Where a PIN state goes once the PIN is right, or a reason state once answered.
    pub next: Option<String>,
    /// Where a PIN state goes instead when an absence waits for its reason.
    pub waiting: Option<String>,
    /// Where silence leads on a call.
    pub no_input: Option<String>,
    /// An action taken on entering the state (`goodbye` hangs up).
    pub action: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub start_sms: String,
    pub start_voice: String,
    pub states: BTreeMap<String, State>,
}

/// The most options a voice menu may offer, so a listener can hold them in mind.
pub const MAX_VOICE_OPTIONS: usize = 4;

impl Flow {
    pub fn parse(text: &str) -> Result<Flow, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    pub fn state(&self, id: &str) -> Option<&State> {
        self.states.get(id)
    }

    /// The option a digit picks in a state, if any.
    pub fn option(&self, state: &str, digit: &str) -> Option<&MenuOption> {
        self.states
            .get(state)?
            .options
            .iter()
            .find(|o| o.digit == digit)
    }

    /// Where news starts on a call (`waiting` of the voice start): absences, then meetings.
    pub fn news_state(&self) -> Option<&str> {
        self.states.get(&self.start_voice)?.waiting.as_deref()
    }

    /// States reachable from `start` through options, `next` and `no_input`.
    pub fn reachable(&self, start: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start.to_string()];
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(state) = self.states.get(&id) {
                todo.extend(state.options.iter().map(|o| o.next.clone()));
                todo.extend(state.next.iter().cloned());
                todo.extend(state.waiting.iter().cloned());
                todo.extend(state.no_input.iter().cloned());
            }
        }
        seen
    }

    /// Every structural rule; `has_text(locale, message, attribute)` checks the catalogs.
    pub fn check(&self, has_text: impl Fn(Locale, &str, &str) -> bool) -> Vec<String> {
        let mut problems = Vec::new();
        for start in [&self.start_sms, &self.start_voice] {
            if !self.states.contains_key(start) {
                problems.push(format!("start state {start:?} does not exist"));
            }
        }
        let sms_states = self.reachable(&self.start_sms);
        for (id, state) in &self.states {
            let targets = state
                .options
                .iter()
                .map(|o| &o.next)
                .chain(state.next.iter())
                .chain(state.waiting.iter())
                .chain(state.no_input.iter());
            for target in targets {
                if !self.states.contains_key(target) {
                    problems.push(format!("{id}: next state {target:?} does not exist"));
                }
            }
            let mut digits = BTreeSet::new();
            for option in &state.options {
                let valid =
                    option.digit.len() == 1 && option.digit.bytes().all(|b| b.is_ascii_digit());
                if !valid {
                    problems.push(format!("{id}: {:?} is not a single digit", option.digit));
                }
                if !digits.insert(option.digit.as_str()) {
                    problems.push(format!("{id}: digit {} is ambiguous", option.digit));
                }
                let language_ok = match (option.action, &option.language) {
                    (Action::Language, Some(code)) => {
                        Locale::parse(code).is_some_and(|l| Locale::LANGUAGES.contains(&l))
                    }
                    (Action::Language, None) => false,
                    (_, language) => language.is_none(),
                };
                if !language_ok {
                    problems.push(format!(
                        "{id}: option {} has a wrong language",
                        option.digit
                    ));
                }
            }
            if state.options.len() > MAX_VOICE_OPTIONS {
                problems.push(format!(
                    "{id}: {} options, at most {MAX_VOICE_OPTIONS}",
                    state.options.len()
                ));
            }
            if state.input != Input::Menu && state.next.is_none() {
                problems.push(format!("{id}: a PIN, reason or slot state needs `next`"));
            }
            if let Some(waiting) = &state.waiting {
                let announces = self
                    .states
                    .get(waiting)
                    .map(|w| matches!(w.input, Input::Reason | Input::Slot));
                if state.input != Input::Pin || announces == Some(false) {
                    problems.push(format!(
                        "{id}: `waiting` goes from a PIN state to a reason or slot state"
                    ));
                }
            }
            let reserved = state.input.reserved_digits();
            if state
                .options
                .iter()
                .any(|o| reserved.contains(&o.digit.as_str()))
            {
                problems.push(format!(
                    "{id}: digits {} answer what the state announces",
                    reserved.join(", ")
                ));
            }
            for locale in Locale::ALL {
                if !has_text(locale, &state.prompt, "voice") {
                    problems.push(format!(
                        "{id}: {}.voice is missing in {locale}",
                        state.prompt
                    ));
                }
                if sms_states.contains(id) && !has_text(locale, &state.prompt, "sms") {
                    problems.push(format!("{id}: {}.sms is missing in {locale}", state.prompt));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
        start_sms = "main"
        start_voice = "main"
        [states.main]
        prompt = "menu-main"
        options = [
            { digit = "1", action = "help", next = "main" },
            { digit = "2", action = "language", language = "ar", next = "bye" },
        ]
        [states.bye]
        prompt = "menu-goodbye"
        action = "goodbye"
    "#;

    #[test]
    fn a_good_flow_passes() {
        let flow = Flow::parse(GOOD).unwrap();
        assert!(flow.check(|_, _, _| true).is_empty());
        assert_eq!(flow.option("main", "2").unwrap().next, "bye");
        assert_eq!(flow.option("main", "7"), None);
    }

    #[test]
    fn every_broken_rule_is_reported() {
        let bad = GOOD
            .replace(r#"next = "bye""#, r#"next = "nowhere""#)
            .replace(r#"digit = "2""#, r#"digit = "1""#);
        let problems = Flow::parse(&bad)
            .unwrap()
            .check(|locale, _, attribute| !(locale == Locale::Uk && attribute == "sms"));
        let text = problems.join("\n");
        assert!(text.contains("\"nowhere\" does not exist"), "{text}");
        assert!(text.contains("digit 1 is ambiguous"), "{text}");
        assert!(text.contains("menu-main.sms is missing in uk"), "{text}");
        assert!(
            !text.contains("menu-goodbye.sms"),
            "bye is not reachable by SMS here: {text}"
        );
        assert!(Flow::parse("start_sms = 1").is_err());
        assert!(
            Flow::parse(&GOOD.replace(
                "prompt = \"menu-main\"",
                "prompt = \"menu-main\"\ncolour = \"red\""
            ))
            .is_err()
        );
    }

    #[test]
    fn menus_stay_short() {
        let long = GOOD.replace(
            r#"{ digit = "1", action = "help", next = "main" },"#,
            r#"{ digit = "1", action = "help", next = "main" }, { digit = "3", action = "help", next = "main" }, { digit = "4", action = "help", next = "main" }, { digit = "5", action = "help", next = "main" },"#,
        );
        let problems = Flow::parse(&long).unwrap().check(|_, _, _| true);
        assert_eq!(problems, vec!["main: 5 options, at most 4".to_string()]);
    }

    #[test]
    fn a_reason_state_keeps_the_absence_digits_and_follows_a_pin() {
        let flow = format!(
            "{GOOD}\n{}",
            r#"
            [states.pin]
            prompt = "menu-pin"
            input = "pin"
            next = "main"
            waiting = "main"
            [states.absence]
            prompt = "menu-absence"
            input = "reason"
            options = [{ digit = "1", action = "help", next = "main" }]
            "#
        );
        let problems = Flow::parse(&flow).unwrap().check(|_, _, _| true);
        assert_eq!(
            problems,
            vec![
                "absence: a PIN, reason or slot state needs `next`".to_string(),
                "absence: digits 0, 1, 2, 3, 4, 5 answer what the state announces".to_string(),
                "pin: `waiting` goes from a PIN state to a reason or slot state".to_string(),
            ]
        );
    }
}

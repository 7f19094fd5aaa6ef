//! The phone menu shared by SMS replies and the keypad: flows loaded, options carried out.

use rusqlite::Connection;

use crate::domain::flows::{Action, Flow, MenuOption};
use crate::domain::locale::Locale;
use crate::domain::reply::Keywords;
use crate::embedded;
use crate::i18n::Catalogs;
use crate::store::{StoreResult, families, phones};

/// The flows of `sms-flows/`, checked against the catalogs.
pub struct Flows {
    pub menu: Flow,
    pub keywords: Keywords,
}

impl Flows {
    /// Parses and checks the embedded flow files; any problem stops the start.
    pub fn load(catalogs: &Catalogs) -> Result<Flows, String> {
        let read = |name: &str| {
            embedded::file(&format!("sms-flows/{name}"))
                .ok_or_else(|| format!("sms-flows/{name} is missing"))
        };
        let menu = Flow::parse(read("phone-menu.toml")?)
            .map_err(|e| format!("sms-flows/phone-menu.toml: {e}"))?;
        let keywords = Keywords::parse(read("keywords.toml")?)
            .map_err(|e| format!("sms-flows/keywords.toml: {e}"))?;
        let flows = Flows { menu, keywords };
        let problems = flows.problems(catalogs);
        if problems.is_empty() {
            Ok(flows)
        } else {
            Err(format!("sms-flows:\n  {}", problems.join("\n  ")))
        }
    }

    /// Everything wrong with the flows: states, digits, prompts in every locale, keywords.
    pub fn problems(&self, catalogs: &Catalogs) -> Vec<String> {
        let mut problems = self
            .menu
            .check(|locale, id, attribute| catalogs.plain(locale).has(id, Some(attribute)));
        for extra in [
            "menu-language-option",
            "menu-more-languages",
            "menu-repeat",
            "menu-pin-wrong",
            "menu-pin-locked",
            "menu-no-voice",
            "call-repeat",
            "menu-reason-option",
            "menu-absence-keys",
            "menu-slot-option",
            "menu-meeting-keys",
            "meeting-booked",
            "meeting-declined",
            "meeting-taken",
            "meeting-full",
            "meeting-settled",
            "absence-reason-recorded",
            "absence-at-school",
            "absence-settled",
        ] {
            for locale in Locale::ALL {
                if !catalogs.plain(locale).has(extra, Some("voice")) {
                    problems.push(format!("{extra}.voice is missing in {locale}"));
                }
            }
        }
        for overlap in self.keywords.overlaps() {
            problems.push(format!("keyword {overlap} has two meanings"));
        }
        problems
    }
}

/// What carrying out an option led to: messages to say, where the conversation goes,
/// and the locale it now speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub said: Vec<&'static str>,
    pub next: String,
    pub locale: Locale,
}

/// Carries out one option for the person at `phone`, in their transaction.
pub fn perform(
    conn: &Connection,
    phone: &str,
    locale: Locale,
    option: &MenuOption,
) -> StoreResult<Step> {
    let mut step = Step {
        said: Vec::new(),
        next: option.next.clone(),
        locale,
    };
    match option.action {
        Action::None | Action::Goodbye => {}
        Action::Messages => step.said.push("menu-messages-none"),
        Action::Help => step.said.push("menu-help"),
        Action::Callback => {
            phones::open_mediator_task(conn, phone, "callback")?;
            step.said.push("menu-callback");
        }
        Action::Language => {
            if let Some(chosen) = option.language.as_deref().and_then(Locale::parse) {
                families::save_locale(conn, phone, chosen)?;
                step.locale = chosen;
                step.said.push("menu-language-set");
            }
        }
    }
    Ok(step)
}

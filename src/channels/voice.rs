//! The keypad menu on a call: PIN first, then the shared menu, spoken with a voice per locale.

use rusqlite::{Connection, Transaction};

use super::menu::{Flows, perform};
use super::render_message;
use super::twiml::{Say, Verb, response};
use super::voice_news::Announcement;
use crate::domain::flows::{Action, Input};
use crate::domain::locale::Locale;
use crate::domain::password::verify_password;
use crate::i18n::Catalogs;
use crate::store::calls::{self, Call};
use crate::store::outbox::{self, Channel};
use crate::store::{StoreResult, families, phones};

pub const GATHER_PATH: &str = "/twilio/voice/gather";
const PIN_ATTEMPTS_PER_CALL: i64 = 3;
const SILENCES_BEFORE_GOODBYE: i64 = 2;

/// Text-to-speech per locale: the `<Say language>` and the voice; `None` when no voice exists.
#[derive(Debug, Clone)]
pub struct VoiceMap {
    voices: Vec<(Locale, &'static str, Option<String>)>,
}

impl Default for VoiceMap {
    fn default() -> Self {
        let voice = |locale, language, name: &str| (locale, language, Some(name.to_string()));
        Self {
            voices: vec![
                voice(Locale::Fr, "fr-FR", "Polly.Lea"),
                voice(Locale::FrEasy, "fr-FR", "Polly.Lea"),
                voice(Locale::Ar, "arb", "Polly.Zeina"),
                voice(Locale::Uk, "uk-UA", "Google.uk-UA-Standard-A"),
                voice(Locale::Pt, "pt-PT", "Polly.Ines"),
                voice(Locale::Tr, "tr-TR", "Polly.Filiz"),
                voice(Locale::Ro, "ro-RO", "Polly.Carmen"),
                voice(Locale::En, "en-GB", "Polly.Amy"),
                voice(Locale::Es, "es-ES", "Polly.Lucia"),
            ],
        }
    }
}

impl VoiceMap {
    /// Overrides such as `ar=Polly.Hala` or `uk=none` (no voice: French and a callback offer).
    pub fn parse(overrides: &[String]) -> Result<VoiceMap, String> {
        let mut map = VoiceMap::default();
        for entry in overrides.iter().filter(|e| !e.trim().is_empty()) {
            let (code, voice) = entry
                .split_once('=')
                .ok_or_else(|| format!("voice {entry:?}: write locale=Voice"))?;
            let locale =
                Locale::parse(code).ok_or_else(|| format!("voice {entry:?}: unknown locale"))?;
            let voice = voice.trim();
            for slot in map.voices.iter_mut().filter(|(l, _, _)| *l == locale) {
                slot.2 = (voice != "none" && !voice.is_empty()).then(|| voice.to_string());
            }
        }
        Ok(map)
    }

    fn get(&self, locale: Locale) -> Option<(&'static str, &str)> {
        self.voices
            .iter()
            .find(|(l, _, _)| *l == locale)
            .and_then(|(_, language, voice)| voice.as_deref().map(|v| (*language, v)))
    }

    /// The locale a call in `locale` is spoken in: its own, or French when it has no voice.
    pub(super) fn spoken(&self, locale: Locale) -> Locale {
        if self.has_voice(locale) {
            locale
        } else {
            Locale::Fr
        }
    }

    /// A `<Say>` in the locale, or in French when the locale has no voice.
    pub(super) fn say(
        &self,
        catalogs: &Catalogs,
        locale: Locale,
        id: &str,
        args: &[(&str, String)],
    ) -> Say {
        let spoken_in = self.spoken(locale);
        let (language, voice) = self.get(spoken_in).unwrap_or(("fr-FR", "Polly.Lea"));
        Say {
            text: render_message(catalogs, spoken_in, Channel::Voice, id, args),
            language: language.to_string(),
            voice: Some(voice.to_string()),
        }
    }

    pub fn has_voice(&self, locale: Locale) -> bool {
        self.get(locale).is_some()
    }
}

/// What the voice pipeline needs besides the database.
pub struct VoiceContext<'a> {
    pub catalogs: &'a Catalogs,
    pub flows: &'a Flows,
    pub voices: &'a VoiceMap,
}

impl VoiceContext<'_> {
    /// The state's prompt (with its options for language menus) inside a Gather, then a
    /// Redirect so silence comes back to us without digits.
    fn prompt_state(&self, call: &Call, before: Vec<Say>, news: &Announcement) -> Vec<Verb> {
        let locale = Locale::parse(&call.locale).unwrap_or(Locale::Fr);
        let Some(state) = self.flows.menu.state(&call.state) else {
            return vec![Verb::Hangup];
        };
        if state.action == Some(Action::Goodbye) {
            let mut verbs: Vec<Verb> = before.into_iter().map(Verb::Say).collect();
            verbs.push(Verb::Say(self.voices.say(
                self.catalogs,
                locale,
                &state.prompt,
                &[],
            )));
            verbs.push(Verb::Hangup);
            return verbs;
        }
        let mut prompts = before;
        prompts.push(
            self.voices
                .say(self.catalogs, locale, &state.prompt, &news.args),
        );
        prompts.extend(news.options.iter().cloned());
        let is_language_menu = state.options.iter().any(|o| o.action == Action::Language);
        for option in &state.options {
            let digit = [("digit", option.digit.clone())];
            match (
                option.action,
                option.language.as_deref().and_then(Locale::parse),
            ) {
                (Action::Language, Some(language)) => prompts.push(self.voices.say(
                    self.catalogs,
                    language,
                    "menu-language-option",
                    &digit,
                )),
                (Action::None, _) if option.next.starts_with("language") && is_language_menu => {
                    prompts.push(self.voices.say(
                        self.catalogs,
                        locale,
                        "menu-more-languages",
                        &digit,
                    ))
                }
                _ => {}
            }
        }
        if is_language_menu {
            prompts.push(self.voices.say(self.catalogs, locale, "menu-repeat", &[]));
        }
        let (num_digits, finish_on_key) = match state.input {
            Input::Pin => (None, Some("#")),
            Input::Menu | Input::Reason | Input::Slot => (Some(1), None),
        };
        vec![
            Verb::Gather {
                action: GATHER_PATH.to_string(),
                num_digits,
                finish_on_key,
                timeout_seconds: 8,
                prompts,
            },
            Verb::Redirect(GATHER_PATH.to_string()),
        ]
    }

    fn finish(&self, conn: &Connection, call: &Call, verbs: Vec<Verb>) -> StoreResult<String> {
        let said: Vec<String> = verbs
            .iter()
            .flat_map(|v| match v {
                Verb::Say(s) => vec![s.text.clone()],
                Verb::Gather { prompts, .. } => prompts.iter().map(|s| s.text.clone()).collect(),
                _ => Vec::new(),
            })
            .collect();
        calls::log(conn, &call.call_sid, Some(&said.join(" ")), None)?;
        calls::update(conn, call)?;
        Ok(response(&verbs))
    }

    /// A call comes in: unknown numbers hear a polite goodbye and nothing else.
    pub fn incoming(&self, conn: &Transaction, call_sid: &str, from: &str) -> StoreResult<String> {
        let guardian = families::guardians_with_phone(conn, from)?
            .into_iter()
            .next();
        let Some(guardian) = guardian else {
            let say = self
                .voices
                .say(self.catalogs, Locale::Fr, "reply-unknown-number", &[]);
            return Ok(response(&[Verb::Say(say), Verb::Hangup]));
        };
        let locale = guardian.stored_locale.unwrap_or(Locale::Fr);
        let has_pin = families::pin_hash(conn, from)?.is_some() && !phones::pin_locked(conn, from)?;
        let state = if has_pin {
            self.flows.menu.start_voice.clone()
        } else {
            "no-pin".to_string()
        };
        let call = Call {
            call_sid: call_sid.to_string(),
            phone: from.to_string(),
            state,
            locale: locale.code().to_string(),
            silences: 0,
            guardian_id: Some(guardian.id),
            subject: None,
        };
        calls::start(conn, &call)?;
        let mut before = Vec::new();
        if !self.voices.has_voice(locale) {
            before.push(
                self.voices
                    .say(self.catalogs, Locale::Fr, "menu-no-voice", &[]),
            );
        }
        let verbs = self.prompt_state(&call, before, &Announcement::default());
        self.finish(conn, &call, verbs)
    }

    /// Keys pressed (or silence, when `digits` is `None`) during a call.
    pub fn gather(
        &self,
        conn: &Transaction,
        call_sid: &str,
        digits: Option<&str>,
    ) -> StoreResult<String> {
        let Some(mut call) = calls::find(conn, call_sid)? else {
            return Ok(response(&[
                Verb::Say(
                    self.voices
                        .say(self.catalogs, Locale::Fr, "menu-goodbye", &[]),
                ),
                Verb::Hangup,
            ]));
        };
        calls::log(conn, call_sid, None, Some(digits.unwrap_or("")))?;
        let locale = Locale::parse(&call.locale).unwrap_or(Locale::Fr);
        let Some(state) = self.flows.menu.state(&call.state).cloned() else {
            return Ok(response(&[Verb::Hangup]));
        };
        let digits = digits.map(str::trim).filter(|d| !d.is_empty());
        let Some(digits) = digits else {
            call.silences += 1;
            call.state = if call.silences > SILENCES_BEFORE_GOODBYE {
                "goodbye".into()
            } else {
                state.no_input.clone().unwrap_or_else(|| call.state.clone())
            };
            let news = self.announce(conn, &mut call, None)?;
            let verbs = self.prompt_state(&call, Vec::new(), &news);
            return self.finish(conn, &call, verbs);
        };
        call.silences = 0;
        if digits == "*" {
            let news = self.announce(conn, &mut call, None)?;
            let verbs = self.prompt_state(&call, Vec::new(), &news);
            return self.finish(conn, &call, verbs);
        }
        let mut before = Vec::new();
        let mut answered = None;
        match state.input {
            Input::Pin => {
                let pin = digits.trim_end_matches('#');
                let hash = families::pin_hash(conn, &call.phone)?;
                if hash.is_some_and(|h| verify_password(pin, &h))
                    && !phones::pin_locked(conn, &call.phone)?
                {
                    phones::reset_pin_failures(conn, &call.phone)?;
                    call.state = (state.waiting.clone().or(state.next.clone()))
                        .unwrap_or_else(|| "main".into());
                } else if phones::record_pin_failure(conn, &call.phone)?
                    || pin_attempts(conn, call_sid)? >= PIN_ATTEMPTS_PER_CALL
                {
                    before.push(
                        self.voices
                            .say(self.catalogs, locale, "menu-pin-locked", &[]),
                    );
                    call.state = "no-pin".into();
                } else {
                    before.push(
                        self.voices
                            .say(self.catalogs, locale, "menu-pin-wrong", &[]),
                    );
                }
            }
            Input::Reason | Input::Slot
                if let Some((said, subject)) =
                    self.answer_news(conn, &call, state.input, digits)? =>
            {
                before.extend(said);
                answered = subject;
            }
            // A key with no meaning in this state repeats the prompt.
            Input::Menu | Input::Reason | Input::Slot => {
                let option = self.flows.menu.option(&call.state, digits);
                let news = option
                    .filter(|o| o.action == Action::Messages)
                    .and(self.flows.menu.news_state());
                if let Some(news_state) = news
                    && self.anything_waiting(conn, &call.phone)?
                {
                    call.state = news_state.to_string();
                } else if let Some(option) = option {
                    let step = perform(conn, &call.phone, locale, option)?;
                    before.extend(
                        step.said
                            .iter()
                            .map(|id| self.voices.say(self.catalogs, step.locale, id, &[])),
                    );
                    call.locale = step.locale.code().to_string();
                    call.state = step.next;
                }
            }
        }
        let news = self.announce(conn, &mut call, answered.as_deref())?;
        let verbs = self.prompt_state(&call, before, &news);
        self.finish(conn, &call, verbs)
    }

    /// The call Carnet placed for a delivery (a code read out, a notice): the script,
    /// then `*` to hear it again.
    pub fn outbound(
        &self,
        conn: &Connection,
        delivery_id: i64,
        digits: Option<&str>,
    ) -> StoreResult<String> {
        let Some((script, locale)) = outbox::voice_script(conn, delivery_id)? else {
            return Ok(response(&[Verb::Hangup]));
        };
        let locale = Locale::parse(&locale).unwrap_or(Locale::Fr);
        if digits.is_some_and(|d| d != "*") {
            return Ok(response(&[
                Verb::Say(self.voices.say(self.catalogs, locale, "menu-goodbye", &[])),
                Verb::Hangup,
            ]));
        }
        let mut spoken = self.voices.say(self.catalogs, locale, "call-repeat", &[]);
        let repeat = spoken.clone();
        spoken.text = script;
        let action = format!("/twilio/voice/outbound?delivery={delivery_id}");
        Ok(response(&[
            Verb::Gather {
                action,
                num_digits: Some(1),
                finish_on_key: None,
                timeout_seconds: 5,
                prompts: vec![spoken, repeat],
            },
            Verb::Hangup,
        ]))
    }
}

/// Keys pressed so far in this call: the PIN state comes first, so until the PIN is
/// right every press is a PIN attempt.
fn pin_attempts(conn: &Connection, call_sid: &str) -> StoreResult<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM call_log WHERE call_sid = ?1 AND pressed IS NOT NULL AND pressed <> ''",
        [call_sid],
        |r| r.get(0),
    )?)
}

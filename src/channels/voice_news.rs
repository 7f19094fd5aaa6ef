//! What a call announces after the PIN (waiting absences, then meetings) and what its keys do.

use rusqlite::{Connection, Transaction};

use super::absence_reply;
use super::meeting_reply::{self, Speaker};
use super::twiml::Say;
use super::voice::VoiceContext;
use crate::domain::absence::Reason;
use crate::domain::flows::Input;
use crate::domain::locale::Locale;
use crate::domain::meeting::{key_of, letter_of_key};
use crate::domain::schedule::{day_word, school_today};
use crate::i18n::dates::slot_long;
use crate::store::StoreResult;
use crate::store::absences::{self, Actor};
use crate::store::calls::Call;
use crate::store::meetings;
use crate::store::outbox::Channel;

/// The arguments of a state's prompt, and what is said after it (the keys that answer).
#[derive(Debug, Default)]
pub struct Announcement {
    pub args: Vec<(&'static str, String)>,
    pub options: Vec<Say>,
}

impl VoiceContext<'_> {
    fn locale(call: &Call) -> Locale {
        Locale::parse(&call.locale).unwrap_or(Locale::Fr)
    }

    /// Whether an absence or a meeting waits for this family's answer.
    pub(super) fn anything_waiting(&self, conn: &Connection, phone: &str) -> StoreResult<bool> {
        Ok(!absence_reply::waiting(conn, phone)?.is_empty()
            || !meetings::waiting(conn, phone)?.is_empty())
    }

    /// Before a news state speaks: picks what it announces (the newest waiting, other than
    /// the one just answered) and marks an absence heard. With nothing waiting, the call
    /// moves on to the state's `next`, and on through the news states.
    pub(super) fn announce(
        &self,
        tx: &Transaction,
        call: &mut Call,
        answered: Option<&str>,
    ) -> StoreResult<Announcement> {
        for _ in 0..self.flows.menu.states.len() {
            let Some(state) = self.flows.menu.state(&call.state) else {
                break;
            };
            let found = match state.input {
                Input::Reason => self.announce_absence(tx, call, answered)?,
                Input::Slot => self.announce_meeting(tx, call, answered)?,
                Input::Menu | Input::Pin => return Ok(Announcement::default()),
            };
            if let Some(news) = found {
                return Ok(news);
            }
            call.subject = None;
            call.state = state.next.clone().unwrap_or_else(|| "main".into());
        }
        Ok(Announcement::default())
    }

    fn announce_absence(
        &self,
        tx: &Transaction,
        call: &mut Call,
        answered: Option<&str>,
    ) -> StoreResult<Option<Announcement>> {
        let absence = absence_reply::waiting(tx, &call.phone)?
            .into_iter()
            .find(|a| Some(a.reference.as_str()) != answered);
        let Some(absence) = absence else {
            return Ok(None);
        };
        let heard_by = Actor::guardian("voice", Some(absence.guardian_id));
        absences::acknowledge(tx, absence.id, heard_by)?;
        call.subject = Some(absence.reference.clone());
        let locale = Self::locale(call);
        let labels = self.catalogs.plain(self.voices.spoken(locale));
        let mut options: Vec<Say> = Reason::ALL
            .into_iter()
            .filter_map(|reason| {
                let args = [
                    ("digit", reason.digit()?.to_string()),
                    ("reason", labels.t(&format!("reason-{}", reason.code()))),
                ];
                Some(
                    self.voices
                        .say(self.catalogs, locale, "menu-reason-option", &args),
                )
            })
            .collect();
        options.push(
            self.voices
                .say(self.catalogs, locale, "menu-absence-keys", &[]),
        );
        Ok(Some(Announcement {
            args: vec![
                ("first", absence.first_name),
                ("half", absence.half_day.code().to_string()),
                ("when", day_word(&absence.day, school_today().0).to_string()),
            ],
            options,
        }))
    }

    fn announce_meeting(
        &self,
        tx: &Transaction,
        call: &mut Call,
        answered: Option<&str>,
    ) -> StoreResult<Option<Announcement>> {
        let meeting = meetings::waiting(tx, &call.phone)?
            .into_iter()
            .find(|m| Some(m.reference.as_str()) != answered);
        let Some(meeting) = meeting else {
            return Ok(None);
        };
        call.subject = Some(meeting.reference.clone());
        let locale = Self::locale(call);
        let spoken = self.catalogs.plain(self.voices.spoken(locale));
        // The letters of the SMS stay the keys of the call (A is 1): a family that read the
        // SMS and then calls hears the same choices.
        let offered = meetings::open_offers(tx, meeting.id)?;
        let mut options: Vec<Say> = offered
            .iter()
            .filter_map(|(letter, slot)| {
                let args = [
                    ("digit", key_of(*letter)?.to_string()),
                    ("slot", slot_long(&spoken, slot.starts_at)),
                ];
                Some(
                    self.voices
                        .say(self.catalogs, locale, "menu-slot-option", &args),
                )
            })
            .collect();
        if offered.is_empty() {
            options.push(self.voices.say(self.catalogs, locale, "meeting-full", &[]));
        }
        options.push(
            self.voices
                .say(self.catalogs, locale, "menu-meeting-keys", &[]),
        );
        Ok(Some(Announcement {
            args: vec![
                ("first", meeting.pupil_first_name),
                ("host", meeting.host_name),
            ],
            options,
        }))
    }

    /// Keys that answer the announced absence (0–5) or meeting (1–4, 0): what is said back,
    /// and the reference answered (kept when a slot was taken, so the meeting comes again).
    /// `None` for other keys, which the menu handles.
    pub(super) fn answer_news(
        &self,
        tx: &Transaction,
        call: &Call,
        input: Input,
        digits: &str,
    ) -> StoreResult<Option<(Vec<Say>, Option<String>)>> {
        let locale = Self::locale(call);
        let subject = call.subject.clone().unwrap_or_default();
        let mut keys = digits.chars();
        let (Some(key), None) = (keys.next(), keys.next()) else {
            return Ok(None);
        };
        let answer = match (input, key) {
            (Input::Reason, '0'..='5') => {
                absence_reply::apply(tx, &call.phone, &subject, key, "voice")?
            }
            (Input::Slot, '0'..='4') => {
                let Some(meeting) = meetings::waiting(tx, &call.phone)?
                    .into_iter()
                    .find(|m| m.reference == subject)
                else {
                    return Ok(None);
                };
                let speaker = Speaker {
                    catalogs: self.catalogs,
                    locale: self.voices.spoken(locale),
                    channel: Channel::Voice,
                };
                Some(match letter_of_key(key) {
                    Some(letter) => {
                        meeting_reply::choose(tx, &speaker, &call.phone, &meeting, letter)?
                    }
                    None => meeting_reply::decline(tx, &speaker, &call.phone, &meeting)?,
                })
            }
            _ => return Ok(None),
        };
        let Some((id, args)) = answer else {
            return Ok(Some((Vec::new(), Some(subject))));
        };
        let said = vec![self.voices.say(self.catalogs, locale, id, &args)];
        let answered = (id != "meeting-taken").then_some(subject);
        Ok(Some((said, answered)))
    }
}

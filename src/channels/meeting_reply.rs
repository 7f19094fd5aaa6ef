//! A letter (A–D) or a 0 sent back about a meeting; with an absence also waiting, Carnet asks.

use rusqlite::{Connection, Transaction};

use super::absence_reply::{self, Answer};
use super::meeting_notice::letters_and_slots;
use crate::domain::locale::Locale;
use crate::domain::meeting::{MeetingMove, MeetingState};
use crate::i18n::Catalogs;
use crate::i18n::dates::{slot_long, slot_short};
use crate::store::actor::Actor;
use crate::store::meetings::{self, BookRefused, Meeting};
use crate::store::outbox::Channel;
use crate::store::{StoreResult, now};

/// Where answers are rendered: the catalogs, the family's locale, and the channel.
pub struct Speaker<'a> {
    pub catalogs: &'a Catalogs,
    pub locale: Locale,
    pub channel: Channel,
}

impl Speaker<'_> {
    fn when(&self, at: i64) -> String {
        let tr = self.catalogs.plain(self.locale);
        match self.channel {
            Channel::Sms => slot_short(&tr, at),
            Channel::Voice => slot_long(&tr, at),
        }
    }
}

/// Meetings the family at this phone may still answer: invited, or booked and still to come.
pub fn answerable(conn: &Connection, phone: &str) -> StoreResult<Vec<Meeting>> {
    let at = now();
    let mut meetings: Vec<Meeting> = meetings::for_phone(conn, phone)?
        .into_iter()
        .filter(|m| match m.state {
            MeetingState::Invited => true,
            MeetingState::Booked => m.booked.as_ref().is_some_and(|s| s.starts_at > at),
            _ => false,
        })
        .collect();
    meetings.reverse();
    Ok(meetings)
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_uppercase)
        .collect()
}

fn named_args(meeting: &Meeting) -> Vec<(&'static str, String)> {
    vec![
        ("first", meeting.pupil_first_name.clone()),
        ("ref", meeting.reference.clone()),
    ]
}

/// The one meeting a reply is about: named by its reference, or the only one open; with
/// several open and none named, the question to ask. `None` when no meeting is open.
fn target<'m>(open: &'m [Meeting], text: &str) -> Option<Result<&'m Meeting, Answer>> {
    let words = words(text);
    match (open.iter().find(|m| words.contains(&m.reference)), open) {
        (Some(meeting), _) | (None, [meeting]) => Some(Ok(meeting)),
        (None, [first, ..]) => Some(Err((
            "meeting-which",
            vec![("ref", first.reference.clone())],
        ))),
        (None, []) => None,
    }
}

fn actor(
    conn: &Connection,
    phone: &str,
    meeting: &Meeting,
    channel: Channel,
) -> StoreResult<Actor> {
    let guardian = meetings::guardian_at(conn, phone, meeting.pupil_id)?;
    Ok(Actor::guardian(channel.code(), guardian))
}

/// Books the slot offered under `letter`; a taken or past slot gets the free ones again.
pub fn choose(
    tx: &Transaction,
    speaker: &Speaker,
    phone: &str,
    meeting: &Meeting,
    letter: char,
) -> StoreResult<Answer> {
    let offered = meetings::offered(tx, meeting.id)?;
    let Some((_, slot)) = offered.iter().find(|(l, _)| *l == letter) else {
        let letters: Vec<String> = offered.iter().map(|(l, _)| l.to_string()).collect();
        let mut args = named_args(meeting);
        args.push(("letter", letter.to_string()));
        args.push(("letters", letters.join(", ")));
        return Ok(("meeting-letter-unknown", args));
    };
    let actor = actor(tx, phone, meeting, speaker.channel)?;
    match meetings::book(tx, meeting.id, slot.id, actor)? {
        Ok(slot) => {
            let mut args = named_args(meeting);
            args.push(("slot", speaker.when(slot.starts_at)));
            Ok(("meeting-booked", args))
        }
        Err(BookRefused::Taken | BookRefused::Past) => {
            let again = meetings::open_offers(tx, meeting.id)?;
            let mut args = named_args(meeting);
            if again.is_empty() {
                return Ok(("meeting-full", args));
            }
            args.push((
                "slots",
                letters_and_slots(speaker.catalogs, speaker.locale, &again),
            ));
            Ok(("meeting-taken", args))
        }
        Err(BookRefused::NotOffered | BookRefused::Closed(_)) => {
            Ok(("meeting-settled", named_args(meeting)))
        }
    }
}

/// The family will not come.
pub fn decline(
    tx: &Transaction,
    speaker: &Speaker,
    phone: &str,
    meeting: &Meeting,
) -> StoreResult<Answer> {
    let actor = actor(tx, phone, meeting, speaker.channel)?;
    let outcome = meetings::apply(tx, meeting.id, MeetingMove::Decline, actor, None)?;
    Ok(match outcome {
        Some(Ok(_)) => ("meeting-declined", named_args(meeting)),
        _ => ("meeting-settled", named_args(meeting)),
    })
}

/// A texted letter: `None` when the family has no meeting at all (the menu answers).
pub fn letter(
    tx: &Transaction,
    speaker: &Speaker,
    phone: &str,
    text: &str,
    letter: char,
) -> StoreResult<Option<Answer>> {
    let open = answerable(tx, phone)?;
    match target(&open, text) {
        Some(Ok(meeting)) => choose(tx, speaker, phone, meeting, letter).map(Some),
        Some(Err(question)) => Ok(Some(question)),
        None => Ok(meetings::for_phone(tx, phone)?
            .last()
            .map(|m| ("meeting-settled", named_args(m)))),
    }
}

/// A texted 0: a meeting's when the text names it or no absence waits; the absences'
/// (`None`) when it names an absence or no meeting is open; otherwise Carnet asks.
pub fn zero(
    tx: &Transaction,
    speaker: &Speaker,
    phone: &str,
    text: &str,
) -> StoreResult<Option<Answer>> {
    let open = answerable(tx, phone)?;
    if open.is_empty() {
        return Ok(None);
    }
    let words = words(text);
    if let Some(meeting) = open.iter().find(|m| words.contains(&m.reference)) {
        return decline(tx, speaker, phone, meeting).map(Some);
    }
    let absences = absence_reply::waiting(tx, phone)?;
    if absences.iter().any(|a| words.contains(&a.reference)) {
        return Ok(None);
    }
    if let (Some(absence), Some(meeting)) = (absences.first(), open.first()) {
        return Ok(Some((
            "reply-which-subject",
            vec![
                ("absence", absence.reference.clone()),
                ("meeting", meeting.reference.clone()),
            ],
        )));
    }
    match target(&open, text) {
        Some(Ok(meeting)) => decline(tx, speaker, phone, meeting).map(Some),
        Some(Err(question)) => Ok(Some(question)),
        None => Ok(None),
    }
}

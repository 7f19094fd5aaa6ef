//! A digit sent back about an absence (1–5 the reason, 0 at school), answered with what it applied to.

use rusqlite::{Connection, Transaction};

use crate::domain::absence::{Reason, State};
use crate::domain::schedule::school_days_ago;
use crate::store::StoreResult;
use crate::store::absences::{self, Actor, FamilyAbsence};

/// What to answer: a message id and its arguments.
pub type Answer = (&'static str, Vec<(&'static str, String)>);

fn waits_for_reason(state: State) -> bool {
    matches!(
        state,
        State::Signalled | State::Acknowledged | State::Refused
    )
}

/// Absences of the last week that a reply may concern, newest first.
fn recent(conn: &Connection, phone: &str) -> StoreResult<Vec<FamilyAbsence>> {
    absences::for_phone(conn, phone, &school_days_ago(7))
}

/// One entry per notice (pupil and day) still waiting for its reason, newest first.
fn waiting_in(recent: &[FamilyAbsence]) -> Vec<&FamilyAbsence> {
    let mut seen = std::collections::HashSet::new();
    recent
        .iter()
        .filter(|a| waits_for_reason(a.state) && seen.insert((a.pupil_id, a.day.clone())))
        .collect()
}

/// The notices waiting for a reason from the person at `phone`, newest first.
pub fn waiting(conn: &Connection, phone: &str) -> StoreResult<Vec<FamilyAbsence>> {
    let recent = recent(conn, phone)?;
    Ok(waiting_in(&recent).into_iter().cloned().collect())
}

/// Applies `digit` to the absence it concerns, as said through `channel` (`sms` or `voice`);
/// `None` when no absence does, and the phone menu answers instead. Replies older than a
/// week are not about an absence any more.
pub fn apply(
    tx: &Transaction,
    phone: &str,
    text: &str,
    digit: char,
    channel: &'static str,
) -> StoreResult<Option<Answer>> {
    if !matches!(digit, '0'..='5') {
        return Ok(None);
    }
    let recent = recent(tx, phone)?;
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_uppercase())
        .collect();
    let named = recent.iter().find(|a| words.contains(&a.reference));
    let open = waiting_in(&recent);
    let target: &FamilyAbsence = match (named, open.as_slice()) {
        (Some(absence), _) => absence,
        (None, [absence]) => absence,
        (None, [first, ..]) => {
            return Ok(Some((
                "absence-which",
                vec![("ref", first.reference.clone())],
            )));
        }
        (None, []) => match recent.first() {
            Some(settled) => return Ok(Some(settled_answer(settled))),
            None => return Ok(None),
        },
    };
    if !waits_for_reason(target.state) {
        return Ok(Some(settled_answer(target)));
    }
    let actor = Actor::guardian(channel, Some(target.guardian_id));
    let first = ("first", target.first_name.clone());
    match Reason::from_digit(digit) {
        Some(reason) => match absences::give_reason(tx, target.id, reason, None, actor)? {
            Some(Ok(_)) => Ok(Some((
                "absence-reason-recorded",
                vec![
                    first,
                    ("ref", target.reference.clone()),
                    ("digit", digit.to_string()),
                ],
            ))),
            _ => Ok(Some(settled_answer(target))),
        },
        None => {
            absences::flag_at_school(tx, target.id, actor)?;
            Ok(Some(("absence-at-school", vec![first])))
        }
    }
}

fn settled_answer(absence: &FamilyAbsence) -> Answer {
    (
        "absence-settled",
        vec![
            ("first", absence.first_name.clone()),
            ("ref", absence.reference.clone()),
        ],
    )
}

//! What staff write about a meeting (with whom, why, where, how long, help) as fields, checked.

use maud::{Markup, html};

use super::forms::{FormErrors, TextField, select_field};
use crate::domain::locale::Locale;
use crate::domain::meeting::{MAX_TEXT_CHARS, short_text};
use crate::i18n::Tr;
use crate::web::form::FormData;

/// What was typed, kept to show the form again.
#[derive(Debug, Default, Clone)]
pub struct MeetingInput {
    pub host: String,
    pub purpose: String,
    pub place: String,
    pub duration: String,
    pub interpreter: String,
    pub mediator: bool,
}

/// The checked values.
#[derive(Debug, Clone)]
pub struct MeetingFields {
    pub host_staff_id: i64,
    pub purpose: String,
    pub place: String,
    pub duration_minutes: i64,
    pub interpreter: Option<Locale>,
    pub mediator: bool,
}

impl MeetingInput {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            host: form.text("host"),
            purpose: form.text("purpose"),
            place: form.text("place"),
            duration: form.text("duration"),
            interpreter: form.text("interpreter"),
            mediator: form.checked("mediator"),
        }
    }

    /// Checks every field; `hosts` are the staff who may hold the meeting.
    pub fn check(
        &self,
        tr: &Tr,
        errors: &mut FormErrors,
        hosts: &[(i64, String)],
    ) -> Option<MeetingFields> {
        let host = self
            .host
            .parse::<i64>()
            .ok()
            .filter(|id| hosts.iter().any(|(h, _)| h == id));
        if host.is_none() {
            errors.add("host", tr.t("error-meeting-host"));
        }
        let purpose = short_text(&self.purpose, MAX_TEXT_CHARS);
        if purpose.is_none() {
            errors.add("purpose", tr.t("error-meeting-purpose"));
        }
        let place = short_text(&self.place, MAX_TEXT_CHARS);
        if place.is_none() {
            errors.add("place", tr.t("error-meeting-place"));
        }
        let duration = self
            .duration
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|m| (5..=240).contains(m));
        if duration.is_none() {
            errors.add("duration", tr.t("error-meeting-duration"));
        }
        let interpreter = match self.interpreter.as_str() {
            "" => Ok(None),
            code => Locale::parse(code)
                .filter(|l| Locale::LANGUAGES.contains(l) && *l != Locale::Fr)
                .map(Some)
                .ok_or(()),
        };
        if interpreter.is_err() {
            errors.add("interpreter", tr.t("error-meeting-interpreter"));
        }
        Some(MeetingFields {
            host_staff_id: host?,
            purpose: purpose?,
            place: place?,
            duration_minutes: duration?,
            interpreter: interpreter.ok()?,
            mediator: self.mediator,
        })
    }
}

/// The fields; `hosts` are who may hold it, `duration_label` names the duration (a
/// meeting's, or an evening slot's); `help` adds the interpreter and mediator requests
/// (one family's meeting only).
pub fn render(
    tr: &Tr,
    input: &MeetingInput,
    errors: &FormErrors,
    hosts: &[(i64, String)],
    duration_label: &str,
    help: bool,
) -> Markup {
    let hosts: Vec<(String, String)> = hosts
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let text = |name: &'static str, label: &str, value: &str, inputmode: Option<&'static str>| {
        TextField {
            name,
            label: tr.t(label),
            value,
            input_type: "text",
            autocomplete: "off",
            inputmode,
            hint: None,
            error: errors.for_field(name),
        }
        .render(tr)
    };
    let mut languages = vec![(String::new(), tr.t("meeting-interpreter-none"))];
    languages.extend(
        Locale::LANGUAGES
            .iter()
            .filter(|l| **l != Locale::Fr)
            .map(|l| {
                (
                    l.code().to_string(),
                    tr.t(&format!("language-name-{}", l.code())),
                )
            }),
    );
    html! {
        (select_field(tr, "host", &tr.t("meeting-host-label"), &hosts, &input.host, errors.for_field("host")))
        (text("purpose", "meeting-purpose-label", &input.purpose, None))
        (text("place", "meeting-place-label", &input.place, None))
        (text("duration", duration_label, &input.duration, Some("numeric")))
        @if help {
            (select_field(tr, "interpreter", &tr.t("meeting-interpreter-label"), &languages, &input.interpreter, errors.for_field("interpreter")))
            div.field.choice {
                input #mediator type="checkbox" name="mediator" value="1" checked[input.mediator];
                label for="mediator" { (tr.t("meeting-mediator-label")) }
            }
        }
    }
}

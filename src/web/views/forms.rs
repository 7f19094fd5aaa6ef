//! Form parts: the error summary, labelled fields, and fieldsets of choices.

use maud::{Markup, html};

use crate::i18n::Tr;

/// One problem with one field, already said in the user's language.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    pub fn add(&mut self, field: impl Into<String>, message: String) {
        self.0.push(FieldError {
            field: field.into(),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// Listed at the top of a failed form, each error linking to its field.
pub fn error_summary(tr: &Tr, errors: &FormErrors) -> Markup {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", errors.0.len());
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 #error-summary-title { (tr.args("error-summary-title", &args)) }
                ul {
                    @for error in &errors.0 {
                        li { a href={ "#" (error.field) } { (error.message) } }
                    }
                }
            }
        }
    }
}

/// A labelled input in its own block, with an optional hint and error.
pub struct TextField<'a> {
    pub name: &'static str,
    pub label: String,
    pub value: &'a str,
    pub input_type: &'static str,
    pub autocomplete: &'static str,
    pub inputmode: Option<&'static str>,
    pub hint: Option<String>,
    pub error: Option<&'a str>,
}

impl TextField<'_> {
    pub fn render(&self, tr: &Tr) -> Markup {
        let hint_id = format!("{}-hint", self.name);
        let error_id = format!("{}-error", self.name);
        let mut described = Vec::new();
        if self.hint.is_some() {
            described.push(hint_id.clone());
        }
        if self.error.is_some() {
            described.push(error_id.clone());
        }
        let described = (!described.is_empty()).then(|| described.join(" "));
        html! {
            div.field {
                label for=(self.name) { (self.label) }
                @if let Some(hint) = &self.hint {
                    p.hint #(hint_id) { (hint) }
                }
                @if let Some(error) = self.error {
                    p.error #(error_id) { strong { (tr.t("error-prefix")) } " " (error) }
                }
                input #(self.name) name=(self.name) type=(self.input_type) value=(self.value)
                    autocomplete=(self.autocomplete) inputmode=[self.inputmode]
                    aria-describedby=[described] aria-invalid=[self.error.map(|_| "true")];
            }
        }
    }
}

/// One option of a radio or checkbox group.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
    /// Language of the label when it differs from the page's (language names).
    pub lang: Option<&'static str>,
}

/// A fieldset of radios or checkboxes; the first input carries the group's id so the
/// error summary can link to it.
pub fn choice_group(
    tr: &Tr,
    kind: &'static str,
    name: &'static str,
    legend: &str,
    choices: &[Choice],
    error: Option<&str>,
) -> Markup {
    let error_id = format!("{name}-error");
    html! {
        fieldset.field aria-describedby=[error.map(|_| error_id.as_str())] {
            legend { (legend) }
            @if let Some(error) = error {
                p.error #(error_id) { strong { (tr.t("error-prefix")) } " " (error) }
            }
            @for (i, choice) in choices.iter().enumerate() {
                @let id = if i == 0 { name.to_string() } else { format!("{name}-{}", choice.value) };
                div.choice {
                    input #(id) type=(kind) name=(name) value=(choice.value) checked[choice.checked];
                    label for=(id) lang=[choice.lang] { (choice.label) }
                }
            }
        }
    }
}

/// A labelled drop-down list; `options` are (value, label) pairs.
pub fn select_field(
    tr: &Tr,
    name: &'static str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    error: Option<&str>,
) -> Markup {
    let error_id = format!("{name}-error");
    html! {
        div.field {
            label for=(name) { (label) }
            @if let Some(error) = error {
                p.error #(error_id) { strong { (tr.t("error-prefix")) } " " (error) }
            }
            select #(name) name=(name) aria-describedby=[error.map(|_| error_id.as_str())] aria-invalid=[error.map(|_| "true")] {
                @for (value, text) in options {
                    option value=(value) selected[value == selected] { (text) }
                }
            }
        }
    }
}

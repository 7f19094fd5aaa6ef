//! The reason of an absence as form fields (the L131-8 list, "other", a comment), and their check.

use maud::{Markup, html};

use super::forms::{Choice, FormErrors, TextField, choice_group};
use crate::domain::absence::Reason;
use crate::i18n::Tr;
use crate::web::form::FormData;

const MAX_COMMENT_CHARS: usize = 300;

/// What was typed, kept to show the form again.
#[derive(Debug, Default, Clone)]
pub struct ReasonInput {
    pub reason: String,
    pub comment: String,
}

impl ReasonInput {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            reason: form.text("reason"),
            comment: form.text("comment"),
        }
    }

    /// The reason and the comment (`None` when empty), or what is wrong, in `errors`.
    pub fn check(&self, tr: &Tr, errors: &mut FormErrors) -> Option<(Reason, Option<String>)> {
        let reason = Reason::parse(&self.reason);
        if reason.is_none() {
            errors.add("reason", tr.t("error-reason-missing"));
        }
        let comment = &self.comment;
        if comment.chars().count() > MAX_COMMENT_CHARS || comment.chars().any(char::is_control) {
            errors.add("comment", tr.t("error-reason-comment-long"));
        }
        let comment = (!comment.is_empty()).then(|| comment.clone());
        reason.filter(|_| errors.is_empty()).map(|r| (r, comment))
    }
}

/// The radios of the reasons and the optional comment.
pub fn render(tr: &Tr, legend: &str, input: &ReasonInput, errors: &FormErrors) -> Markup {
    let reasons: Vec<Choice> = Reason::ALL
        .iter()
        .map(|r| Choice {
            value: r.code().into(),
            label: tr.t(&format!("reason-{}", r.code())),
            checked: input.reason == r.code(),
            lang: None,
        })
        .collect();
    html! {
        (choice_group(tr, "radio", "reason", legend, &reasons, errors.for_field("reason")))
        (TextField {
            name: "comment",
            label: tr.t("reason-comment-label"),
            value: &input.comment,
            input_type: "text",
            autocomplete: "off",
            inputmode: None,
            hint: None,
            error: errors.for_field("comment"),
        }.render(tr))
    }
}

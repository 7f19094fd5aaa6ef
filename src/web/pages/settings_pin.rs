//! `POST /settings/pin`: the guardian sets the PIN that protects the phone menu.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use crate::AppState;
use crate::domain::password::hash_password;
use crate::store::families;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::GuardianSession;
use crate::web::views::forms::{FormErrors, TextField};

/// Four digits, and not one a stranger would try first.
pub fn pin_problem(pin: &str) -> Option<&'static str> {
    if pin.len() != 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Some("error-pin-format");
    }
    let bytes = pin.as_bytes();
    let all_same = bytes.iter().all(|b| *b == bytes[0]);
    let ascending = bytes.windows(2).all(|w| w[1] == w[0] + 1);
    let descending = bytes.windows(2).all(|w| w[0] == w[1] + 1);
    (all_same || ascending || descending).then_some("error-pin-too-simple")
}

/// The PIN part of the settings page; its fields never echo what was typed.
pub fn form(ctx: &Ctx, has_pin: bool, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    let field = |name, label: String| TextField {
        name,
        label,
        value: "",
        input_type: "password",
        autocomplete: "new-password",
        inputmode: Some("numeric"),
        hint: None,
        error: errors.for_field(name),
    };
    html! {
        form method="post" action="/settings/pin" novalidate {
            fieldset.field {
                legend { (tr.t("settings-pin-legend")) }
                p.hint { (tr.t("settings-pin-intro")) }
                p { (tr.t(if has_pin { "settings-pin-is-set" } else { "settings-pin-not-set" })) }
                (field("pin", tr.t("settings-pin-label")).render(&tr))
                (field("pin_confirm", tr.t("settings-pin-confirm-label")).render(&tr))
            }
            button type="submit" { (tr.t("settings-pin-submit")) }
        }
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    form: FormData,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (pin, confirm) = (form.text("pin"), form.text("pin_confirm"));
    let mut errors = FormErrors::default();
    if let Some(problem) = pin_problem(&pin) {
        errors.add("pin", tr.t(problem));
    } else if pin != confirm {
        errors.add("pin_confirm", tr.t("error-pin-mismatch"));
    }
    if !errors.is_empty() {
        let page =
            super::settings::render_with_pin_errors(&state, &ctx, &guardian, &errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let hash = hash_password(&pin).map_err(AppError::internal)?;
    super::settings::save_audited(&state, &guardian.phone, move |tx, phone| {
        families::set_pin_hash(tx, phone, &hash)
    })
    .await?;
    Ok(Redirect::to("/settings?saved=pin").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guessable_pins_are_refused() {
        for (pin, problem) in [
            ("", "error-pin-format"),
            ("123", "error-pin-format"),
            ("12a4", "error-pin-format"),
            ("12345", "error-pin-format"),
            ("0000", "error-pin-too-simple"),
            ("1234", "error-pin-too-simple"),
            ("9876", "error-pin-too-simple"),
            ("7777", "error-pin-too-simple"),
        ] {
            assert_eq!(pin_problem(pin), Some(problem), "{pin}");
        }
        assert_eq!(pin_problem("2580"), None);
        assert_eq!(pin_problem("1357"), None);
    }
}

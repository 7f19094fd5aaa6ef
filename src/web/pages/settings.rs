//! `/settings`: the guardian chooses language, reading level, channels, quiet hours, rhythm.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::domain::locale::{Locale, ReadingLevel};
use crate::domain::phone::PhoneNumber;
use crate::domain::preferences::{Channels, FamilyPreferences, QuietHours, Rhythm, TimeOfDay};
use crate::store::audit::{self, AuditAction};
use crate::store::{StoreResult, families, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{GuardianSession, GuardianViewer};
use crate::web::views::forms::{Choice, FormErrors, TextField, choice_group, error_summary};
use crate::web::views::layout;

use super::settings_pin;

/// The form as submitted: kept as typed so a failed form comes back unchanged.
struct SettingsForm {
    language: String,
    reading: String,
    channels: Vec<String>,
    quiet_start: String,
    quiet_end: String,
    rhythm: String,
}

impl SettingsForm {
    fn from_preferences(p: &FamilyPreferences) -> Self {
        let channels = [
            ("web", p.channels.web),
            ("sms", p.channels.sms),
            ("voice", p.channels.voice),
        ];
        Self {
            language: p.language.code().to_string(),
            reading: p.reading_level.code().to_string(),
            channels: channels
                .iter()
                .filter(|(_, on)| *on)
                .map(|(c, _)| c.to_string())
                .collect(),
            quiet_start: p.quiet_hours.start.to_string(),
            quiet_end: p.quiet_hours.end.to_string(),
            rhythm: p.rhythm.code().to_string(),
        }
    }

    fn from_form(form: &FormData) -> Self {
        Self {
            language: form.text("language"),
            reading: form.text("reading"),
            channels: form
                .values("channels")
                .into_iter()
                .map(String::from)
                .collect(),
            quiet_start: form.text("quiet_start"),
            quiet_end: form.text("quiet_end"),
            rhythm: form.text("rhythm"),
        }
    }

    fn has_channel(&self, channel: &str) -> bool {
        self.channels.iter().any(|c| c == channel)
    }

    fn parse(&self, ctx: &Ctx, guardian: &GuardianViewer) -> Result<FamilyPreferences, FormErrors> {
        let tr = ctx.tr();
        let mut errors = FormErrors::default();
        let language = Locale::parse(&self.language).filter(|l| Locale::LANGUAGES.contains(l));
        if language.is_none() {
            errors.add("language", tr.t("error-language-invalid"));
        }
        let reading = ReadingLevel::parse(&self.reading);
        if reading.is_none() {
            errors.add("reading", tr.t("error-reading-invalid"));
        }
        let channels = Channels {
            web: self.has_channel("web"),
            sms: self.has_channel("sms"),
            voice: self.has_channel("voice"),
        };
        let known = self
            .channels
            .iter()
            .all(|c| matches!(c.as_str(), "web" | "sms" | "voice"));
        if !channels.any() {
            errors.add("channels", tr.t("error-channels-none"));
        } else if !known
            || (channels.sms && mobile(guardian).is_none())
            || (channels.voice && voice_number(guardian).is_none())
        {
            errors.add("channels", tr.t("error-channel-unavailable"));
        }
        let start = TimeOfDay::parse(&self.quiet_start);
        if start.is_none() {
            errors.add("quiet_start", tr.t("error-quiet-start"));
        }
        let end = TimeOfDay::parse(&self.quiet_end);
        if end.is_none() {
            errors.add("quiet_end", tr.t("error-quiet-end"));
        }
        let rhythm = Rhythm::parse(&self.rhythm);
        if rhythm.is_none() {
            errors.add("rhythm", tr.t("error-rhythm-invalid"));
        }
        match (language, reading, start, end, rhythm) {
            (Some(language), Some(reading_level), Some(start), Some(end), Some(rhythm))
                if errors.is_empty() =>
            {
                Ok(FamilyPreferences {
                    language,
                    reading_level,
                    channels,
                    quiet_hours: QuietHours { start, end },
                    rhythm,
                })
            }
            _ => Err(errors),
        }
    }
}

fn mobile(guardian: &GuardianViewer) -> Option<PhoneNumber> {
    guardian
        .guardians
        .iter()
        .find_map(|g| g.mobile.as_deref())
        .and_then(|m| PhoneNumber::parse(m).ok())
}

fn voice_number(guardian: &GuardianViewer) -> Option<PhoneNumber> {
    PhoneNumber::parse(&guardian.phone).ok()
}

/// The settings page; `saved` names what was just saved, if anything.
fn view(
    ctx: &Ctx,
    guardian: &GuardianViewer,
    form: &SettingsForm,
    errors: &FormErrors,
    saved: Option<&str>,
    pin: (bool, &FormErrors),
) -> Markup {
    let tr = ctx.tr();
    let languages: Vec<Choice> = Locale::LANGUAGES
        .iter()
        .map(|l| Choice {
            value: l.code().into(),
            label: l.native_name().into(),
            checked: form.language == l.code(),
            lang: Some(l.language_tag()),
        })
        .collect();
    let reading: Vec<Choice> = [ReadingLevel::Standard, ReadingLevel::Easy]
        .iter()
        .map(|r| Choice {
            value: r.code().into(),
            label: tr.t(&format!("settings-reading-{}", r.code())),
            checked: form.reading == r.code(),
            lang: None,
        })
        .collect();
    let number_args = |phone: PhoneNumber| {
        let mut args = FluentArgs::new();
        args.set("phone", phone.national());
        args
    };
    let mut channels = vec![Choice {
        value: "web".into(),
        label: tr.t("settings-channel-web"),
        checked: form.has_channel("web"),
        lang: None,
    }];
    if let Some(phone) = mobile(guardian) {
        channels.push(Choice {
            value: "sms".into(),
            label: tr.args("settings-channel-sms", &number_args(phone)),
            checked: form.has_channel("sms"),
            lang: None,
        });
    }
    if let Some(phone) = voice_number(guardian) {
        channels.push(Choice {
            value: "voice".into(),
            label: tr.args("settings-channel-voice", &number_args(phone)),
            checked: form.has_channel("voice"),
            lang: None,
        });
    }
    let rhythms: Vec<Choice> = [Rhythm::Immediate, Rhythm::DailyDigest]
        .iter()
        .map(|r| Choice {
            value: r.code().into(),
            label: tr.t(&format!("settings-rhythm-{}", r.code())),
            checked: form.rhythm == r.code(),
            lang: None,
        })
        .collect();
    let time_field = |name, label: &str, value| TextField {
        name,
        label: label.to_string(),
        value,
        // Text, not `type=time`: basic phones lack the picker, and a wrong value must
        // come back as typed (a time input cannot hold "99:99").
        input_type: "text",
        autocomplete: "off",
        inputmode: Some("numeric"),
        hint: None,
        error: errors.for_field(name),
    };
    layout::page(
        ctx,
        &tr.t("settings-title"),
        html! {
            @match saved {
                Some("pin") => p.status role="status" { (tr.t("settings-pin-saved")) },
                Some(_) => p.status role="status" { (tr.t("settings-saved")) },
                None => {},
            }
            (error_summary(&tr, errors))
            (error_summary(&tr, pin.1))
            p { (tr.t("settings-intro")) }
            form method="post" action="/settings" novalidate {
                (choice_group(&tr, "radio", "language", &tr.t("settings-language-legend"), &languages, errors.for_field("language")))
                (choice_group(&tr, "radio", "reading", &tr.t("settings-reading-legend"), &reading, errors.for_field("reading")))
                (choice_group(&tr, "checkbox", "channels", &tr.t("settings-channels-legend"), &channels, errors.for_field("channels")))
                fieldset.field {
                    legend { (tr.t("settings-quiet-legend")) }
                    p.hint { (tr.t("settings-quiet-hint")) }
                    (time_field("quiet_start", &tr.t("settings-quiet-start"), &form.quiet_start).render(&tr))
                    (time_field("quiet_end", &tr.t("settings-quiet-end"), &form.quiet_end).render(&tr))
                }
                (choice_group(&tr, "radio", "rhythm", &tr.t("settings-rhythm-legend"), &rhythms, errors.for_field("rhythm")))
                button type="submit" { (tr.t("settings-submit")) }
            }
            (settings_pin::form(ctx, pin.0, pin.1))
        },
    )
}

async fn has_pin(state: &AppState, guardian: &GuardianViewer) -> Result<bool, AppError> {
    let phone = guardian.phone.clone();
    Ok(state
        .db(move |conn| families::pin_hash(conn, &phone))
        .await?
        .is_some())
}

/// The page after a refused PIN: stored settings, PIN errors.
pub async fn render_with_pin_errors(
    state: &AppState,
    ctx: &Ctx,
    guardian: &GuardianViewer,
    errors: &FormErrors,
) -> Result<Markup, AppError> {
    let form = SettingsForm::from_preferences(&guardian.primary().preferences);
    Ok(view(
        ctx,
        guardian,
        &form,
        &FormErrors::default(),
        None,
        (has_pin(state, guardian).await?, errors),
    ))
}

#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Query(query): Query<Saved>,
) -> Result<Markup, AppError> {
    let form = SettingsForm::from_preferences(&guardian.primary().preferences);
    let pin = has_pin(&state, &guardian).await?;
    Ok(view(
        &ctx,
        &guardian,
        &form,
        &FormErrors::default(),
        query.saved.as_deref(),
        (pin, &FormErrors::default()),
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    form: FormData,
) -> Result<Response, AppError> {
    let submitted = SettingsForm::from_form(&form);
    let preferences = match submitted.parse(&ctx, &guardian) {
        Ok(preferences) => preferences,
        Err(errors) => {
            let pin = has_pin(&state, &guardian).await?;
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                view(
                    &ctx,
                    &guardian,
                    &submitted,
                    &errors,
                    None,
                    (pin, &FormErrors::default()),
                ),
            )
                .into_response());
        }
    };
    save_audited(&state, &guardian.phone, move |tx, phone| {
        families::save_preferences(tx, phone, &preferences)
    })
    .await?;
    Ok(Redirect::to("/settings?saved=1").into_response())
}

/// Saves a family's change to their own settings together with its audit entry.
pub async fn save_audited(
    state: &AppState,
    phone: &str,
    change: impl FnOnce(&rusqlite::Transaction, &str) -> StoreResult<usize> + Send + 'static,
) -> Result<(), AppError> {
    let phone = phone.to_string();
    state
        .db(move |conn| {
            write(conn, |tx| {
                change(tx, &phone)?;
                audit::record_family_change(tx, &phone, AuditAction::ChangedSettings)
            })
        })
        .await
}

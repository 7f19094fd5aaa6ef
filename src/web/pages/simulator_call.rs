//! The simulator's calls (demo only): call Carnet as a phone and press keys, as Twilio would.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use super::simulator::{demo_only, phone_from_path, render_conversation};
use crate::AppState;
use crate::store::calls;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::new_token;
use crate::web::views::forms::{FormErrors, TextField};

/// The latest call from this phone: what was said and pressed, and whether it goes on.
pub struct Transcript {
    pub lines: Vec<calls::TranscriptLine>,
    pub ongoing: bool,
}

pub fn latest(
    conn: &rusqlite::Connection,
    phone: &str,
) -> crate::store::StoreResult<Option<Transcript>> {
    let Some((sid, lines)) = calls::latest_transcript(conn, phone)? else {
        return Ok(None);
    };
    let ongoing = calls::find(conn, &sid)?.is_some_and(|c| c.state != "goodbye");
    Ok(Some(Transcript { lines, ongoing }))
}

pub fn view(
    ctx: &Ctx,
    digits: &str,
    transcript: Option<&Transcript>,
    keys: &str,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    html! {
        section aria-labelledby="call" {
            h2 #call { (tr.t("simulator-call-title")) }
            @if let Some(transcript) = transcript {
                ol.conversation {
                    @for (said, pressed) in &transcript.lines {
                        @if let Some(said) = said.as_deref().filter(|s| !s.is_empty()) {
                            li.from-carnet { p.meta { (tr.t("simulator-call-says")) } p.body { (said) } }
                        }
                        @if let Some(pressed) = pressed {
                            li.from-phone { p.meta { (tr.t("simulator-voice-in")) } p.body { (if pressed.is_empty() { "—" } else { pressed }) } }
                        }
                    }
                }
                @if transcript.ongoing {
                    form method="post" action={ "/simulator/" (digits) "/keys" } novalidate {
                        (TextField {
                            name: "keys",
                            label: tr.t("simulator-keys-label"),
                            value: keys,
                            input_type: "text",
                            autocomplete: "off",
                            inputmode: Some("tel"),
                            hint: None,
                            error: errors.for_field("keys"),
                        }.render(&tr))
                        button type="submit" { (tr.t("simulator-keys-submit")) }
                    }
                } @else {
                    p { (tr.t("simulator-call-ended")) }
                }
            }
            form method="post" action={ "/simulator/" (digits) "/call" } {
                button type="submit" { (tr.t("simulator-call-button")) }
            }
        }
    }
}

pub async fn call(
    State(state): State<AppState>,
    Path(digits): Path<String>,
) -> Result<Response, AppError> {
    demo_only(&state)?;
    let phone = phone_from_path(&digits)?.as_str().to_string();
    let sid = format!("SIM{}", new_token());
    state
        .voice(move |voice, tx| voice.incoming(tx, &sid, &phone))
        .await?;
    Ok(Redirect::to(&format!("/simulator/{digits}")).into_response())
}

pub async fn keys(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(digits): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    demo_only(&state)?;
    let phone = phone_from_path(&digits)?;
    let keys = form.text("keys");
    let valid = !keys.is_empty()
        && keys.len() <= 16
        && keys
            .chars()
            .all(|c| c.is_ascii_digit() || c == '*' || c == '#');
    if !valid {
        let mut errors = FormErrors::default();
        errors.add("keys", ctx.tr().t("error-keys-invalid"));
        let page = render_conversation(
            &state,
            &ctx,
            &phone,
            ("", &FormErrors::default()),
            (&keys, &errors),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let number = phone.as_str().to_string();
    state
        .voice(move |voice, tx| {
            let sid = calls::latest_transcript(tx, &number)?.map(|(sid, _)| sid);
            match sid {
                Some(sid) => voice.gather(tx, &sid, Some(&keys)).map(|_| ()),
                None => Ok(()),
            }
        })
        .await?;
    Ok(Redirect::to(&format!("/simulator/{digits}")).into_response())
}

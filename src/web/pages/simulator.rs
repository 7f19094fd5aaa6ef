//! `/simulator` (demo only): what Carnet sent to each demo phone, and replying as that phone.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::channels::inbound;
use crate::domain::phone::PhoneNumber;
use crate::store::families;
use crate::store::outbox::{self, Channel, PhoneEvent};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::views::forms::{FormErrors, TextField, error_summary};
use crate::web::views::time::format_timestamp;
use crate::web::views::{layout, table};

use super::simulator_call;

const MAX_REPLY_CHARS: usize = 480;

pub fn demo_only(state: &AppState) -> Result<(), AppError> {
    if state.config.demo {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

/// The number in the URL is its E.164 digits without the plus.
pub fn phone_from_path(digits: &str) -> Result<PhoneNumber, AppError> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::not_found());
    }
    PhoneNumber::parse(&format!("+{digits}")).map_err(|_| AppError::not_found())
}

pub async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Markup, AppError> {
    demo_only(&state)?;
    let tr = ctx.tr();
    let (phones, counts) = state
        .db(|conn| {
            Ok((
                families::phones_with_names(conn)?,
                outbox::message_counts(conn)?,
            ))
        })
        .await?;
    let counts: HashMap<String, i64> = counts.into_iter().collect();
    Ok(layout::page(
        &ctx,
        &tr.t("simulator-title"),
        html! {
            p { (tr.t("simulator-intro")) }
            table {
                caption { (tr.t("simulator-phones-caption")) }
                (table::head(&tr, &["simulator-phone-column", "simulator-who-column", "simulator-count-column"]))
                tbody {
                    @for (phone, name) in &phones {
                        @let number = PhoneNumber::parse(phone).ok();
                        tr {
                            th scope="row" {
                                @if let Some(number) = &number {
                                    a href={ "/simulator/" (&number.as_str()[1..]) } { bdi { (number.national()) } }
                                }
                            }
                            td { bdi { (name) } }
                            td { (counts.get(phone).copied().unwrap_or(0)) }
                        }
                    }
                }
            }
        },
    ))
}

fn event_label(event: &PhoneEvent) -> &'static str {
    match (event.outgoing, event.channel) {
        (true, Channel::Sms) => "simulator-sms-out",
        (false, Channel::Sms) => "simulator-sms-in",
        (true, Channel::Voice) => "simulator-voice-out",
        (false, Channel::Voice) => "simulator-voice-in",
    }
}

fn conversation_view(
    ctx: &Ctx,
    phone: &PhoneNumber,
    events: &[PhoneEvent],
    reply: &str,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    html! {
        (error_summary(&tr, errors))
        @if events.is_empty() {
            p { (tr.t("simulator-empty")) }
        } @else {
            ol.conversation {
                @for event in events {
                    li class=(if event.outgoing { "from-carnet" } else { "from-phone" }) {
                        p.meta { (tr.t(event_label(event))) (tr.t("list-separator")) (format_timestamp(event.at)) }
                        p.body lang=[event.locale.map(|l| l.language_tag())] dir="auto" { (event.body) }
                    }
                }
            }
        }
        form method="post" action={ "/simulator/" (&phone.as_str()[1..]) } novalidate {
            (TextField {
                name: "body",
                label: tr.t("simulator-reply-label"),
                value: reply,
                input_type: "text",
                autocomplete: "off",
                inputmode: None,
                hint: None,
                error: errors.for_field("body"),
            }.render(&tr))
            button type="submit" { (tr.t("simulator-reply-submit")) }
        }
        p { a href="/simulator" { (tr.t("simulator-back")) } }
    }
}

/// The phone's page: messages both ways with the reply form, and the latest call.
/// Each form comes with what was typed and its errors.
pub async fn render_conversation(
    state: &AppState,
    ctx: &Ctx,
    phone: &PhoneNumber,
    reply: (&str, &FormErrors),
    keys: (&str, &FormErrors),
) -> Result<Markup, AppError> {
    let number = phone.as_str().to_string();
    let (events, transcript) = state
        .db(move |conn| {
            Ok((
                outbox::conversation(conn, &number)?,
                simulator_call::latest(conn, &number)?,
            ))
        })
        .await?;
    let mut args = FluentArgs::new();
    args.set("phone", phone.national());
    let body = html! {
        (conversation_view(ctx, phone, &events, reply.0, reply.1))
        (simulator_call::view(ctx, &phone.as_str()[1..], transcript.as_ref(), keys.0, keys.1))
    };
    Ok(layout::page(
        ctx,
        &ctx.tr().args("simulator-conversation-title", &args),
        body,
    ))
}

pub async fn conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(digits): Path<String>,
) -> Result<Markup, AppError> {
    demo_only(&state)?;
    let phone = phone_from_path(&digits)?;
    let none = FormErrors::default();
    render_conversation(&state, &ctx, &phone, ("", &none), ("", &none)).await
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(digits): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    demo_only(&state)?;
    let phone = phone_from_path(&digits)?;
    let body = form.text("body");
    let mut errors = FormErrors::default();
    if body.is_empty() {
        errors.add("body", ctx.tr().t("error-reply-empty"));
    } else if body.chars().count() > MAX_REPLY_CHARS {
        errors.add("body", ctx.tr().t("error-reply-too-long"));
    }
    if !errors.is_empty() {
        let page = render_conversation(
            &state,
            &ctx,
            &phone,
            (&body, &errors),
            ("", &FormErrors::default()),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let (catalogs, flows, from) = (
        state.catalogs.clone(),
        state.flows.clone(),
        phone.as_str().to_string(),
    );
    state
        .db(move |conn| inbound::receive_sms(conn, &catalogs, &flows, &from, &body))
        .await?;
    Ok(Redirect::to(&format!("/simulator/{digits}")).into_response())
}

//! `/sign-in`: a guardian gives a phone number and how to receive a code.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::channels;
use crate::domain::login_code::{self, MAX_REQUESTS_PER_NUMBER, REQUEST_WINDOW_SECONDS};
use crate::domain::notice::Notice;
use crate::domain::phone::{LineKind, PhoneError, PhoneNumber};
use crate::store::outbox::{self, Channel, NewDelivery};
use crate::store::{families, login, phones, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::rate_limit::CODE_REQUESTS_PER_ADDRESS;
use crate::web::router::ClientAddress;
use crate::web::session::{self, CHALLENGE_COOKIE};
use crate::web::views::forms::{Choice, FormErrors, TextField, choice_group, error_summary};
use crate::web::views::layout;

fn view(ctx: &Ctx, phone: &str, by_voice: bool, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    let delivery = [
        Choice {
            value: "sms".into(),
            label: tr.t("sign-in-delivery-sms"),
            checked: !by_voice,
            lang: None,
        },
        Choice {
            value: "voice".into(),
            label: tr.t("sign-in-delivery-voice"),
            checked: by_voice,
            lang: None,
        },
    ];
    layout::page(
        ctx,
        &tr.t("sign-in-title"),
        html! {
            (error_summary(&tr, errors))
            p { (tr.t("sign-in-intro")) }
            form method="post" action="/sign-in" novalidate {
                (TextField {
                    name: "phone",
                    label: tr.t("sign-in-phone-label"),
                    value: phone,
                    input_type: "tel",
                    autocomplete: "tel",
                    inputmode: Some("tel"),
                    hint: Some(tr.t("sign-in-phone-hint")),
                    error: errors.for_field("phone"),
                }.render(&tr))
                (choice_group(&tr, "radio", "delivery", &tr.t("sign-in-delivery-legend"), &delivery, errors.for_field("delivery")))
                button type="submit" { (tr.t("sign-in-submit")) }
            }
        },
    )
}

pub async fn show(ctx: Ctx) -> Markup {
    view(&ctx, "", false, &FormErrors::default())
}

fn too_many(ctx: &Ctx, phone: &str, by_voice: bool, wait_seconds: u64) -> Response {
    let mut args = FluentArgs::new();
    args.set("minutes", wait_seconds.div_ceil(60).max(1));
    let mut errors = FormErrors::default();
    errors.add("phone", ctx.tr().args("error-too-many-requests", &args));
    (
        StatusCode::TOO_MANY_REQUESTS,
        view(ctx, phone, by_voice, &errors),
    )
        .into_response()
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let typed = form.text("phone");
    let delivery = form.get("delivery").unwrap_or("sms");
    let by_voice = delivery == "voice";
    let mut errors = FormErrors::default();
    let phone = match PhoneNumber::parse(&typed) {
        Ok(phone) => Some(phone),
        Err(PhoneError::Empty) => {
            errors.add("phone", tr.t("error-phone-missing"));
            None
        }
        Err(PhoneError::Invalid) => {
            errors.add("phone", tr.t("error-phone-invalid"));
            None
        }
    };
    if !matches!(delivery, "sms" | "voice") {
        errors.add("delivery", tr.t("error-delivery-invalid"));
    }
    let Some(phone) = phone.filter(|_| errors.is_empty()) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &typed, by_voice, &errors),
        )
            .into_response());
    };
    if let Err(wait) = state.limiter.hit(
        &format!("code-request:{address}"),
        CODE_REQUESTS_PER_ADDRESS,
    ) {
        return Ok(too_many(&ctx, &typed, by_voice, wait.as_secs()));
    }
    let token = session::new_token();
    let (catalogs, fallback_locale, token_for_db) =
        (state.catalogs.clone(), ctx.locale, token.clone());
    let accepted = state
        .db(move |conn| {
            write(conn, |tx| {
                if login::recent_requests(tx, phone.as_str(), REQUEST_WINDOW_SECONDS)?
                    >= MAX_REQUESTS_PER_NUMBER
                {
                    return Ok(false);
                }
                let guardian = families::guardians_with_phone(tx, phone.as_str())?
                    .into_iter()
                    .next();
                let code = guardian.as_ref().map(|_| login_code::generate_code());
                login::create(tx, token_for_db.as_bytes(), phone.as_str(), code.as_deref())?;
                if let (Some(guardian), Some(code)) = (guardian, code) {
                    let no_sms = phone.line_kind() == LineKind::Landline
                        || phones::status(tx, phone.as_str())?.sms_opted_out;
                    let channel = if by_voice || no_sms {
                        Channel::Voice
                    } else {
                        Channel::Sms
                    };
                    let locale = guardian.stored_locale.unwrap_or(fallback_locale);
                    let text =
                        channels::render(&catalogs, locale, channel, &Notice::login_code(&code));
                    outbox::enqueue(
                        tx,
                        &NewDelivery {
                            establishment_id: Some(guardian.establishment_id),
                            guardian_id: Some(guardian.id),
                            channel,
                            to_phone: phone.as_str(),
                            body: &text,
                            locale: locale.code(),
                            urgent: true,
                            quiet_hours: None,
                            confirms_opt_out: false,
                        },
                    )?;
                }
                Ok(true)
            })
        })
        .await?;
    if !accepted {
        return Ok(too_many(
            &ctx,
            &typed,
            by_voice,
            REQUEST_WINDOW_SECONDS as u64,
        ));
    }
    let jar = CookieJar::new().add(session::cookie(
        &state.config,
        CHALLENGE_COOKIE,
        token,
        login_code::CODE_LIFETIME_SECONDS,
    ));
    Ok((jar, Redirect::to("/sign-in/code")).into_response())
}

//! `/sign-in/code`: the guardian types the code; a match opens a session.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::login_code::{CodeCheck, normalise_code};
use crate::domain::phone::PhoneNumber;
use crate::store::sessions::{self, SESSION_SECONDS, SessionOwner};
use crate::store::{login, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::rate_limit::CODE_CHECKS_PER_ADDRESS;
use crate::web::router::ClientAddress;
use crate::web::session::{self, CHALLENGE_COOKIE, SESSION_COOKIE};
use crate::web::views::forms::{FormErrors, TextField, error_summary};
use crate::web::views::layout;

fn view(ctx: &Ctx, masked_phone: &str, code: &str, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    let mut args = FluentArgs::new();
    args.set("phone", masked_phone.to_string());
    layout::page(
        ctx,
        &tr.t("code-title"),
        html! {
            (error_summary(&tr, errors))
            p { (tr.args("code-sent", &args)) }
            form method="post" action="/sign-in/code" novalidate {
                (TextField {
                    name: "code",
                    label: tr.t("code-label"),
                    value: code,
                    input_type: "text",
                    autocomplete: "one-time-code",
                    inputmode: Some("numeric"),
                    hint: None,
                    error: errors.for_field("code"),
                }.render(&tr))
                button type="submit" { (tr.t("code-submit")) }
            }
            p { a href="/sign-in" { (tr.t("code-new")) } }
        },
    )
}

async fn masked_phone(state: &AppState, token: String) -> Result<Option<String>, AppError> {
    let phone = state
        .db(move |conn| login::phone_for(conn, token.as_bytes()))
        .await?;
    Ok(phone.map(|p| {
        PhoneNumber::parse(&p)
            .map(|p| p.masked())
            .unwrap_or_default()
    }))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let Some(token) = jar.get(CHALLENGE_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let Some(masked) = masked_phone(&state, token).await? else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    Ok(view(&ctx, &masked, "", &FormErrors::default()).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let Some(token) = jar.get(CHALLENGE_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let Some(masked) = masked_phone(&state, token.clone()).await? else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let typed = form.text("code");
    let mut errors = FormErrors::default();
    let fail = |errors: &FormErrors, status| {
        Ok((status, view(&ctx, &masked, &typed, errors)).into_response())
    };
    if let Err(wait) = state
        .limiter
        .hit(&format!("code-check:{address}"), CODE_CHECKS_PER_ADDRESS)
    {
        let mut args = FluentArgs::new();
        args.set("minutes", wait.as_secs().div_ceil(60).max(1));
        errors.add("code", tr.args("error-too-many-requests", &args));
        return fail(&errors, StatusCode::TOO_MANY_REQUESTS);
    }
    let Some(code) = normalise_code(&typed) else {
        errors.add("code", tr.t("error-code-format"));
        return fail(&errors, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let session_token = session::new_token();
    let session_hash = session::token_hash(&session_token);
    let check = state
        .db(move |conn| {
            write(conn, |tx| {
                let check = login::check(tx, token.as_bytes(), &code)?;
                if let CodeCheck::Accepted { phone } = &check {
                    sessions::create(
                        tx,
                        &session_hash,
                        &SessionOwner::Guardian {
                            phone: phone.clone(),
                        },
                    )?;
                }
                Ok(check)
            })
        })
        .await?;
    match check {
        CodeCheck::Accepted { .. } => {
            let jar = CookieJar::new()
                .add(session::removal(&state.config, CHALLENGE_COOKIE))
                .add(session::cookie(
                    &state.config,
                    SESSION_COOKIE,
                    session_token,
                    SESSION_SECONDS,
                ));
            Ok((jar, Redirect::to("/family")).into_response())
        }
        CodeCheck::Wrong { attempts_left } => {
            let mut args = FluentArgs::new();
            args.set("left", attempts_left);
            errors.add("code", tr.args("error-code-wrong", &args));
            fail(&errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        CodeCheck::Expired => {
            errors.add("code", tr.t("error-code-expired"));
            fail(&errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        CodeCheck::TooManyAttempts => {
            errors.add("code", tr.t("error-code-locked"));
            fail(&errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

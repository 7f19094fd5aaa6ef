//! `/staff/sign-in`: staff sign in with a username and password.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::password::{decoy_hash, verify_password};
use crate::store::sessions::{self, SESSION_SECONDS, SessionOwner};
use crate::store::staff;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::rate_limit::{STAFF_ATTEMPTS_PER_ADDRESS, STAFF_ATTEMPTS_PER_USERNAME};
use crate::web::router::ClientAddress;
use crate::web::session::{self, SESSION_COOKIE};
use crate::web::views::forms::{FormErrors, TextField, error_summary};
use crate::web::views::layout;

fn view(ctx: &Ctx, username: &str, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    layout::page(
        ctx,
        &tr.t("staff-sign-in-title"),
        html! {
            (error_summary(&tr, errors))
            form method="post" action="/staff/sign-in" novalidate {
                (TextField {
                    name: "username",
                    label: tr.t("staff-username-label"),
                    value: username,
                    input_type: "text",
                    autocomplete: "username",
                    inputmode: None,
                    hint: None,
                    error: errors.for_field("username"),
                }.render(&tr))
                (TextField {
                    name: "password",
                    label: tr.t("staff-password-label"),
                    value: "",
                    input_type: "password",
                    autocomplete: "current-password",
                    inputmode: None,
                    hint: None,
                    error: errors.for_field("password"),
                }.render(&tr))
                button type="submit" { (tr.t("staff-sign-in-submit")) }
            }
        },
    )
}

pub async fn show(ctx: Ctx) -> Markup {
    view(&ctx, "", &FormErrors::default())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let username = form.text("username");
    let password = form.get("password").unwrap_or("").to_string();
    let mut errors = FormErrors::default();
    if username.is_empty() {
        errors.add("username", tr.t("error-username-missing"));
    }
    if password.is_empty() {
        errors.add("password", tr.t("error-password-missing"));
    }
    if username.chars().count() > 100 || password.chars().count() > 200 {
        errors.add("username", tr.t("error-credentials"));
    }
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &username, &errors),
        )
            .into_response());
    }
    let limited = state
        .limiter
        .hit(
            &format!("staff-address:{address}"),
            STAFF_ATTEMPTS_PER_ADDRESS,
        )
        .and_then(|()| {
            state.limiter.hit(
                &format!("staff-user:{}", username.to_lowercase()),
                STAFF_ATTEMPTS_PER_USERNAME,
            )
        });
    if let Err(wait) = limited {
        let mut args = FluentArgs::new();
        args.set("minutes", wait.as_secs().div_ceil(60).max(1));
        errors.add("username", tr.args("error-too-many-requests", &args));
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            view(&ctx, &username, &errors),
        )
            .into_response());
    }
    let session_token = session::new_token();
    let session_hash = session::token_hash(&session_token);
    let lookup = username.clone();
    let signed_in = state
        .db(move |conn| {
            let member = staff::by_username(conn, &lookup)?;
            let hash = member
                .as_ref()
                .map_or(decoy_hash(), |m| m.password_hash.as_str());
            let valid = verify_password(&password, hash);
            match member.filter(|_| valid) {
                Some(member) => {
                    sessions::create(
                        conn,
                        &session_hash,
                        &SessionOwner::Staff {
                            staff_id: member.id,
                        },
                    )?;
                    Ok(true)
                }
                None => Ok(false),
            }
        })
        .await?;
    if !signed_in {
        errors.add("username", tr.t("error-credentials"));
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &username, &errors),
        )
            .into_response());
    }
    let jar = CookieJar::new().add(session::cookie(
        &state.config,
        SESSION_COOKIE,
        session_token,
        SESSION_SECONDS,
    ));
    Ok((jar, Redirect::to("/staff")).into_response())
}

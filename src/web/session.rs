//! Session cookies and tokens, and who is looking: anonymous, a guardian, or staff.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use sha2::{Digest, Sha256};

use super::context::Ctx;
use super::error::AppError;
use crate::config::Config;
use crate::store::families::Guardian;
use crate::store::schools::Establishment;
use crate::store::staff::StaffMember;

pub const SESSION_COOKIE: &str = "carnet_session";
pub const CHALLENGE_COOKIE: &str = "carnet_challenge";
pub const LANG_COOKIE: &str = "carnet_lang";

/// A fresh random token for a cookie, as text.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores instead of the token itself.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// HttpOnly, SameSite=Lax, Secure behind HTTPS; `max_age` in seconds.
pub fn cookie(config: &Config, name: &'static str, value: String, max_age: i64) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies())
        .max_age(cookie::time::Duration::seconds(max_age))
        .build()
}

pub fn removal(config: &Config, name: &'static str) -> Cookie<'static> {
    cookie(config, name, String::new(), 0)
}

/// A signed-in guardian: every guardian row at their phone number.
#[derive(Debug)]
pub struct GuardianViewer {
    pub phone: String,
    pub guardians: Vec<Guardian>,
}

impl GuardianViewer {
    /// The first guardian row speaks for the person (they are the same person).
    pub fn primary(&self) -> &Guardian {
        &self.guardians[0]
    }
}

#[derive(Debug)]
pub struct StaffViewer {
    pub member: StaffMember,
    pub establishment: Establishment,
}

#[derive(Debug, Clone)]
pub enum Viewer {
    Anonymous,
    Guardian(Arc<GuardianViewer>),
    Staff(Arc<StaffViewer>),
}

/// Extracts the signed-in guardian, or sends others to the family sign-in page.
pub struct GuardianSession(pub Arc<GuardianViewer>);

impl<S: Send + Sync> FromRequestParts<S> for GuardianSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match ctx.viewer {
            Viewer::Guardian(g) => Ok(Self(g)),
            Viewer::Anonymous => Err(Redirect::to("/sign-in").into_response()),
            Viewer::Staff(_) => Err(AppError::forbidden().into_response()),
        }
    }
}

/// Extracts the signed-in staff member, or sends others to the staff sign-in page.
pub struct StaffSession(pub Arc<StaffViewer>);

impl<S: Send + Sync> FromRequestParts<S> for StaffSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match ctx.viewer {
            Viewer::Staff(s) => Ok(Self(s)),
            Viewer::Anonymous => Err(Redirect::to("/staff/sign-in").into_response()),
            Viewer::Guardian(_) => Err(AppError::forbidden().into_response()),
        }
    }
}

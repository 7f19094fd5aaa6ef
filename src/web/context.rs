//! The per-request context: who is looking and in which language, set by one middleware.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;

use super::error::{AppError, ErrorPage};
use super::pages::error_page;
use super::session::{self, GuardianViewer, LANG_COOKIE, SESSION_COOKIE, StaffViewer, Viewer};
use crate::AppState;
use crate::domain::locale::Locale;
use crate::i18n::{Catalogs, Tr, negotiate};
use crate::store::sessions::SessionOwner;
use crate::store::{families, schools, sessions, staff};

#[derive(Clone)]
pub struct Ctx {
    pub locale: Locale,
    pub viewer: Viewer,
    /// The path of this page, for the language switcher's links.
    pub path: String,
    pub demo: bool,
    catalogs: Arc<Catalogs>,
}

impl Ctx {
    pub fn tr(&self) -> Tr<'_> {
        self.catalogs.html(self.locale)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::internal("no request context"))
    }
}

fn load_viewer(state: &AppState, jar: &CookieJar) -> Result<Viewer, AppError> {
    let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(Viewer::Anonymous);
    };
    state.read(move |conn| {
        let viewer = match sessions::owner(conn, &session::token_hash(&token))? {
            None => Viewer::Anonymous,
            Some(SessionOwner::Guardian { phone }) => {
                let guardians = families::guardians_with_phone(conn, &phone)?;
                if guardians.is_empty() {
                    Viewer::Anonymous
                } else {
                    Viewer::Guardian(Arc::new(GuardianViewer { phone, guardians }))
                }
            }
            Some(SessionOwner::Staff { staff_id }) => match staff::by_id(conn, staff_id)? {
                None => Viewer::Anonymous,
                Some(member) => match schools::establishment(conn, member.establishment_id)? {
                    None => Viewer::Anonymous,
                    Some(establishment) => Viewer::Staff(Arc::new(StaffViewer {
                        member,
                        establishment,
                    })),
                },
            },
        };
        Ok(viewer)
    })
}

/// `?lang=xx` on a GET: remember the choice (cookie, and the guardian's stored language)
/// and come back to the same page without the parameter.
async fn switch_language(
    state: &AppState,
    viewer: &Viewer,
    locale: Locale,
    path: &str,
) -> Result<Response, AppError> {
    if let Viewer::Guardian(guardian) = viewer {
        let phone = guardian.phone.clone();
        state
            .db(move |conn| families::save_locale(conn, &phone, locale))
            .await?;
    }
    let cookie = session::cookie(
        &state.config,
        LANG_COOKIE,
        locale.code().to_string(),
        365 * 86_400,
    );
    Ok((CookieJar::new().add(cookie), Redirect::to(path)).into_response())
}

fn requested_language(req: &Request) -> Option<Option<Locale>> {
    let query = req.uri().query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| Locale::parse(&v))
}

pub async fn attach_context(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let path = req.uri().path().to_string();
    let viewer = match load_viewer(&state, &jar) {
        Ok(viewer) => viewer,
        Err(e) => return e.into_response(),
    };
    if req.method() == Method::GET
        && let Some(Some(locale)) = requested_language(&req)
    {
        return switch_language(&state, &viewer, locale, &path)
            .await
            .unwrap_or_else(IntoResponse::into_response);
    }
    let stored = match &viewer {
        Viewer::Guardian(g) => g.primary().stored_locale,
        _ => None,
    };
    let explicit = jar.get(LANG_COOKIE).and_then(|c| Locale::parse(c.value()));
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = negotiate::choose(stored, explicit, accept);
    let ctx = Ctx {
        locale,
        viewer,
        path,
        demo: state.config.demo,
        catalogs: state.catalogs.clone(),
    };
    req.extensions_mut().insert(ctx.clone());
    let response = next.run(req).await;
    match response.extensions().get::<ErrorPage>().copied() {
        Some(page) => error_page::render(&ctx, response, page),
        None => response,
    }
}

//! `AppError`: every failure a handler returns, shown as a translated page by the context layer.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The kinds of error page; the context middleware renders them in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    Forbidden,
    BadRequest,
    TooManyRequests,
    Internal,
}

#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub page: ErrorPage,
    detail: Option<String>,
}

impl AppError {
    pub fn not_found() -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            page: ErrorPage::NotFound,
            detail: None,
        }
    }

    pub fn forbidden() -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            page: ErrorPage::Forbidden,
            detail: None,
        }
    }

    pub fn bad_request() -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            page: ErrorPage::BadRequest,
            detail: None,
        }
    }

    pub fn payload_too_large() -> Self {
        Self {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            page: ErrorPage::BadRequest,
            detail: None,
        }
    }

    pub fn too_many_requests() -> Self {
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            page: ErrorPage::TooManyRequests,
            detail: None,
        }
    }

    pub fn internal(detail: impl Into<String>) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            page: ErrorPage::Internal,
            detail: Some(detail.into()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Some(detail) = &self.detail {
            tracing::error!(status = %self.status, detail, "request failed");
        }
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self.page);
        response
    }
}

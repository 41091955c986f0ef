//! The one answer of the non-GraphQL routes to a service error, in the codes of the GraphQL
//! error table: `{ "error": { "code": "NOT_FOUND", "message": "…" } }`, plus `fields` on
//! `VALIDATION` and `errorId` on `INTERNAL`.
//!
//! Not allowed reads as not found (404 `NOT_FOUND`), so no route tells a stranger that
//! something exists. Internal errors are logged here, once, and shown opaquely.

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use std::collections::BTreeMap;
use tongxin_core::AppError;

/// Seconds a client waits before sending again a request that an outage refused.
const RETRY_AFTER_SECS: &str = "1";

/// A service error on its way to an HTTP client.
#[derive(Debug)]
pub struct HttpError(pub AppError);

impl From<AppError> for HttpError {
    fn from(e: AppError) -> Self {
        Self(e)
    }
}

impl HttpError {
    /// Not found: also the answer for what the caller may not see and for a malformed id.
    pub fn not_found() -> Self {
        Self(AppError::NotFound)
    }

    /// What the client is told. An internal error is logged now, with the id the client sees,
    /// so call this once per error.
    pub fn reply(self) -> Reply {
        let (status, code) = match &self.0 {
            AppError::Unauthenticated | AppError::InvalidCredentials => {
                (StatusCode::UNAUTHORIZED, "UNAUTHENTICATED")
            }
            AppError::Forbidden | AppError::Denied(_) | AppError::NotFound => {
                (StatusCode::NOT_FOUND, "NOT_FOUND")
            }
            AppError::Validation { .. } | AppError::TenantChoice(_) => {
                (StatusCode::BAD_REQUEST, "VALIDATION")
            }
            AppError::Conflict(_) => (StatusCode::CONFLICT, "CONFLICT"),
            AppError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "RATE_LIMITED"),
            AppError::SecondFactorRequired { .. } => {
                (StatusCode::UNAUTHORIZED, "SECOND_FACTOR_REQUIRED")
            }
            AppError::SecondFactorEnrolmentRequired => {
                (StatusCode::FORBIDDEN, "SECOND_FACTOR_ENROLMENT_REQUIRED")
            }
            AppError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "UNAVAILABLE"),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "INTERNAL"),
        };
        let body = match self.0 {
            AppError::Forbidden | AppError::Denied(_) | AppError::NotFound => ErrorBody {
                code,
                message: AppError::NotFound.to_string(),
                fields: None,
                error_id: None,
            },
            AppError::Validation { message, fields } => ErrorBody {
                code,
                message,
                fields: Some(fields),
                error_id: None,
            },
            AppError::Internal(inner) => {
                let id = tongxin_core::new_id().to_string();
                tracing::error!(error = ?inner, error_id = %id, "internal error");
                ErrorBody {
                    code,
                    message: "internal error".into(),
                    fields: None,
                    error_id: Some(id),
                }
            }
            other => ErrorBody {
                code,
                message: other.to_string(),
                fields: None,
                error_id: None,
            },
        };
        Reply { status, body }
    }
}

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        self.reply().into_response()
    }
}

/// A failure as a client sees it: the status and the `error` object.
#[derive(Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: StatusCode,
    /// The `error` object of the body.
    pub body: ErrorBody,
}

/// The `error` object of a failed non-GraphQL request.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    /// A code of the published table (`NOT_FOUND`, `VALIDATION`, …).
    pub code: &'static str,
    /// Readable text, safe to show.
    pub message: String,
    /// On `VALIDATION`: input → message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
    /// On `INTERNAL`: the id under which the error was logged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_id: Option<String>,
}

impl Reply {
    /// Adds the headers the status calls for: an outage tells the client when to try again.
    pub fn add_headers(&self, response: &mut Response) {
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECS),
            );
        }
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Envelope<'a> {
            error: &'a ErrorBody,
        }
        let mut response = (self.status, Json(Envelope { error: &self.body })).into_response();
        self.add_headers(&mut response);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_and_status(e: AppError) -> (StatusCode, &'static str) {
        let reply = HttpError(e).reply();
        (reply.status, reply.body.code)
    }

    #[test]
    fn not_allowed_and_not_found_give_the_same_answer() {
        let hidden = HttpError(AppError::Forbidden).reply();
        let missing = HttpError(AppError::NotFound).reply();
        assert_eq!(hidden.status, StatusCode::NOT_FOUND);
        assert_eq!(
            serde_json::to_value(&hidden.body).unwrap(),
            serde_json::to_value(&missing.body).unwrap()
        );
    }

    #[test]
    fn each_error_keeps_the_code_of_the_graphql_table() {
        assert_eq!(
            code_and_status(AppError::Unauthenticated),
            (StatusCode::UNAUTHORIZED, "UNAUTHENTICATED")
        );
        assert_eq!(
            code_and_status(AppError::field("line", "未知的条线")),
            (StatusCode::BAD_REQUEST, "VALIDATION")
        );
        assert_eq!(
            code_and_status(AppError::Conflict("文件已上传".into())),
            (StatusCode::CONFLICT, "CONFLICT")
        );
        assert_eq!(
            code_and_status(AppError::RateLimited("稍后".into())),
            (StatusCode::TOO_MANY_REQUESTS, "RATE_LIMITED")
        );
    }

    #[test]
    fn an_outage_is_503_with_a_hint_to_retry() {
        let response = HttpError(AppError::Unavailable).into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()[header::RETRY_AFTER], "1");
    }

    #[test]
    fn an_internal_error_shows_an_id_but_not_its_cause() {
        let reply = HttpError(AppError::Internal(anyhow::anyhow!("select * from secret"))).reply();
        let body = serde_json::to_string(&reply.body).unwrap();
        assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!body.contains("secret"), "{body}");
        assert!(reply.body.error_id.is_some());
    }
}

//! A query-string extractor whose refusal takes the routes' one error path.

use super::HttpError;
use axum::extract::{FromRequestParts, rejection::QueryRejection};
use tongxin_core::AppError;

/// [`axum::extract::Query`], refusing a missing or malformed parameter with 400 `VALIDATION`
/// instead of axum's plain-text answer.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(HttpError))]
pub struct Query<T>(pub T);

impl From<QueryRejection> for HttpError {
    fn from(rejection: QueryRejection) -> Self {
        // axum's text names the parameter ("missing field `line`"): what the client must fix.
        Self(AppError::Validation {
            message: format!("查询参数缺失或无效（{}）", rejection.body_text()),
            fields: Default::default(),
        })
    }
}

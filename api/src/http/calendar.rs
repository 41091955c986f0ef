//! `/calendar/<secret>.ics`: a member's calendar feed of meetings and deadlines, fetched by
//! calendar apps without a session (the secret in the path is the credential).

use super::AppState;
use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use tongxin_core::{AppError, meeting::calendar};

/// `GET`: the iCalendar file, or 404 for an unknown or revoked feed.
pub async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(secret) = file.strip_suffix(".ics").filter(|s| s.len() < 256) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match calendar::render(&state.app, secret).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "private, max-age=300"),
            ],
            body,
        )
            .into_response(),
        Err(AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(AppError::Unavailable) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(axum::http::header::RETRY_AFTER, "1")],
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "calendar feed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

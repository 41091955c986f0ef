//! `/calendar/<secret>.ics`: a member's calendar feed of meetings and deadlines, fetched by
//! calendar apps without a session (the secret in the path is the credential).

use super::{AppState, HttpError};
use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use tongxin_core::meeting::calendar;

/// Longest secret looked up; anything longer cannot be one.
const MAX_SECRET_LEN: usize = 256;

/// `GET`: the iCalendar file, or 404 `NOT_FOUND` for an unknown or revoked feed.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, HttpError> {
    let secret = file
        .strip_suffix(".ics")
        .filter(|s| s.len() < MAX_SECRET_LEN)
        .ok_or_else(HttpError::not_found)?;
    let body = calendar::render(&state.app, secret).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        body,
    )
        .into_response())
}

//! File routes: `PUT /files/{id}/content` receives an upload for the local store (the
//! uploader's session), `GET /files/download/{token}` serves a signed download link.
//! Failures take the routes' one error path ([`HttpError`]).

use super::{AppState, HttpError, Session};
use axum::{
    Json,
    body::{Body, Bytes},
    extract::{Path, State},
    http::header,
    response::Response,
};
use futures::TryStreamExt;
use tongxin_core::files;
use uuid::Uuid;

/// Largest request body the upload route reads (the largest file and some slack).
pub const UPLOAD_BODY_LIMIT: usize = files::rules::MAX_FILE_BYTES as usize + 1024;

/// `PUT /files/{id}/content`: the bytes of a pending upload.
pub async fn upload(
    State(state): State<AppState>,
    Session(ctx): Session,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, HttpError> {
    // A malformed id names no file, like a well-formed one that is not there.
    let id: Uuid = id.parse().map_err(|_| HttpError::not_found())?;
    let f = files::receive(&ctx, &state.app, id, body).await?;
    Ok(Json(
        serde_json::json!({ "status": f.status, "size": f.byte_size }),
    ))
}

/// `GET /files/download/{token}`: the file behind a signed, unexpired link.
pub async fn download(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, HttpError> {
    let (file, stream) = files::open_download(&state.app, &token).await?;
    let disposition = files::rules::content_disposition(&file.file_name, &file.content_type);
    Ok(Response::builder()
        .header(header::CONTENT_TYPE, &file.content_type)
        .header(header::CONTENT_LENGTH, file.byte_size)
        .header(header::CONTENT_DISPOSITION, disposition)
        .header(header::CACHE_CONTROL, "private, max-age=300")
        .header("x-content-type-options", "nosniff")
        .header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox",
        )
        .body(Body::from_stream(stream.map_err(std::io::Error::other)))
        .unwrap_or_default())
}

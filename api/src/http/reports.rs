//! Evidence of reports (检举控告): `POST /reports/files?name=` stores an upload sealed, with no
//! uploader recorded, and answers its one-time token; `GET /reports/files/{id}` serves it
//! opened to the report's handlers (audited). Failures take the routes' one error path.

use super::{AppState, HttpError, Session, query::Query};
use axum::{
    Json,
    body::{Body, Bytes},
    extract::{Path, State},
    http::{HeaderMap, header},
    response::Response,
};
use serde::Deserialize;
use tongxin_core::{files, whistleblowing};
use uuid::Uuid;

/// Largest request body the upload route reads (the largest file and some slack).
pub const UPLOAD_BODY_LIMIT: usize = whistleblowing::rules::MAX_FILE_BYTES + 1024;

/// Query of an evidence upload.
#[derive(Deserialize)]
pub struct UploadQuery {
    /// The file's name.
    name: String,
}

/// `POST /reports/files?name=`: the bytes of one evidence file (`Content-Type` says its type).
pub async fn upload(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<serde_json::Value>, HttpError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let token =
        whistleblowing::evidence::upload(&ctx, &state.app, &q.name, content_type, body).await?;
    Ok(Json(serde_json::json!({ "token": token })))
}

/// `GET /reports/files/{id}`: an evidence file, opened, for the report's handlers.
pub async fn download(
    State(state): State<AppState>,
    Session(ctx): Session,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let id: Uuid = id.parse().map_err(|_| HttpError::not_found())?;
    let file = whistleblowing::evidence::download(&ctx, &state.app, id).await?;
    let disposition = files::rules::content_disposition(&file.name, &file.content_type);
    Ok(Response::builder()
        .header(header::CONTENT_TYPE, &file.content_type)
        .header(header::CONTENT_LENGTH, file.body.len())
        .header(header::CONTENT_DISPOSITION, disposition)
        .header(header::CACHE_CONTROL, "private, no-store")
        .header("x-content-type-options", "nosniff")
        .header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox",
        )
        .body(Body::from(file.body))
        .unwrap_or_default())
}

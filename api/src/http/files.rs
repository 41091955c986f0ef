//! File routes: `PUT /files/{id}/content` receives an upload for the local store (the
//! uploader's session), `GET /files/download/{token}` serves a signed download link.

use super::{AppState, client};
use axum::{
    Json,
    body::{Body, Bytes},
    extract::{ConnectInfo, Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures::TryStreamExt;
use std::net::SocketAddr;
use tongxin_core::{AppError, Ctx, files, identity};
use uuid::Uuid;

/// Largest request body the upload route reads (the largest file and some slack).
pub const UPLOAD_BODY_LIMIT: usize = files::rules::MAX_FILE_BYTES as usize + 1024;

/// The session's context, or the 401 to answer with.
pub async fn session_ctx(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<Ctx, Response> {
    let unauthorized = || (StatusCode::UNAUTHORIZED, "请先登录").into_response();
    let token = client::token(headers).ok_or_else(unauthorized)?;
    let info = identity::ClientInfo {
        ip: Some(client::client_ip(peer, headers, &state.trusted_proxies)),
        user_agent: None,
        request_id: tongxin_core::new_id().to_string(),
        device: None,
    };
    let Ok(Some(principal)) = identity::authenticate(&state.app, &token).await else {
        return Err(unauthorized());
    };
    principal.ctx(&info).ok_or_else(unauthorized)
}

fn error_response(e: AppError) -> Response {
    let status = match &e {
        AppError::Validation { .. } => StatusCode::BAD_REQUEST,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Forbidden | AppError::Denied(_) | AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated | AppError::InvalidCredentials => StatusCode::UNAUTHORIZED,
        AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
        AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        AppError::TenantChoice(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    if let AppError::Internal(inner) = &e {
        tracing::error!(error = ?inner, "file route failed");
    }
    let fields = match &e {
        AppError::Validation { fields, .. } => serde_json::to_value(fields).unwrap_or_default(),
        _ => serde_json::Value::Null,
    };
    let message = match &e {
        AppError::Internal(_) => "internal error".to_string(),
        AppError::Forbidden | AppError::Denied(_) => AppError::NotFound.to_string(),
        other => other.to_string(),
    };
    let code = match &e {
        AppError::Forbidden | AppError::Denied(_) => "NOT_FOUND",
        other => other.code(),
    };
    (
        status,
        Json(
            serde_json::json!({ "error": { "code": code, "message": message, "fields": fields } }),
        ),
    )
        .into_response()
}

/// `PUT /files/{id}/content`: the bytes of a pending upload.
pub async fn upload(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<Uuid>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let ctx = match session_ctx(&state, peer, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match files::receive(&ctx, &state.app, id, body).await {
        Ok(f) => {
            Json(serde_json::json!({ "status": f.status, "size": f.byte_size })).into_response()
        }
        Err(e) => error_response(e),
    }
}

/// `GET /files/download/{token}`: the file behind a signed, unexpired link.
pub async fn download(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    match files::open_download(&state.app, &token).await {
        Ok((file, stream)) => {
            let disposition =
                files::rules::content_disposition(&file.file_name, &file.content_type);
            Response::builder()
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
                .unwrap_or_default()
        }
        Err(e) => error_response(e),
    }
}

//! Spreadsheet downloads: the member roster and a notice's response list.

use super::{AppState, files};
use axum::{
    extract::{ConnectInfo, Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use std::net::SocketAddr;
use tongxin_core::{AppError, AppResult, notice::rules::ResponseState};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An .xlsx answer, or the error as plain text (not found and not allowed alike).
fn xlsx(result: AppResult<(String, Vec<u8>)>) -> Response {
    match result {
        Ok((name, bytes)) => (
            [
                (header::CONTENT_TYPE, XLSX.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    tongxin_core::files::rules::content_disposition(&name, XLSX),
                ),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            bytes,
        )
            .into_response(),
        Err(AppError::Forbidden | AppError::NotFound) => {
            (StatusCode::FORBIDDEN, "没有权限").into_response()
        }
        Err(AppError::Validation { message, .. }) => {
            (StatusCode::BAD_REQUEST, message).into_response()
        }
        Err(e @ AppError::Unavailable) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "1".to_string())],
            e.to_string(),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "export failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// `GET /export/members.xlsx`: the roster (sensitive readers only).
pub async fn members(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let ctx = match files::session_ctx(&state, peer, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    xlsx(
        tongxin_core::member::export_xlsx(&ctx, &state.app)
            .await
            .map(|b| ("成员名册.xlsx".to_string(), b)),
    )
}

/// Query of the notice response export.
#[derive(Deserialize)]
pub struct NoticeExport {
    /// The notice's global ID.
    notice: String,
    /// `UNREAD`, `READ`, `UNACKNOWLEDGED`, `ACKNOWLEDGED`; absent for everyone.
    state: Option<String>,
}

/// `GET /export/notice-responses.xlsx?notice=…&state=…`: the response board's list in a
/// state, for those who see the board.
pub async fn notice_responses(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<NoticeExport>,
) -> Response {
    let ctx = match files::session_ctx(&state, peer, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let filter = match q.state.as_deref() {
        None | Some("") | Some("ALL") => None,
        Some("UNREAD") => Some(ResponseState::Unread),
        Some("READ") => Some(ResponseState::Read),
        Some("UNACKNOWLEDGED") => Some(ResponseState::Unacknowledged),
        Some("ACKNOWLEDGED") => Some(ResponseState::Acknowledged),
        Some(_) => return (StatusCode::BAD_REQUEST, "未知的状态").into_response(),
    };
    let Ok(id) =
        crate::graphql::ids::decode(crate::graphql::ids::NodeType::Notice, &q.notice.into())
    else {
        return (StatusCode::FORBIDDEN, "没有权限").into_response();
    };
    xlsx(tongxin_core::notice::export_xlsx(&ctx, &state.app, id, filter).await)
}

/// Query of the dues arrears export.
#[derive(Deserialize)]
pub struct ArrearsExport {
    /// `PARTY`, `UNION` or `YOUTH`.
    line: String,
    /// An org's global ID; absent for the whole tenant.
    organization: Option<String>,
}

/// `GET /export/dues-arrears.xlsx?line=…&organization=…`: who owes, for those who keep the dues.
pub async fn dues_arrears(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<ArrearsExport>,
) -> Response {
    let ctx = match files::session_ctx(&state, peer, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let org = match q.organization.filter(|o| !o.is_empty()) {
        None => None,
        Some(o) => match crate::graphql::ids::decode(
            crate::graphql::ids::NodeType::Organization,
            &o.into(),
        ) {
            Ok(id) => Some(id),
            Err(_) => return (StatusCode::FORBIDDEN, "没有权限").into_response(),
        },
    };
    xlsx(tongxin_core::dues::export_arrears_xlsx(&ctx, &state.app, org, &q.line).await)
}

//! Spreadsheet downloads: the member roster, a notice's response list and dues arrears.
//! Failures take the routes' one error path ([`HttpError`]).

use super::{AppState, HttpError, Query, Session};
use crate::edge::ids::{self, NodeType};
use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tongxin_core::{AppError, notice::rules::ResponseState};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An .xlsx attachment named `name`.
fn xlsx(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, XLSX.to_string()),
            (
                header::CONTENT_DISPOSITION,
                tongxin_core::files::rules::content_disposition(name, XLSX),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /export/members.xlsx`: the roster (sensitive readers only).
pub async fn members(
    State(state): State<AppState>,
    Session(ctx): Session,
) -> Result<Response, HttpError> {
    let bytes = tongxin_core::member::export_xlsx(&ctx, &state.app).await?;
    Ok(xlsx("成员名册.xlsx", bytes))
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
    Session(ctx): Session,
    Query(q): Query<NoticeExport>,
) -> Result<Response, HttpError> {
    let filter = match q.state.as_deref() {
        None | Some("" | "ALL") => None,
        Some("UNREAD") => Some(ResponseState::Unread),
        Some("READ") => Some(ResponseState::Read),
        Some("UNACKNOWLEDGED") => Some(ResponseState::Unacknowledged),
        Some("ACKNOWLEDGED") => Some(ResponseState::Acknowledged),
        Some(_) => return Err(AppError::field("state", "未知的状态").into()),
    };
    let id = ids::decode(NodeType::Notice, &q.notice.into())?;
    let (name, bytes) = tongxin_core::notice::export_xlsx(&ctx, &state.app, id, filter).await?;
    Ok(xlsx(&name, bytes))
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
    Session(ctx): Session,
    Query(q): Query<ArrearsExport>,
) -> Result<Response, HttpError> {
    let org = q
        .organization
        .filter(|o| !o.is_empty())
        .map(|o| ids::decode(NodeType::Organization, &o.into()))
        .transpose()?;
    let (name, bytes) =
        tongxin_core::dues::export_arrears_xlsx(&ctx, &state.app, org, &q.line).await?;
    Ok(xlsx(&name, bytes))
}

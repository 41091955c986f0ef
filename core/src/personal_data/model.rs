//! Rows and enums of personal data exports.

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where an export stands.
    pub enum ExportStatus {
        /// 排队中: waiting for the worker.
        Queued = "QUEUED",
        /// 生成中: the worker is collecting the sections.
        Running = "RUNNING",
        /// 可下载: the ZIP is stored until `expires_at`.
        Ready = "READY",
        /// 失败: nothing to download; a new request may be made.
        Failed = "FAILED",
        /// 已过期: the ZIP was deleted seven days after it was ready.
        Expired = "EXPIRED",
    }
}

impl ExportStatus {
    /// Whether the export is still being produced (one at a time per member).
    pub fn is_active(self) -> bool {
        matches!(self, ExportStatus::Queued | ExportStatus::Running)
    }
}

/// One export.
#[derive(Debug, Clone)]
pub struct ExportRow {
    /// Id.
    pub id: Uuid,
    /// Whose data it holds.
    pub member_id: Uuid,
    /// The member's name (for an administrator's view).
    pub member_name: String,
    /// Who asked for it: the member, or the administrator who produced it.
    pub requested_by: Uuid,
    /// Whether an administrator produced it on the member's request.
    pub by_admin: bool,
    /// The administrator's reason (only when `by_admin`).
    pub reason: Option<String>,
    /// Where it stands.
    pub status: ExportStatus,
    /// 0–100.
    pub progress: i32,
    /// The sections collected so far (codes of [`crate::personal_data::rules::SECTIONS`]).
    pub sections_done: Vec<String>,
    /// Where the ZIP is stored (only while ready).
    pub storage_key: Option<String>,
    /// The ZIP's size.
    pub size_bytes: Option<i64>,
    /// Requested.
    pub created_at: DateTime<Utc>,
    /// Became ready.
    pub ready_at: Option<DateTime<Utc>>,
    /// The ZIP is deleted at this time (seven days after ready).
    pub expires_at: Option<DateTime<Utc>>,
}

/// A file the member uploaded, as the export lists it.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    /// Id.
    pub id: Uuid,
    /// The file's name.
    pub file_name: String,
    /// Its type.
    pub content_type: String,
    /// Its size.
    pub byte_size: i64,
    /// Where its bytes are.
    pub storage_key: String,
    /// Uploaded.
    pub created_at: DateTime<Utc>,
}

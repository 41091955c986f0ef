//! Personal data exports (个人信息下载, PIPL 第四十五条): a member downloads everything Tongxin
//! holds about them as one ZIP — `README.txt`, one JSON file per section, `personal-data.xlsx`
//! with a sheet per section and, when they total at most 50 MB, the files they uploaded.
//!
//! A member asks for their own ([`service::request_own`]); an administrator with member
//! management rights over the member's org may produce it on the member's request with a
//! reason ([`service::request_for`], audited, the member told). One export runs at a time per
//! member: a second request while one is queued or running returns that one (a partial unique
//! index makes this hold under parallel requests). The worker's [`EXPORT_TASK`] collects the
//! sections one by one, recording its progress, stores the ZIP with the project's
//! [`crate::files::Storage`] and notifies the member ([`CATEGORY`]). Only the member and the
//! requesting administrator read an export or download its ZIP; everyone else gets
//! `NOT_FOUND`. Seven days after it is ready the daily [`SWEEP_TASK`] deletes the ZIP and marks
//! the export expired.
//!
//! What is never in it: the choices of any ballot (`vote_ballot` holds no member), the answers
//! of anonymous surveys, anonymous reports, and anything of another member.

pub mod model;
pub mod rules;
mod sections_store;
pub mod service;
mod store;

pub use model::{ExportRow, ExportStatus};
pub use service::{
    download, get, list_mine, request_for, request_own, run_export, sweep_all, sweep_tenant,
};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The notification category of personal data exports (ready, produced by an administrator).
pub const CATEGORY: &str = "PERSONAL_DATA";
/// The worker task that produces one export.
pub const EXPORT_TASK: &str = "personal_data_export";
/// The daily worker task that deletes expired exports' files.
pub const SWEEP_TASK: &str = "sweep_personal_data_exports";

/// The payload of [`EXPORT_TASK`]: the tenant recorded when the export was requested.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportJob {
    /// The tenant.
    pub tenant_id: Uuid,
    /// The export.
    pub export_id: Uuid,
}

//! Whistleblowing (检举控告): confidential reports about a member or an org, read only by
//! the discipline inspectors (纪检人员, role `discipline_inspector`) of the handling org.
//!
//! - **Routing.** A report about a member goes to their party org (else their org), one
//!   level up when they head it (书记, 主席, 主任); a report about an org goes to the org
//!   above it. The accused never sees it, whatever role they hold; a tenant administrator
//!   sees it only if also granted the inspector's role there.
//! - **Anonymity.** An anonymous report is written in a context that names no one: no
//!   member, session, address or device is stored, its audit rows have no actor, and
//!   evidence uploads record no uploader. The reporter follows up with a 20-digit receipt
//!   code shown once; only its SHA-256 is kept (`report_receipt`).
//! - **Encryption.** Titles, bodies, messages, notes and files are sealed with AES-256-GCM
//!   under a key per report, wrapped by a key per tenant, wrapped by a KEK from the
//!   configuration ([`crypto`], [`keys`]).
//! - **Deadlines.** `whistleblowing.deadlines` in working days: the acceptance decision (15),
//!   the transfer to the competent body (5), the result feedback after closure (15). Each is a
//!   due item: reminders before and at it go to the handling org's inspectors; after the
//!   acceptance and result deadlines, escalation to the inspectors one level up (not after the
//!   transfer deadline: keeping a report the org is competent for is right).
//! - **Retention.** `whistleblowing.retention`: a closed report is deleted for good after the
//!   period, with reminders before.

pub mod crypto;
pub mod evidence;
pub mod guard;
pub mod keys;
pub mod model;
pub mod reporter;
mod retention;
pub mod rules;
pub mod service;
mod store;
pub mod view;

pub use model::{MessageAuthor, ReportAction, ReportRow, ReportStatus};
pub(crate) use retention::register_reminders;
pub use retention::{sweep_all_uploads, sweep_uploads};
pub use view::{CaseView, FileView, MessageView, ReporterView, StepView};

/// The notification category of reports.
pub const CATEGORY: &str = "WHISTLEBLOWING";
/// The due-item kind of the acceptance deadline (subject: the handling org).
pub const ACCEPTANCE_KIND: &str = "REPORT_ACCEPTANCE";
/// The due-item kind of the transfer deadline (reminded, never escalated).
pub const TRANSFER_KIND: &str = "REPORT_TRANSFER";
/// The due-item kind of the result feedback deadline.
pub const RESULT_KIND: &str = "REPORT_RESULT";
/// The daily job that deletes unclaimed evidence uploads.
pub const SWEEP_TASK: &str = "sweep_report_uploads";
/// The due-item kind of the retention period's end.
pub const RETENTION_KIND: &str = "REPORT_RETENTION";

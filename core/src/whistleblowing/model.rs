//! Statuses, handling actions and rows of reports (检举控告).

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where a report stands in its handling.
    pub enum ReportStatus {
        /// 待受理: received, not yet decided.
        Received = "RECEIVED",
        /// 已受理: accepted, handling not yet chosen.
        Accepted = "ACCEPTED",
        /// 不予受理: not accepted (closed).
        NotAccepted = "NOT_ACCEPTED",
        /// 已转办: sent to the competent body (closed).
        Transferred = "TRANSFERRED",
        /// 谈话函询.
        TalkInquiry = "TALK_INQUIRY",
        /// 初步核实.
        PreliminaryVerification = "PRELIMINARY_VERIFICATION",
        /// 暂存待查.
        Shelved = "SHELVED",
        /// 予以了结 (closed).
        Concluded = "CONCLUDED",
    }
}

impl ReportStatus {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            ReportStatus::Received => "待受理",
            ReportStatus::Accepted => "已受理",
            ReportStatus::NotAccepted => "不予受理",
            ReportStatus::Transferred => "已转办",
            ReportStatus::TalkInquiry => "谈话函询",
            ReportStatus::PreliminaryVerification => "初步核实",
            ReportStatus::Shelved => "暂存待查",
            ReportStatus::Concluded => "予以了结",
        }
    }

    /// Whether handling has ended (the result is then due to a real-name reporter).
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            ReportStatus::NotAccepted | ReportStatus::Transferred | ReportStatus::Concluded
        )
    }
}

crate::text_enum! {
    /// A handler's step on a report.
    pub enum ReportAction {
        /// 受理.
        Accept = "ACCEPT",
        /// 不予受理.
        NotAccept = "NOT_ACCEPT",
        /// 转办 to the competent body.
        Transfer = "TRANSFER",
        /// 谈话函询.
        TalkInquiry = "TALK_INQUIRY",
        /// 初步核实.
        PreliminaryVerification = "PRELIMINARY_VERIFICATION",
        /// 暂存待查.
        Shelve = "SHELVE",
        /// 予以了结.
        Conclude = "CONCLUDE",
    }
}

impl ReportAction {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            ReportAction::Accept => "受理",
            ReportAction::NotAccept => "不予受理",
            ReportAction::Transfer => "转办",
            ReportAction::TalkInquiry => "谈话函询",
            ReportAction::PreliminaryVerification => "初步核实",
            ReportAction::Shelve => "暂存待查",
            ReportAction::Conclude => "予以了结",
        }
    }
}

crate::text_enum! {
    /// Who wrote a message of a report's conversation.
    pub enum MessageAuthor {
        /// The reporter (named or anonymous).
        Reporter = "REPORTER",
        /// A handler.
        Handler = "HANDLER",
    }
}

/// A report as stored: ciphertext fields still sealed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    /// Id.
    pub id: Uuid,
    /// Whose inspectors handle it.
    pub handling_org_id: Uuid,
    /// The org reported about, or the accused member's org.
    pub subject_org_id: Uuid,
    /// The member reported about, if the report names one.
    pub accused_member_id: Option<Uuid>,
    /// Whether it went one level up because the accused heads the subject org.
    pub routed_up: bool,
    /// Anonymous (no reporter recorded).
    pub anonymous: bool,
    /// The real-name reporter.
    pub reporter_member_id: Option<Uuid>,
    /// Status.
    pub status: ReportStatus,
    /// Version of the tenant key that wraps `data_key`.
    pub key_version: i32,
    /// The report's own key, wrapped by the tenant key.
    pub data_key: Vec<u8>,
    /// Sealed title.
    pub title_ct: Vec<u8>,
    /// Sealed body.
    pub body_ct: Vec<u8>,
    /// Received.
    pub created_at: DateTime<Utc>,
    /// Transfer to the competent body due (5 working days).
    pub transfer_due_at: DateTime<Utc>,
    /// Acceptance decision and notice due (15 working days).
    pub acceptance_due_at: DateTime<Utc>,
    /// Accepted, not accepted or transferred.
    pub decided_at: Option<DateTime<Utc>>,
    /// Handling ended.
    pub closed_at: Option<DateTime<Utc>>,
    /// Result feedback due (15 working days after closure).
    pub result_due_at: Option<DateTime<Utc>>,
    /// When the result was sent to the reporter.
    pub result_notified_at: Option<DateTime<Utc>>,
    /// When it is deleted for good.
    pub expires_at: Option<DateTime<Utc>>,
    /// The open deadline's due item.
    pub due_item_id: Option<Uuid>,
    /// The transfer deadline's due item.
    pub transfer_item_id: Option<Uuid>,
    /// The retention deadline's due item.
    pub retention_item_id: Option<Uuid>,
}

/// A message as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    /// Id.
    pub id: Uuid,
    /// Reporter or handler.
    pub author: MessageAuthor,
    /// The handler who wrote it.
    pub handler_id: Option<Uuid>,
    /// Sealed text.
    pub body_ct: Vec<u8>,
    /// Written.
    pub created_at: DateTime<Utc>,
}

/// A handling step as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StepRow {
    /// Id.
    pub id: Uuid,
    /// What was done (a [`ReportAction`] code, `SUBMIT`, `RESULT_NOTICE` or `ESCALATE`).
    pub action: String,
    /// Status before.
    pub from_status: ReportStatus,
    /// Status after.
    pub to_status: ReportStatus,
    /// Sealed note.
    pub note_ct: Option<Vec<u8>>,
    /// The handler (none for the system).
    pub actor_id: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// An evidence file as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileRow {
    /// Id.
    pub id: Uuid,
    /// The report it belongs to (none until claimed).
    pub report_id: Option<Uuid>,
    /// Tenant key version wrapping `data_key`.
    pub key_version: i32,
    /// The file's own key, wrapped.
    pub data_key: Vec<u8>,
    /// Sealed file name.
    pub name_ct: Vec<u8>,
    /// Declared media type.
    pub content_type: String,
    /// Plain size in bytes.
    pub size: i64,
    /// Object key of the sealed bytes.
    pub storage_key: String,
    /// Uploaded.
    pub created_at: DateTime<Utc>,
}

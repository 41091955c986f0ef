//! The statuses and rows of ideas.

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where an idea stands; also the kind of each timeline entry (the status it reached).
    pub enum IdeaStatus {
        /// 已提交: waiting for the handlers.
        Submitted = "SUBMITTED",
        /// 研究中: the handlers are looking at it.
        UnderReview = "UNDER_REVIEW",
        /// 已采纳.
        Adopted = "ADOPTED",
        /// 未采纳, with a reason (final).
        NotAdopted = "NOT_ADOPTED",
        /// 已落实: adopted and carried out (final).
        Implemented = "IMPLEMENTED",
    }
}

impl IdeaStatus {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            IdeaStatus::Submitted => "已提交",
            IdeaStatus::UnderReview => "研究中",
            IdeaStatus::Adopted => "已采纳",
            IdeaStatus::NotAdopted => "未采纳",
            IdeaStatus::Implemented => "已落实",
        }
    }
}

/// How a list of ideas is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IdeaSort {
    /// Newest first.
    #[default]
    Newest,
    /// Most supports first, then newest.
    MostSupported,
}

/// An idea with its author's name.
#[derive(Debug, Clone)]
pub struct IdeaRow {
    /// Id.
    pub id: Uuid,
    /// The org it was submitted to.
    pub org_id: Uuid,
    /// The org's name.
    pub org_name: String,
    /// Who submitted it.
    pub author_id: Uuid,
    /// The author's name.
    pub author_name: String,
    /// Title.
    pub title: String,
    /// Body.
    pub body: String,
    /// Hidden from other members (never from handlers).
    pub anonymous: bool,
    /// Status.
    pub status: IdeaStatus,
    /// The reason of the decision (required when not adopted).
    pub decision_reason: Option<String>,
    /// Supports.
    pub support_count: i32,
    /// Visible and hidden comments.
    pub comment_count: i32,
    /// Hidden by moderation.
    pub hidden_at: Option<DateTime<Utc>>,
    /// Submitted.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// One step of an idea's timeline.
#[derive(Debug, Clone)]
pub struct IdeaEventRow {
    /// Id.
    pub id: Uuid,
    /// The idea.
    pub idea_id: Uuid,
    /// The status reached.
    pub kind: IdeaStatus,
    /// The status before (none for the submission).
    pub from_status: Option<IdeaStatus>,
    /// The status after.
    pub to_status: IdeaStatus,
    /// Who did it.
    pub actor_id: Option<Uuid>,
    /// Their name.
    pub actor_name: Option<String>,
    /// Note or reason.
    pub note: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A comment on an idea.
#[derive(Debug, Clone)]
pub struct CommentRow {
    /// Id.
    pub id: Uuid,
    /// The idea.
    pub idea_id: Uuid,
    /// Who wrote it.
    pub author_id: Uuid,
    /// Their name.
    pub author_name: String,
    /// Text.
    pub body: String,
    /// Hidden by moderation.
    pub hidden_at: Option<DateTime<Utc>>,
    /// Written.
    pub created_at: DateTime<Utc>,
}

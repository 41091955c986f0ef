//! The statuses and rows of inquiries.

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where an inquiry stands.
    pub enum InquiryStatus {
        /// 待答复.
        Open = "OPEN",
        /// 已答复: waiting for the asker's rating.
        Answered = "ANSWERED",
        /// 已评价 (final).
        Rated = "RATED",
        /// 已撤回 by the asker before an answer (final).
        Closed = "CLOSED",
    }
}

impl InquiryStatus {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            InquiryStatus::Open => "待答复",
            InquiryStatus::Answered => "已答复",
            InquiryStatus::Rated => "已评价",
            InquiryStatus::Closed => "已撤回",
        }
    }
}

/// An inquiry with the names it shows.
#[derive(Debug, Clone)]
pub struct InquiryRow {
    /// Id.
    pub id: Uuid,
    /// The org asked.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Who asked.
    pub asker_id: Uuid,
    /// Their name.
    pub asker_name: String,
    /// Subject.
    pub subject: String,
    /// The question.
    pub body: String,
    /// Status.
    pub status: InquiryStatus,
    /// The answer deadline.
    pub due_at: DateTime<Utc>,
    /// The reminder engine's item for the deadline.
    pub due_item_id: Option<Uuid>,
    /// The answer.
    pub answer: Option<String>,
    /// Who answered.
    pub answered_by: Option<Uuid>,
    /// Their name.
    pub answerer_name: Option<String>,
    /// When answered.
    pub answered_at: Option<DateTime<Utc>>,
    /// The asker's rating, 1–5.
    pub rating: Option<i16>,
    /// The asker's comment.
    pub rating_comment: Option<String>,
    /// When rated.
    pub rated_at: Option<DateTime<Utc>>,
    /// Asked.
    pub created_at: DateTime<Utc>,
}

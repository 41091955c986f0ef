//! The kinds, statuses and rows of moderation.

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// What was reported.
    pub enum ContentKind {
        /// A chat message.
        ChatMessage = "CHAT_MESSAGE",
        /// An idea.
        Idea = "IDEA",
        /// A comment on an idea.
        IdeaComment = "IDEA_COMMENT",
        /// A comment on an article.
        ArticleComment = "ARTICLE_COMMENT",
    }
}

crate::text_enum! {
    /// Where a reported item stands in the queue.
    pub enum ItemStatus {
        /// Reports wait for a decision.
        Pending = "PENDING",
        /// The reports were dismissed; the content stays.
        Dismissed = "DISMISSED",
        /// The content is hidden (automatically or by a moderator).
        Hidden = "HIDDEN",
        /// The content was shown again after being hidden.
        Restored = "RESTORED",
    }
}

crate::text_enum! {
    /// A recorded decision about an item.
    pub enum ModerationAction {
        /// Hidden automatically after N reports.
        AutoHide = "AUTO_HIDE",
        /// The reports were dismissed.
        Dismiss = "DISMISS",
        /// Hidden by a moderator.
        Hide = "HIDE",
        /// The author was warned (a notification).
        WarnAuthor = "WARN_AUTHOR",
        /// Shown again.
        Restore = "RESTORE",
    }
}

/// A reported item of the queue.
#[derive(Debug, Clone)]
pub struct ItemRow {
    /// Id.
    pub id: Uuid,
    /// What it is.
    pub kind: ContentKind,
    /// The chat message, idea or comment.
    pub content_id: Uuid,
    /// The org whose queue has it.
    pub org_id: Uuid,
    /// Who wrote the content.
    pub author_id: Uuid,
    /// Their name.
    pub author_name: String,
    /// The content as reported.
    pub excerpt: String,
    /// Status.
    pub status: ItemStatus,
    /// Whether the content is hidden now.
    pub hidden: bool,
    /// Reports since the last decision.
    pub pending_reports: i32,
    /// Every report.
    pub total_reports: i32,
    /// First reported.
    pub created_at: DateTime<Utc>,
    /// Last report or decision.
    pub updated_at: DateTime<Utc>,
}

/// One member's report of an item.
#[derive(Debug, Clone)]
pub struct ReportRow {
    /// The item.
    pub item_id: Uuid,
    /// Who reported.
    pub reporter_id: Uuid,
    /// Their name.
    pub reporter_name: String,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// One recorded decision.
#[derive(Debug, Clone)]
pub struct ActionRow {
    /// Id.
    pub id: Uuid,
    /// The item.
    pub item_id: Uuid,
    /// What was done.
    pub action: ModerationAction,
    /// Who (none for the automatic hide).
    pub actor_id: Option<Uuid>,
    /// Their name.
    pub actor_name: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
}

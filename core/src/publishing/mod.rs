//! Publishing (宣传): columns (栏目) owned by an org or by the whole unit, articles written by
//! members and 信息员, reviewed (optionally twice) and published — at once or at a time the
//! worker keeps — to the unit, an org's sub-tree or a line; readers' views (once per member),
//! likes and comments (跟帖/心得) with the author's reply and moderation; contributor statistics
//! (信息员采用情况) with their export; and the tenant's public page.
//!
//! Every state change of an article is a row of `article_event` and an audit entry, written in
//! the transaction that makes it; notifications (`ARTICLE`) go out after commit. Submitting
//! requires the author to state the content is not confidential (涉密内容不得上网发布) and
//! passes the tenant's sensitive-word list (the chat list). Bodies are cleaned by
//! [`crate::richtext::sanitize`], exactly as notices are.
//!
//! Adoption (采用): publishing an article writes one `article_adoption` row (the article, its
//! contributor, its column, when) — at most one per article, whatever withdrawals and
//! republishing follow. A points ledger consumes these rows (by `adopted_at`), each naming the
//! event that earned it.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{
    ArticleAction, ArticleInput, ArticleStatus, ColumnInput, Period, ReviewDecision, SubmitPolicy,
};
pub use service::{
    archive_column, archived_columns, article_attachments, articles, column, columns, comment,
    comments, contributor_statistics, create_article, create_column, export_statistics_xlsx, get,
    hide_comment, history, like, my_articles, public_article, public_articles, publish, reply,
    report_comment, restore_column, review, review_queue, run_scheduled, set_comments_open, submit,
    update_article, update_column, withdraw,
};
pub use service::{article_cursor, comment_cursor};
pub(crate) use service::{
    create_article_with, demo_backdate, reportable_comment, set_comment_hidden,
};
pub(crate) use store::seed_tenant;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The worker task that publishes a scheduled article.
pub const PUBLISH_TASK: &str = "article_publish";
/// The notification kind (and category) of publishing.
pub const NOTIFICATION_KIND: &str = "ARTICLE";

/// Payload of [`PUBLISH_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublishJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The article.
    pub article_id: Uuid,
}

/// A column.
#[derive(Debug, Clone)]
pub struct ColumnRow {
    /// Id.
    pub id: Uuid,
    /// The owning org (none: the whole unit).
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: Option<String>,
    /// Its path.
    pub org_path: Option<String>,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Who may submit.
    pub submit_policy: SubmitPolicy,
    /// Whether a second review follows the first.
    pub second_review: bool,
    /// Whether chosen articles appear on the public page.
    pub is_public: bool,
    /// Display order.
    pub position: i32,
    /// Archived at (none: in use).
    pub archived_at: Option<DateTime<Utc>>,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

/// What the viewer may do with a column.
#[derive(Debug, Clone, Copy, Default)]
pub struct ColumnAccess {
    /// May submit articles.
    pub submit: bool,
    /// Reviews, publishes, withdraws and manages the column.
    pub review: bool,
    /// Sees drafts in review and statistics (`publishing` `read`).
    pub read: bool,
}

/// A column as the viewer sees it.
#[derive(Debug, Clone)]
pub struct ColumnView {
    /// The column.
    pub column: ColumnRow,
    /// The viewer's access.
    pub access: ColumnAccess,
}

/// An article.
#[derive(Debug, Clone)]
pub struct ArticleRow {
    /// Id.
    pub id: Uuid,
    /// The column.
    pub column_id: Uuid,
    /// Its name.
    pub column_name: String,
    /// Title.
    pub title: String,
    /// Cleaned body.
    pub body_html: String,
    /// Cover image.
    pub cover_file_id: Option<Uuid>,
    /// Author.
    pub author_id: Uuid,
    /// Their name.
    pub author_name: String,
    /// Contributing 信息员.
    pub contributor_id: Uuid,
    /// Their name.
    pub contributor_name: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Visible only in this org's sub-tree.
    pub visibility_org_id: Option<Uuid>,
    /// Its name.
    pub visibility_org_name: Option<String>,
    /// Visible only to this line.
    pub visibility_line: Option<String>,
    /// On the public page.
    pub is_public: bool,
    /// Where it stands.
    pub status: ArticleStatus,
    /// The first reviewer (when a second review follows).
    pub first_reviewer_id: Option<Uuid>,
    /// The last return's note.
    pub return_note: Option<String>,
    /// Why it was withdrawn.
    pub withdraw_reason: Option<String>,
    /// Submitted at (last).
    pub submitted_at: Option<DateTime<Utc>>,
    /// Scheduled for.
    pub publish_at: Option<DateTime<Utc>>,
    /// Published at.
    pub published_at: Option<DateTime<Utc>>,
    /// Whether comments are open.
    pub comments_open: bool,
    /// Created at.
    pub created_at: DateTime<Utc>,
    /// Last changed at.
    pub updated_at: DateTime<Utc>,
    /// Members who read it.
    pub view_count: i64,
    /// Likes.
    pub like_count: i64,
    /// Comments shown.
    pub comment_count: i64,
    /// Whether the viewer is in its audience.
    pub in_audience: bool,
    /// Whether the viewer liked it.
    pub liked: bool,
}

/// What the viewer may do with an article.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleAccess {
    /// Reviews, publishes, withdraws, hides comments (`publishing` `review` over its column).
    pub review: bool,
    /// The author (edits drafts, replies to comments).
    pub author: bool,
    /// Reads it as a published article in its audience.
    pub reader: bool,
}

/// An article as the viewer sees it.
#[derive(Debug, Clone)]
pub struct ArticleView {
    /// The article.
    pub article: ArticleRow,
    /// Its column.
    pub column: ColumnRow,
    /// The viewer's access.
    pub access: ArticleAccess,
}

/// An attached file, with a fresh download link.
#[derive(Debug, Clone)]
pub struct AttachmentView {
    /// The file.
    pub file_id: Uuid,
    /// Its name.
    pub file_name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub byte_size: i64,
    /// Whether it is the cover image.
    pub cover: bool,
    /// Download link.
    pub url: String,
}

/// One recorded change of an article.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// Id.
    pub id: Uuid,
    /// What happened.
    pub action: ArticleAction,
    /// From.
    pub from_status: Option<String>,
    /// To.
    pub to_status: String,
    /// Who.
    pub actor_name: Option<String>,
    /// Note or reason.
    pub note: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// A comment.
#[derive(Debug, Clone)]
pub struct CommentRow {
    /// Id.
    pub id: Uuid,
    /// The article.
    pub article_id: Uuid,
    /// Who wrote it.
    pub author_id: Uuid,
    /// Their name.
    pub author_name: String,
    /// Text.
    pub body: String,
    /// Hidden by an officer or moderation.
    pub hidden: bool,
    /// The article author's reply.
    pub reply: Option<String>,
    /// Replied at.
    pub replied_at: Option<DateTime<Utc>>,
    /// Written at.
    pub created_at: DateTime<Utc>,
}

/// One contributor's line in the statistics.
#[derive(Debug, Clone)]
pub struct ContributorLine {
    /// The contributor.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Their primary org.
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: Option<String>,
    /// Submissions in the period.
    pub submitted: i64,
    /// Adoptions (publications) in the period.
    pub adopted: i64,
    /// Returns in the period.
    pub returned: i64,
    /// Views of their articles adopted in the period.
    pub views: i64,
    /// Likes of those articles.
    pub likes: i64,
}

/// One org's line in the statistics (its contributors' sums).
#[derive(Debug, Clone)]
pub struct OrgLine {
    /// The org (none: members without one).
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: String,
    /// Submissions.
    pub submitted: i64,
    /// Adoptions.
    pub adopted: i64,
    /// Returns.
    pub returned: i64,
    /// Views.
    pub views: i64,
    /// Likes.
    pub likes: i64,
}

/// The contributor statistics of a period.
#[derive(Debug, Clone)]
pub struct ContributorStatistics {
    /// The period.
    pub period: Period,
    /// Per contributor, most adopted first.
    pub contributors: Vec<ContributorLine>,
    /// Per org.
    pub orgs: Vec<OrgLine>,
}

/// A published article on the public page: no member data.
#[derive(Debug, Clone)]
pub struct PublicArticle {
    /// Id.
    pub id: Uuid,
    /// Column name.
    pub column_name: String,
    /// Title.
    pub title: String,
    /// Cleaned body.
    pub body_html: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Published at.
    pub published_at: Option<DateTime<Utc>>,
}

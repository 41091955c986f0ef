//! Rows and statuses of the party-entry pipeline.

use super::rules::Stage;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where a proposed stage transition stands.
    pub enum TransitionStatus {
        /// 公示中: branch members may object.
        Publicizing = "PUBLICIZING",
        /// 待上级审批.
        PendingApproval = "PENDING_APPROVAL",
        /// 已批准: the member moved on.
        Approved = "APPROVED",
        /// 未批准 by the upper org.
        Refused = "REFUSED",
        /// 已撤回 by the branch.
        Withdrawn = "WITHDRAWN",
    }
}

/// The due item kind of an upper org's pending decision.
pub const DUE_KIND: &str = "STAGE_APPROVAL";

/// A row of a member's stage history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StageRow {
    /// Stage code.
    pub stage: String,
    /// From.
    pub started_on: NaiveDate,
    /// Set on the rows of probation extensions.
    pub extension_months: Option<i32>,
    /// Recorded.
    pub created_at: DateTime<Utc>,
}

/// A proposed transition.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TransitionRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// The proposing branch.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Stage before.
    pub from_stage: String,
    /// Target (`EXTENDED` for an extension).
    pub to_stage: String,
    /// Months of an extension.
    pub extension_months: Option<i32>,
    /// Takes effect on.
    pub effective_on: NaiveDate,
    /// The branch's note (e.g. the branch meeting's resolution).
    pub note: Option<String>,
    /// Where it stands.
    pub status: TransitionStatus,
    /// End of the 公示 (its publicity's window).
    pub publicity_until: Option<DateTime<Utc>>,
    /// The upper org decides by then.
    pub approval_due_at: DateTime<Utc>,
    /// Its reminder.
    pub due_item_id: Option<Uuid>,
    /// Proposed.
    pub proposed_at: DateTime<Utc>,
    /// Decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// The decision's note.
    pub decision_note: Option<String>,
    /// The 支部党员大会 that discussed it (a conversion names one).
    pub meeting_id: Option<Uuid>,
    /// Its 公示 (steps that need one).
    pub publicity_id: Option<Uuid>,
    /// Objections recorded.
    pub objections: i64,
}

impl TransitionRow {
    /// Open, and past its 公示 (if any): the upper org may decide.
    pub fn awaiting_decision(&self, now: DateTime<Utc>) -> bool {
        self.status == TransitionStatus::PendingApproval
            || (self.status == TransitionStatus::Publicizing
                && self.publicity_until.is_none_or(|u| u <= now))
    }
}

/// A member on a branch's pipeline board.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BoardRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Their party org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Stage (political status).
    pub political_status: String,
    /// Since (none when never recorded).
    pub started_on: Option<NaiveDate>,
    /// Probation extended by.
    pub extended_months: i64,
    /// 培养联系人.
    pub contacts: i64,
    /// 入党介绍人.
    pub introducers: i64,
}

/// A board row with what the rules say of its next step.
#[derive(Debug, Clone)]
pub struct BoardEntry {
    /// The row.
    pub row: BoardRow,
    /// The next regular stage.
    pub next: Option<Stage>,
    /// The first day the durations allow it.
    pub earliest: Option<NaiveDate>,
    /// What blocks it today (none when it could be proposed).
    pub blocked_by: Option<String>,
}

/// A position held, for the member's timeline: `(org, title, term start, ended)`.
pub type PositionHeld = (String, String, NaiveDate, Option<DateTime<Utc>>);

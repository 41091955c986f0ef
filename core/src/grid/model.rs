//! The states, kinds and rows of grid supervision.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where a case stands in the seven steps (采集 → 立案 → 派遣 → 处置 → 反馈 → 核查结案 → 评价);
    /// `ALL` lists them in board order.
    pub enum CaseState {
        /// 已上报: waiting to be accepted.
        Reported = "REPORTED",
        /// 已立案: accepted, waiting to be dispatched.
        Accepted = "ACCEPTED",
        /// 已派遣: sent to a member or an org; the resolve timer runs.
        Dispatched = "DISPATCHED",
        /// 处置中: the assignee is working on it.
        InProgress = "IN_PROGRESS",
        /// 已反馈: the assignee reported the result; waiting for verification.
        Feedback = "FEEDBACK",
        /// 已结案: verified and closed.
        Closed = "CLOSED",
        /// 已评价: rated by the reporter (final).
        Rated = "RATED",
        /// 不予立案: refused with a reason (final).
        Cancelled = "CANCELLED",
    }
}

impl CaseState {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CaseState::Reported => "待立案",
            CaseState::Accepted => "待派遣",
            CaseState::Cancelled => "不予立案",
            CaseState::Dispatched => "已派遣",
            CaseState::InProgress => "处置中",
            CaseState::Feedback => "待核查",
            CaseState::Closed => "已结案",
            CaseState::Rated => "已评价",
        }
    }

    /// Whether a timer runs in this state (the case is still someone's work).
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            CaseState::Cancelled | CaseState::Closed | CaseState::Rated
        )
    }
}

crate::text_enum! {
    /// What happened to a case: a transition or a step of supervision (督办).
    pub enum CaseEventKind {
        /// Reported (采集).
        Reported = "REPORTED",
        /// Accepted (立案).
        Accepted = "ACCEPTED",
        /// Refused (不予立案).
        Cancelled = "CANCELLED",
        /// Dispatched (派遣), or dispatched again to someone else.
        Dispatched = "DISPATCHED",
        /// Work started (处置).
        Started = "STARTED",
        /// Result reported (反馈).
        Feedback = "FEEDBACK",
        /// Verified and closed (核查结案).
        Closed = "CLOSED",
        /// Verification failed, back to work (核查不通过).
        Reopened = "REOPENED",
        /// Rated by the reporter (评价).
        Rated = "RATED",
        /// Deadline extended.
        Extended = "EXTENDED",
        /// Warned before the deadline.
        Warned = "WARNED",
        /// The deadline passed (督办).
        Overdue = "OVERDUE",
        /// Escalated to the officers one level up.
        Escalated = "ESCALATED",
    }
}

crate::text_enum! {
    /// What a grid assignment makes its member (定人定岗定责).
    pub enum AssignmentRole {
        /// 网格员.
        Worker = "WORKER",
        /// 包联党员: the party member responsible for the grid.
        PartyMember = "PARTY_MEMBER",
    }
}

crate::text_enum! {
    /// Where a supervision task stands for one receiving org.
    pub enum TaskTargetState {
        /// 已派遣: waiting for the report.
        Dispatched = "DISPATCHED",
        /// 已报送: reported, waiting for the issuer's review.
        Feedback = "FEEDBACK",
        /// 已办结: the issuer accepted the report.
        Closed = "CLOSED",
    }
}

/// A case category with its SLA, from the effective `grid.case` rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Category {
    /// Stable key (`SAFETY`).
    pub key: String,
    /// Chinese name (安全隐患).
    pub name: String,
    /// Hours from report to acceptance (立案).
    pub accept_hours: i64,
    /// Hours from dispatch to resolution (反馈).
    pub resolve_hours: i64,
}

/// A grid assignment.
#[derive(Debug, Clone)]
pub struct AssignmentRow {
    /// Id.
    pub id: Uuid,
    /// The grid (an org unit on the GRID line).
    pub grid_id: Uuid,
    /// The member assigned.
    pub member_id: Uuid,
    /// Worker or responsible party member.
    pub role: AssignmentRole,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day, if ended.
    pub ends_on: Option<NaiveDate>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// A case as stored.
#[derive(Debug, Clone)]
pub struct CaseRow {
    /// Id.
    pub id: Uuid,
    /// Readable number (`WG-2026-000123`).
    pub number: String,
    /// The grid.
    pub grid_id: Uuid,
    /// Category key.
    pub category_key: String,
    /// Category name when reported.
    pub category_name: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Latitude (WGS-84), when the phone gave one.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// Address as typed or resolved.
    pub address: Option<String>,
    /// Photos taken when reporting.
    pub photo_file_ids: Vec<Uuid>,
    /// Who reported it.
    pub reporter_id: Uuid,
    /// Whether the reporter asked handlers not to see their name.
    pub reporter_hidden: bool,
    /// State.
    pub state: CaseState,
    /// The member it is dispatched to.
    pub assignee_member_id: Option<Uuid>,
    /// The org it is dispatched to.
    pub assignee_org_id: Option<Uuid>,
    /// Who dispatched it.
    pub dispatcher_id: Option<Uuid>,
    /// Deadline for acceptance.
    pub accept_due_at: DateTime<Utc>,
    /// Deadline for resolution (from dispatch).
    pub due_at: Option<DateTime<Utc>>,
    /// Whether a dispute was settled (矛盾纠纷), set at closing.
    pub resolved: Option<bool>,
    /// The reporter's rating, 1–5.
    pub rating: Option<i16>,
    /// The reporter's comment.
    pub rating_comment: Option<String>,
    /// Due item of the acceptance timer.
    pub accept_due_item_id: Option<Uuid>,
    /// Due item of the resolve timer.
    pub resolve_due_item_id: Option<Uuid>,
    /// Reported.
    pub reported_at: DateTime<Utc>,
    /// Accepted.
    pub accepted_at: Option<DateTime<Utc>>,
    /// First dispatched.
    pub dispatched_at: Option<DateTime<Utc>>,
    /// Last feedback.
    pub feedback_at: Option<DateTime<Utc>>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl CaseRow {
    /// The deadline that matters now: acceptance while reported, resolution once dispatched.
    pub fn current_due(&self) -> Option<DateTime<Utc>> {
        super::rules::current_due(self.state, self.accept_due_at, self.due_at)
    }

    /// Whether the current deadline has passed at `now` (computed at read time).
    pub fn overdue_at(&self, now: DateTime<Utc>) -> bool {
        self.current_due().is_some_and(|d| d <= now)
    }
}

/// One entry of a case's timeline.
#[derive(Debug, Clone)]
pub struct CaseEventRow {
    /// Id.
    pub id: Uuid,
    /// The case.
    pub case_id: Uuid,
    /// What happened.
    pub kind: CaseEventKind,
    /// State before (none for the report).
    pub from_state: Option<CaseState>,
    /// State after.
    pub to_state: CaseState,
    /// Who did it (none for the worker's 督办 steps).
    pub actor_id: Option<Uuid>,
    /// Note or reason.
    pub note: Option<String>,
    /// Photos or files.
    pub file_ids: Vec<Uuid>,
    /// Details (assignee, deadlines, rule).
    pub detail: serde_json::Value,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A supervision task (督办任务).
#[derive(Debug, Clone)]
pub struct TaskRow {
    /// Id.
    pub id: Uuid,
    /// Readable number (`DB-2026-000012`).
    pub number: String,
    /// The issuing org.
    pub org_id: Uuid,
    /// Title.
    pub title: String,
    /// What to do and what to report.
    pub description: String,
    /// Attached files.
    pub file_ids: Vec<Uuid>,
    /// Deadline for the report.
    pub due_at: DateTime<Utc>,
    /// Who issued it.
    pub created_by: Option<Uuid>,
    /// Issued.
    pub created_at: DateTime<Utc>,
}

/// A receiving org's progress on a task.
#[derive(Debug, Clone)]
pub struct TaskTargetRow {
    /// The task.
    pub task_id: Uuid,
    /// The receiving org or grid.
    pub org_id: Uuid,
    /// State.
    pub state: TaskTargetState,
    /// The report (任务报送).
    pub report: Option<String>,
    /// Files of the report.
    pub report_file_ids: Vec<Uuid>,
    /// Who reported.
    pub reported_by: Option<Uuid>,
    /// When reported.
    pub reported_at: Option<DateTime<Utc>>,
    /// The issuer's note when returning or accepting.
    pub review_note: Option<String>,
    /// When accepted.
    pub closed_at: Option<DateTime<Utc>>,
    /// The reminder's due item.
    pub due_item_id: Option<Uuid>,
}

crate::text_enum! {
    /// What happened to a supervision task at one receiving org.
    pub enum TaskEventKind {
        /// Issued to the org.
        Dispatched = "DISPATCHED",
        /// The org reported back (任务报送).
        Reported = "REPORTED",
        /// The issuer accepted the report.
        Accepted = "ACCEPTED",
        /// The issuer returned the report.
        Returned = "RETURNED",
        /// Warned before the deadline.
        Warned = "WARNED",
        /// The deadline passed (督办).
        Overdue = "OVERDUE",
        /// Escalated to the officers one level up.
        Escalated = "ESCALATED",
    }
}

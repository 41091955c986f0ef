//! Points' rows, enums and inputs.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Longest reason of an award or an appeal, and note of a decision.
pub const REASON_MAX: usize = 1000;
/// Longest rule name.
pub const NAME_MAX: usize = 50;
/// Longest source text (依据) of a rule.
pub const SOURCE_MAX: usize = 500;
/// Most points one rule, award or correction may give.
pub const POINTS_MAX: i32 = 1000;
/// Largest cap.
pub const CAP_MAX: i32 = 10_000;

crate::text_enum! {
    /// What earns points; a tenant's rule prices each.
    pub enum PointAction {
        /// 集中学习: attendance of 三会一课 (meeting module).
        MeetingAttendance = "MEETING_ATTENDANCE",
        /// 参加活动: activity attendance (activity module).
        ActivityAttendance = "ACTIVITY_ATTENDANCE",
        /// 稿件采用: an adopted article (publishing module).
        ArticleAdopted = "ARTICLE_ADOPTED",
        /// 建言被采纳: an adopted idea (idea module).
        IdeaAdopted = "IDEA_ADOPTED",
        /// 学习: a study item completed (the study module, later).
        StudyCompleted = "STUDY_COMPLETED",
        /// 手动奖励: an officer's award with a reason.
        Manual = "MANUAL",
        /// 测验通过: a quiz passed (the quiz module; once per quiz).
        QuizPassed = "QUIZ_PASSED",
    }
}

impl PointAction {
    /// The default Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            PointAction::MeetingAttendance => "集中学习",
            PointAction::ActivityAttendance => "参加活动",
            PointAction::ArticleAdopted => "稿件采用",
            PointAction::IdeaAdopted => "建言被采纳",
            PointAction::StudyCompleted => "学习",
            PointAction::Manual => "手动奖励",
            PointAction::QuizPassed => "测验通过",
        }
    }
}

crate::text_enum! {
    /// The kind of event an entry came from.
    pub enum SourceKind {
        /// A meeting (its id).
        Meeting = "MEETING",
        /// An activity (its id).
        Activity = "ACTIVITY",
        /// An article (its id).
        Article = "ARTICLE",
        /// An idea (its id).
        Idea = "IDEA",
        /// A study item (its id).
        Study = "STUDY",
        /// A quiz (its id).
        Quiz = "QUIZ",
        /// A manual award (its own id).
        Manual = "MANUAL",
        /// A correction (the appeal decided, or the officer's correction).
        Correction = "CORRECTION",
    }
}

impl SourceKind {
    /// The Chinese name of the event's kind.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Meeting => "会议",
            SourceKind::Activity => "活动",
            SourceKind::Article => "稿件",
            SourceKind::Idea => "建议",
            SourceKind::Study => "学习",
            SourceKind::Quiz => "测验",
            SourceKind::Manual => "奖励",
            SourceKind::Correction => "更正",
        }
    }
}

crate::text_enum! {
    /// Where an appeal stands.
    pub enum AppealStatus {
        /// 待处理.
        Pending = "PENDING",
        /// 申诉成立: a correction was written.
        Upheld = "UPHELD",
        /// 驳回.
        Rejected = "REJECTED",
    }
}

/// An event that may earn points, as another module reports it inside its own transaction.
#[derive(Debug, Clone)]
pub struct Event {
    /// Who earned.
    pub member_id: Uuid,
    /// What was done.
    pub action: PointAction,
    /// The kind of the earning event.
    pub source_kind: SourceKind,
    /// The event's id (a meeting's, an activity's, an article's UUID as text); with the member,
    /// the action and the kind, what makes the event count once.
    pub source_id: String,
    /// What the event is called (shown in the member's ledger), at most 200 characters.
    pub source_title: String,
    /// When it happened: the Beijing day, month and year the caps count in, and the entry's year.
    pub occurred_at: DateTime<Utc>,
}

/// A rule pricing an action.
#[derive(Debug, Clone)]
pub struct RuleRow {
    /// Id.
    pub id: Uuid,
    /// The action it prices.
    pub action: PointAction,
    /// Its name (集中学习).
    pub name: String,
    /// Points per event.
    pub points: i32,
    /// Most paid entries per Beijing day.
    pub cap_day: Option<i32>,
    /// Most paid entries per Beijing month.
    pub cap_month: Option<i32>,
    /// Most paid entries per Beijing year.
    pub cap_year: Option<i32>,
    /// The lines it applies to (empty: every member).
    pub lines: Vec<String>,
    /// The political statuses it applies to (empty: every status).
    pub statuses: Vec<String>,
    /// 依据.
    pub source: String,
    /// Whether events are priced by it.
    pub active: bool,
    /// Display order.
    pub position: i32,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A change to a rule.
#[derive(Debug, Clone)]
pub struct RuleUpdate {
    /// Name, 1–50 characters.
    pub name: String,
    /// Points per event, 0–1000.
    pub points: i32,
    /// Cap per day (1–10,000, or none).
    pub cap_day: Option<i32>,
    /// Cap per month.
    pub cap_month: Option<i32>,
    /// Cap per year.
    pub cap_year: Option<i32>,
    /// Lines (`PARTY`, `UNION`, `YOUTH`); empty: all.
    pub lines: Vec<String>,
    /// Political statuses; empty: all.
    pub statuses: Vec<String>,
    /// 依据, at most 500 characters.
    pub source: String,
    /// Active.
    pub active: bool,
}

/// A ledger entry with what explains it.
#[derive(Debug, Clone)]
pub struct EntryRow {
    /// Id.
    pub id: Uuid,
    /// Whose.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// The Beijing year it counts in.
    pub year: i32,
    /// The action.
    pub action: PointAction,
    /// The rule that priced it.
    pub rule_id: Option<Uuid>,
    /// The rule's name now.
    pub rule_name: Option<String>,
    /// What was asked for.
    pub requested: i32,
    /// What was paid.
    pub points: i32,
    /// Why less was paid.
    pub capped_reason: Option<String>,
    /// The earning event's kind.
    pub source_kind: SourceKind,
    /// The earning event's id.
    pub source_id: String,
    /// The earning event's name.
    pub source_title: String,
    /// The entry a correction corrects.
    pub corrects_entry_id: Option<Uuid>,
    /// A note (an award's reason, a correction's note).
    pub note: Option<String>,
    /// When the event happened.
    pub occurred_at: DateTime<Utc>,
    /// Who wrote it (an officer, or the member whose action earned it).
    pub created_by: Option<Uuid>,
    /// Written at.
    pub created_at: DateTime<Utc>,
    /// The sum of the corrections written to it.
    pub corrected: i64,
    /// Its latest appeal's status.
    pub appeal_status: Option<AppealStatus>,
    /// Its latest appeal's decision note.
    pub appeal_note: Option<String>,
}

impl EntryRow {
    /// The points the entry stands at after its corrections.
    pub fn net(&self) -> i64 {
        i64::from(self.points) + self.corrected
    }
}

/// A member's balance of one year.
#[derive(Debug, Clone)]
pub struct YearBalance {
    /// Year (Beijing).
    pub year: i32,
    /// The sum of the year's entries (corrections included).
    pub balance: i64,
}

/// A member's points of one year.
#[derive(Debug, Clone)]
pub struct Account {
    /// Whose.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Year (Beijing).
    pub year: i32,
    /// The year's balance.
    pub balance: i64,
    /// Every year with entries, newest first.
    pub years: Vec<YearBalance>,
}

/// A member's place in an org's ranking.
#[derive(Debug, Clone)]
pub struct RankRow {
    /// Rank (competition ranking: ties share a rank, the next rank skips).
    pub rank: i64,
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// The year's points.
    pub points: i64,
}

/// A branch's place in 支部对标.
#[derive(Debug, Clone)]
pub struct BranchRankRow {
    /// Rank by the per-member average (competition ranking).
    pub rank: i64,
    /// The branch.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Active members placed in its sub-tree.
    pub members: i64,
    /// Their points of the year.
    pub total: i64,
    /// Per member, two decimals.
    pub average: f64,
}

/// An appeal against an entry.
#[derive(Debug, Clone)]
pub struct AppealRow {
    /// Id.
    pub id: Uuid,
    /// The entry appealed.
    pub entry_id: Uuid,
    /// The appellant.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Why.
    pub reason: String,
    /// Where it stands.
    pub status: AppealStatus,
    /// Who decided.
    pub decided_by: Option<Uuid>,
    /// Decided at.
    pub decided_at: Option<DateTime<Utc>>,
    /// The decision's note.
    pub note: Option<String>,
    /// The correction written when upheld.
    pub correction_entry_id: Option<Uuid>,
    /// Raised at.
    pub created_at: DateTime<Utc>,
}

/// An appeal with its entry.
#[derive(Debug, Clone)]
pub struct AppealView {
    /// The appeal.
    pub appeal: AppealRow,
    /// The entry appealed.
    pub entry: EntryRow,
}

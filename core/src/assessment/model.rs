//! Assessment's rows, enums and inputs. Scores, weights and thresholds are kept in hundredths
//! of a point (`i32`), so sums and comparisons are exact.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Longest scheme or indicator name.
pub const NAME_MAX: usize = 100;
/// Longest indicator description, manual-score note.
pub const NOTE_MAX: usize = 1000;
/// Longest progress report.
pub const REPORT_MAX: usize = 2000;
/// Most indicators in a scheme.
pub const INDICATORS_MAX: usize = 50;
/// Most evidence files on a report.
pub const FILES_MAX: usize = 9;
/// The most hundredths of a point one indicator may weigh (1,000 points).
pub const WEIGHT_MAX: i32 = 100_000;
/// Records kept behind one automatic figure (the count is kept in full).
pub const RECORDS_KEPT: usize = 500;

crate::text_enum! {
    /// How long a scheme's period is.
    pub enum PeriodKind {
        /// A calendar year.
        Year = "YEAR",
        /// A calendar quarter.
        Quarter = "QUARTER",
    }
}

crate::text_enum! {
    /// How an indicator is scored.
    pub enum Method {
        /// Computed by the worker from the tenant's data.
        Auto = "AUTO",
        /// Scored by the assessing org, on the progress reports and evidence.
        Manual = "MANUAL",
    }
}

crate::text_enum! {
    /// What an automatic indicator measures.
    pub enum Metric {
        /// 三会一课: required periods with a meeting held, of the periods due.
        MeetingCompliance = "MEETING_COMPLIANCE",
        /// 党费收缴率: dues paid of dues billed (after corrections), in fen.
        DuesCollection = "DUES_COLLECTION",
        /// 人均积分: the members' points of the period per member, against a target.
        PointsPerMember = "POINTS_PER_MEMBER",
        /// 通知确认率: receipts acknowledged of notices that asked for it.
        NoticeAcknowledgement = "NOTICE_ACKNOWLEDGEMENT",
        /// 学习完成率: study plan assignments completed by the plan's deadline.
        StudyCompletion = "STUDY_COMPLETION",
        /// 网格按时办结率: cases fed back by their deadline, of the cases due.
        GridOnTime = "GRID_ON_TIME",
    }
}

impl Metric {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Metric::MeetingCompliance => "三会一课按期召开率",
            Metric::DuesCollection => "党费收缴率",
            Metric::PointsPerMember => "人均积分",
            Metric::NoticeAcknowledgement => "通知确认率",
            Metric::StudyCompletion => "学习计划按时完成率",
            Metric::GridOnTime => "网格事件按时办结率",
        }
    }
}

crate::text_enum! {
    /// Where a scheme stands.
    pub enum SchemeStatus {
        /// Scores are recomputed and manual indicators scored.
        Open = "OPEN",
        /// Final: nothing changes any more.
        Closed = "CLOSED",
    }
}

/// A scheme as stored.
#[derive(Debug, Clone)]
pub struct SchemeRow {
    /// Id.
    pub id: Uuid,
    /// The assessing org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Name.
    pub name: String,
    /// Year or quarter.
    pub period_kind: PeriodKind,
    /// Year.
    pub year: i32,
    /// Quarter (1–4) of a quarterly scheme.
    pub quarter: Option<i16>,
    /// The kind of org assessed (`PARTY_BRANCH`, …).
    pub target_kind: String,
    /// Least totals for 1–5 stars, in hundredths.
    pub star_thresholds: Vec<i32>,
    /// Status.
    pub status: SchemeStatus,
    /// When the automatic indicators were last computed.
    pub computed_at: Option<DateTime<Utc>>,
    /// Issued.
    pub created_at: DateTime<Utc>,
}

/// An indicator as stored.
#[derive(Debug, Clone)]
pub struct IndicatorRow {
    /// Id.
    pub id: Uuid,
    /// 1-based order.
    pub position: i32,
    /// Name.
    pub name: String,
    /// What it asks for.
    pub description: String,
    /// Most points, in hundredths.
    pub weight: i32,
    /// Method.
    pub method: Method,
    /// What an automatic one measures.
    pub metric: Option<Metric>,
    /// `POINTS_PER_MEMBER`: the points per member that earn the full weight.
    pub target: Option<i32>,
}

/// One figure: an indicator's score at an assessed org.
#[derive(Debug, Clone)]
pub struct ScoreRow {
    /// The indicator.
    pub indicator_id: Uuid,
    /// The assessed org.
    pub org_id: Uuid,
    /// Score in hundredths.
    pub score: i32,
    /// AUTO: what was done.
    pub numerator: Option<i64>,
    /// AUTO: what was due.
    pub denominator: Option<i64>,
    /// How many records make the figure.
    pub records_total: i32,
    /// MANUAL: the scorer's note; AUTO: how the figure was read.
    pub note: Option<String>,
    /// MANUAL: who scored.
    pub scored_by: Option<Uuid>,
    /// When.
    pub updated_at: DateTime<Utc>,
}

/// A record behind an automatic figure.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Record {
    /// What it is: `MEETING_PERIOD`, `DUES_MEMBER`, `MEMBER_POINTS`, `NOTICE_RECEIPT`, `GRID_CASE`.
    pub kind: String,
    /// The record's id (a meeting, a member, a notice, a case), when it has one.
    pub id: Option<Uuid>,
    /// What it is called.
    pub title: String,
    /// The day it belongs to.
    pub on: Option<NaiveDate>,
    /// It counts towards the numerator.
    pub counted: bool,
    /// The figures it adds, in words (应 1 实 1, 应缴 ¥30.00 实缴 ¥30.00, …).
    pub note: String,
}

/// A computed automatic figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// Done.
    pub numerator: i64,
    /// Due.
    pub denominator: i64,
    /// The records, in a stable order.
    pub records: Vec<Record>,
}

/// A progress report.
#[derive(Debug, Clone)]
pub struct ReportRow {
    /// Id.
    pub id: Uuid,
    /// Indicator.
    pub indicator_id: Uuid,
    /// Assessed org.
    pub org_id: Uuid,
    /// Text.
    pub text: String,
    /// Evidence files.
    pub file_ids: Vec<Uuid>,
    /// Author.
    pub author_id: Uuid,
    /// Author's name.
    pub author_name: String,
    /// Submitted.
    pub created_at: DateTime<Utc>,
}

/// An indicator as a scheme is issued with.
#[derive(Debug, Clone)]
pub struct NewIndicator {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Most points, in hundredths.
    pub weight: i32,
    /// Method.
    pub method: Method,
    /// Metric of an automatic one.
    pub metric: Option<Metric>,
    /// Target of `POINTS_PER_MEMBER`.
    pub target: Option<i32>,
}

/// A scheme to issue.
#[derive(Debug, Clone)]
pub struct NewScheme {
    /// The assessing org.
    pub org_id: Uuid,
    /// Name.
    pub name: String,
    /// Year or quarter.
    pub period_kind: PeriodKind,
    /// Year.
    pub year: i32,
    /// Quarter of a quarterly one.
    pub quarter: Option<i16>,
    /// Kind of org assessed.
    pub target_kind: String,
    /// Least totals for 1–5 stars, in hundredths.
    pub star_thresholds: Vec<i32>,
    /// Indicators in order.
    pub indicators: Vec<NewIndicator>,
}

/// One assessed org's line of the ledger.
#[derive(Debug, Clone)]
pub struct OrgResult {
    /// The org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// The sum of its scores, in hundredths.
    pub total: i32,
    /// Competition rank by total (ties share a rank).
    pub rank: i32,
    /// Stars (0–5) by the scheme's thresholds.
    pub stars: i32,
    /// Its scores, one per indicator that has one.
    pub scores: Vec<ScoreRow>,
}

/// A scheme with its indicators and ledger.
#[derive(Debug, Clone)]
pub struct Ledger {
    /// The scheme.
    pub scheme: SchemeRow,
    /// Its indicators in order.
    pub indicators: Vec<IndicatorRow>,
    /// The assessed orgs, by rank.
    pub results: Vec<OrgResult>,
    /// The viewer may score, recompute and close.
    pub can_manage: bool,
}

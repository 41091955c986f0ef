//! What the lapse scan reads and what it answers.

use super::rules::Stage;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// A ground of `membership.lapse` the data can show.
    pub enum LapseGround {
        /// 不参加组织生活: meetings the member was expected at, missed without approved leave.
        OrgLife = "ORG_LIFE",
        /// 不交纳党费（团费、会费）: months billed and not paid.
        Dues = "DUES",
    }
}

crate::text_enum! {
    /// How far a member has gone under `membership.lapse`.
    pub enum LapseLevel {
        /// A warning offset of the rule has been reached.
        Warning = "WARNING",
        /// The rule's months have been reached: treated as having left, for the branch to act on.
        Lapsed = "LAPSED",
    }
}

/// One member's record on a line as the store reads it at a moment.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StandingRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Their org on the line.
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: Option<String>,
    /// The start of the last meeting they attended or were excused from.
    pub last_org_life_at: Option<DateTime<Utc>>,
    /// The start of the first meeting missed without approved leave since then.
    pub first_missed_at: Option<DateTime<Utc>>,
    /// Meetings missed without approved leave since then.
    pub missed_meetings: i64,
    /// The oldest month billed and not paid.
    pub oldest_unpaid_month: Option<NaiveDate>,
    /// Months billed and not paid.
    pub unpaid_months: i64,
}

/// One ground's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroundStanding {
    /// The ground.
    pub ground: LapseGround,
    /// Months it has lasted.
    pub months: u32,
    /// The day it began (the first missed meeting, or the first day of the oldest unpaid month).
    pub since: NaiveDate,
    /// Where it stands under the rule.
    pub stage: Stage,
}

/// A member at risk under `membership.lapse`: at least one ground has reached a warning.
#[derive(Debug, Clone)]
pub struct LapseRisk {
    /// What the store read.
    pub row: StandingRow,
    /// The grounds that reached a warning or the lapse, the furthest first.
    pub grounds: Vec<GroundStanding>,
    /// The furthest stage of any ground.
    pub level: LapseLevel,
    /// The rule's months (6 by statute).
    pub lapse_months: u32,
    /// The rule's source as the tenant applies it.
    pub source: String,
}

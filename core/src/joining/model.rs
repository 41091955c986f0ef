//! Rows, statuses and results of joining the league and the union.

use crate::org::model::Line;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where an application to join the union or the league stands.
    pub enum ApplicationStatus {
        /// 待审批: waiting for the org.
        Pending = "PENDING",
        /// 已批准: the applicant is a member.
        Approved = "APPROVED",
        /// 未批准.
        Refused = "REFUSED",
    }
}

crate::text_enum! {
    /// The line an application joins.
    pub enum JoinLine {
        /// 工会.
        Union = "UNION",
        /// 共青团.
        Youth = "YOUTH",
    }
}

impl JoinLine {
    /// The org line whose orgs take such applications.
    pub fn org_line(self) -> Line {
        match self {
            Self::Union => Line::Union,
            Self::Youth => Line::Youth,
        }
    }
}

/// The worker task that warns league members approaching 28 and their orgs.
pub const AGE_OUT_TASK: &str = "warn_league_age_out";

/// An application to join.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApplicationRow {
    /// Id.
    pub id: Uuid,
    /// Applicant.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Birth date (the league checks age).
    pub birth_date: Option<NaiveDate>,
    /// The line joined.
    pub line: JoinLine,
    /// The org applied to.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// The applicant's note.
    pub note: Option<String>,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// Applied.
    pub created_at: DateTime<Utc>,
    /// Decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// The decision's note.
    pub decision_note: Option<String>,
    /// The org's path.
    pub org_path: String,
}

/// A league registration campaign.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignRow {
    /// Id.
    pub id: Uuid,
    /// The league org running it (its sub-tree registers).
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// The year registered for.
    pub year: i32,
    /// Last day.
    pub closes_on: NaiveDate,
    /// Last reminder.
    pub last_reminded_at: Option<DateTime<Utc>>,
    /// Started.
    pub created_at: DateTime<Utc>,
}

/// A league member in a campaign.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignMember {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Their league org.
    pub org_name: String,
    /// Registered (none yet).
    pub registered_at: Option<DateTime<Utc>>,
}

/// A league member nearing (or past) the age of leaving.
#[derive(Debug, Clone)]
pub struct AgeOut {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// The day they turn the rule's maximum age.
    pub age_out_on: NaiveDate,
}

/// The viewer's union e-member card: their union org and a signed QR identity.
#[derive(Debug, Clone)]
pub struct UnionCard {
    /// Name.
    pub name: String,
    /// Their union org.
    pub org_name: String,
    /// The tenant (the enterprise).
    pub tenant_name: String,
    /// Signed identity for the QR.
    pub code: String,
    /// When the code stops being accepted.
    pub expires_at: DateTime<Utc>,
}

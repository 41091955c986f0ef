//! `membership.lapse` over GraphQL: the members of an org's sub-tree nearing or reaching the
//! rule's months without organisational life or dues.

use super::{
    context::{app, tenant},
    dues::DuesLine,
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::lapse::{self, LapseRisk as Risk, Stage};

/// A ground of `membership.lapse` the records show.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::lapse::LapseGround")]
pub enum LapseGround {
    /// 不参加组织生活: meetings the member was expected at and missed without approved leave.
    OrgLife,
    /// 不交纳党费（团费、会费）: months billed and not paid.
    Dues,
}

/// How far a member has gone under `membership.lapse`.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::lapse::LapseLevel")]
pub enum LapseLevel {
    /// A warning offset of the rule (`warnAfterMonths`) has been reached.
    Warning,
    /// The rule's months have been reached: treated as having left (自行脱党 / 脱团 / 自动退会),
    /// for the branch to handle.
    Lapsed,
}

/// One ground's standing.
#[derive(SimpleObject)]
pub struct LapseGroundStanding {
    /// The ground.
    pub ground: LapseGround,
    /// Whole months it has lasted (org life: since the first missed meeting; dues: months owed).
    pub months: i32,
    /// The day it began (the first missed meeting's day in China, or the oldest unpaid month's
    /// first day).
    pub since: NaiveDate,
    /// The rule's months this ground has reached: a warning offset, or the lapse's months.
    pub stage_months: i32,
    /// Whether this ground has reached the lapse itself.
    pub lapsed: bool,
}

/// A member nearing or reaching `membership.lapse`.
#[derive(SimpleObject)]
pub struct LapseRisk {
    /// The member.
    pub member_id: ID,
    /// Their name.
    pub name: String,
    /// Their org on the line.
    pub organization_id: Option<ID>,
    /// Its name.
    pub organization_name: Option<String>,
    /// The furthest stage of any ground.
    pub level: LapseLevel,
    /// The grounds that reached a warning or the lapse, the furthest first.
    pub grounds: Vec<LapseGroundStanding>,
    /// When the last meeting they attended or were excused from began.
    pub last_org_life_at: Option<DateTime<Utc>>,
    /// Meetings missed without approved leave since then.
    pub missed_meetings: i32,
    /// Months billed on the line and not paid.
    pub unpaid_months: i32,
    /// The rule's months (6 by statute, or the tenant's override).
    pub lapse_months: i32,
    /// The rule's source as the tenant applies it (《中国共产党章程》第九条 by default).
    pub source: String,
}

fn int(n: impl TryInto<i32>) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

impl From<Risk> for LapseRisk {
    fn from(r: Risk) -> Self {
        Self {
            member_id: encode(NodeType::Member, r.row.member_id),
            name: r.row.name,
            organization_id: r.row.org_id.map(|o| encode(NodeType::Organization, o)),
            organization_name: r.row.org_name,
            level: r.level.into(),
            grounds: r
                .grounds
                .iter()
                .map(|g| LapseGroundStanding {
                    ground: g.ground.into(),
                    months: int(g.months),
                    since: g.since,
                    stage_months: int(g.stage.months()),
                    lapsed: matches!(g.stage, Stage::Lapsed(_)),
                })
                .collect(),
            last_org_life_at: r.row.last_org_life_at,
            missed_meetings: int(r.row.missed_meetings),
            unpaid_months: int(r.row.unpaid_months),
            lapse_months: int(r.lapse_months),
            source: r.source,
        }
    }
}

/// Lapse queries.
#[derive(Default)]
pub struct LapseQuery;

/// Lapse queries.
#[Object(name = "LapseQuery")]
impl LapseQuery {
    /// Members of an org's sub-tree on a line who, as of now, have reached a warning
    /// (`warnAfterMonths`) or the months of `membership.lapse` on any ground: meetings of the
    /// line missed without approved leave since their last attendance, or months billed and
    /// not paid. The furthest gone first. For those who manage the org's members
    /// (`member:write`); others, and an org of another tenant, get NOT_FOUND.
    async fn lapse_risks(
        &self,
        ctx: &Context<'_>,
        organization_id: ID,
        line: DuesLine,
    ) -> async_graphql::Result<Vec<LapseRisk>> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &organization_id).gql()?;
        Ok(lapse::risks(&c, app(ctx), org, line.code(), Utc::now())
            .await
            .gql()?
            .into_iter()
            .map(LapseRisk::from)
            .collect())
    }
}

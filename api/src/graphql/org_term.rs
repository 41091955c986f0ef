//! 换届 over GraphQL: the terms of the orgs that elect a committee in a sub-tree, and marking
//! an org as a village or community org (五年任期).

use super::{
    context::{app, target},
    errors::Gql,
    ids::{NodeType, encode},
    org::OrgKind,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use tongxin_core::org_term;

/// How an org's term stands (rule `org.term`).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::org_term::TermState")]
pub enum TermState {
    /// 任期已满: the term has ended and no new committee has been recorded.
    Ended,
    /// 即将届满: the term ends within the first reminder's months (six by default).
    Ending,
    /// 任期内.
    Current,
    /// 未设委员: no active position, so no term is known.
    NoTerm,
}

/// One org's term.
#[derive(SimpleObject)]
pub struct OrgTerm {
    /// The org.
    pub organization_id: ID,
    /// Its name.
    pub organization_name: String,
    /// Its kind: one that elects a committee (党委、党总支、党支部、工会、分会、团委、团支部).
    pub kind: OrgKind,
    /// A village or community org (村、社区): its term is `villageTermYears` (5).
    pub village_or_community: bool,
    /// Active positions (its committee).
    pub officers: i64,
    /// The term's years: `org.term` `termYears` (3) or `villageTermYears` (5); party branches
    /// follow `party.branch.committee`.
    pub term_years: i32,
    /// The latest start of the active positions' terms.
    pub term_start: Option<NaiveDate>,
    /// When the term ends: the earliest explicit end of the active positions, else their
    /// latest start plus `termYears`; null without positions.
    pub term_end: Option<NaiveDate>,
    /// How it stands today.
    pub state: TermState,
}

impl From<org_term::OrgTerm> for OrgTerm {
    fn from(t: org_term::OrgTerm) -> Self {
        OrgTerm {
            organization_id: encode(NodeType::Organization, t.row.id),
            organization_name: t.row.name,
            kind: t.kind.into(),
            village_or_community: t.row.village_or_community,
            officers: t.row.officers,
            term_years: i32::try_from(t.term_years).unwrap_or(i32::MAX),
            term_start: t.row.latest_start,
            term_end: t.term_end,
            state: t.state.into(),
        }
    }
}

/// The terms of an org's sub-tree.
#[derive(SimpleObject)]
pub struct TermOverview {
    /// The org.
    pub organization_id: ID,
    /// Today in Beijing, the day the terms are measured against.
    pub as_of: NaiveDate,
    /// The orgs of the sub-tree (the org itself included) that elect a committee: ended terms
    /// first, then ending, current and unknown, each soonest first.
    pub organizations: Vec<OrgTerm>,
    /// Orgs whose term has ended.
    pub ended_count: i32,
    /// Orgs whose term ends within the first reminder's months.
    pub ending_count: i32,
    /// Months before the end at which the officers of the org and of the org above are
    /// reminded (`org.term` `remindBeforeMonths`).
    pub remind_before_months: Vec<i32>,
    /// The rules' sources as the tenant has them.
    pub sources: Vec<String>,
}

/// Queries of terms.
#[derive(Default)]
pub struct OrgTermQuery;

#[Object(name = "OrgTermQuery")]
impl OrgTermQuery {
    /// 换届提醒: the orgs of a sub-tree that elect a committee, with their terms (`org` read at
    /// the org).
    async fn term_overview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
    ) -> async_graphql::Result<TermOverview> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let o = org_term::overview(&c, app(ctx), org).await.gql()?;
        let count = |s: org_term::TermState| {
            i32::try_from(o.orgs.iter().filter(|t| t.state == s).count()).unwrap_or(i32::MAX)
        };
        Ok(TermOverview {
            organization_id: encode(NodeType::Organization, o.org_id),
            as_of: o.as_of,
            ended_count: count(org_term::TermState::Ended),
            ending_count: count(org_term::TermState::Ending),
            remind_before_months: o
                .remind_before_months
                .iter()
                .map(|m| i32::try_from(*m).unwrap_or(i32::MAX))
                .collect(),
            organizations: o.orgs.into_iter().map(OrgTerm::from).collect(),
            sources: o.sources,
        })
    }
}

/// Input of `setVillageOrCommunity`.
#[derive(InputObject)]
pub struct SetVillageOrCommunityInput {
    /// An org that elects a committee.
    pub organization_id: ID,
    /// Whether it is a village or community org (村、社区: five-year terms).
    pub village_or_community: bool,
}

/// Mutations of terms.
#[derive(Default)]
pub struct OrgTermMutation;

#[Object(name = "OrgTermMutation")]
impl OrgTermMutation {
    /// Marks an org as a village or community org, whose committee serves five years
    /// (`org` write there; audited). Returns its term as it now stands.
    async fn set_village_or_community(
        &self,
        ctx: &Context<'_>,
        input: SetVillageOrCommunityInput,
    ) -> async_graphql::Result<OrgTerm> {
        let (c, org) = target(ctx, NodeType::Organization, &input.organization_id)?;
        let t = org_term::set_village_or_community(&c, app(ctx), org, input.village_or_community)
            .await
            .gql()?;
        Ok(t.into())
    }
}

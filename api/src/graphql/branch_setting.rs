//! 支部设置与换届检查 over GraphQL: the party branches of a sub-tree against the rules on a
//! branch's size, its committee and its term.

use super::{
    context::{app, target},
    errors::Gql,
    ids::{NodeType, encode},
};
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::NaiveDate;
use tongxin_core::branch_setting;

/// What is wrong with a party branch's setting (《中国共产党支部工作条例（试行）》第七至九条、第二十条).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::branch_setting::Warning")]
pub enum BranchSettingWarning {
    /// 正式党员不足: fewer formal members than `party.branch.size` `minFormalMembers` (3).
    TooFewFormalMembers,
    /// 党员过多: more formal and probationary members than `maxMembers` (50).
    TooManyMembers,
    /// 应设支委会: at least `party.branch.committee` `minFormalMembers` (7) formal members and
    /// fewer than `committeeMin` (3) active positions.
    NeedsCommittee,
    /// 任期已满: the term has ended.
    TermEnded,
    /// 即将换届: the term ends within six months.
    TermEnding,
}

/// One party branch as reviewed.
#[derive(SimpleObject)]
pub struct BranchSetting {
    /// The branch.
    pub organization_id: ID,
    /// Its name.
    pub organization_name: String,
    /// Formal members (正式党员) placed in it.
    pub formal_members: i64,
    /// Probationary members (预备党员) placed in it.
    pub probationary_members: i64,
    /// Its active positions (委员, 书记 included).
    pub committee_size: i64,
    /// When the current term ends: the earliest explicit end of the active positions, else
    /// their latest start plus the rule's `termYears`; null without positions.
    pub term_end: Option<NaiveDate>,
    /// What is wrong.
    pub warnings: Vec<BranchSettingWarning>,
    /// One Chinese sentence per warning, with the figure and the rule.
    pub messages: Vec<String>,
}

/// The review of an org's sub-tree.
#[derive(SimpleObject)]
pub struct BranchSettingReview {
    /// The org.
    pub organization_id: ID,
    /// Today in Beijing, the day the terms are measured against.
    pub as_of: NaiveDate,
    /// The party branches of the sub-tree (the org itself included), those with warnings first,
    /// then by name.
    pub branches: Vec<BranchSetting>,
    /// Branches with at least one warning.
    pub warning_count: i32,
    /// The rules' sources as the tenant has them.
    pub sources: Vec<String>,
}

/// Queries of the branch setting review.
#[derive(Default)]
pub struct BranchSettingQuery;

#[Object(name = "BranchSettingQuery")]
impl BranchSettingQuery {
    /// The party branches of an org's sub-tree against `party.branch.size` and
    /// `party.branch.committee` (`org` read at the org).
    async fn branch_setting_review(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
    ) -> async_graphql::Result<BranchSettingReview> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let r = branch_setting::review(&c, app(ctx), org).await.gql()?;
        let branches: Vec<BranchSetting> = r
            .branches
            .into_iter()
            .map(|b| BranchSetting {
                organization_id: encode(NodeType::Organization, b.row.id),
                organization_name: b.row.name,
                formal_members: b.row.formal,
                probationary_members: b.row.probationary,
                committee_size: b.row.committee,
                term_end: b.term_end,
                warnings: b.warnings.iter().map(|(w, _)| (*w).into()).collect(),
                messages: b.warnings.into_iter().map(|(_, m)| m).collect(),
            })
            .collect();
        Ok(BranchSettingReview {
            organization_id: encode(NodeType::Organization, r.org_id),
            as_of: r.as_of,
            warning_count: branches.iter().filter(|b| !b.warnings.is_empty()).count() as i32,
            branches,
            sources: r.sources,
        })
    }
}

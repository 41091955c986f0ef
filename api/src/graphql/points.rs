//! Points (积分) over GraphQL: the tenant's rules, the viewer's and a member's ledger with
//! balances, rankings of an org and 支部对标, manual awards, appeals and their decisions.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    page::{Page, PageArgs, encode_cursor},
    points::{
        self, Account, AppealView, BranchRankRow, EntryRow, RankRow, RuleRow, RuleUpdate,
        rules::explain,
    },
};
use uuid::Uuid;

/// What earns points; each tenant's rule prices it.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::points::PointAction")]
pub enum PointAction {
    /// 集中学习: attending 三会一课.
    MeetingAttendance,
    /// 参加活动: attending an activity.
    ActivityAttendance,
    /// 稿件采用: an article adopted (published).
    ArticleAdopted,
    /// 建言被采纳: an idea adopted.
    IdeaAdopted,
    /// 学习: a study item completed.
    StudyCompleted,
    /// 手动奖励: an officer's award with a reason.
    Manual,
    /// 测验通过: a quiz passed (once per quiz).
    QuizPassed,
}

/// The kind of event an entry came from.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::points::SourceKind")]
pub enum PointSourceKind {
    /// A meeting.
    Meeting,
    /// An activity.
    Activity,
    /// An article.
    Article,
    /// An idea.
    Idea,
    /// A study item.
    Study,
    /// A quiz.
    Quiz,
    /// A manual award.
    Manual,
    /// A correction of another entry (an upheld appeal).
    Correction,
}

/// Where an appeal stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::points::AppealStatus")]
pub enum PointAppealStatus {
    /// 待处理.
    Pending,
    /// 申诉成立: a correction entry was written.
    Upheld,
    /// 驳回.
    Rejected,
}

/// An officer's decision on an appeal.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum PointAppealDecision {
    /// 成立: the entry is corrected to the points given.
    Upheld,
    /// 驳回: with a note.
    Rejected,
}

impl From<PointAppealDecision> for points::AppealStatus {
    fn from(d: PointAppealDecision) -> Self {
        match d {
            PointAppealDecision::Upheld => points::AppealStatus::Upheld,
            PointAppealDecision::Rejected => points::AppealStatus::Rejected,
        }
    }
}

/// A rule pricing an action.
pub struct PointRule(pub RuleRow);

/// A rule pricing an action: points per event, caps counted in paid entries per Beijing day,
/// month and year, who it applies to and its source (依据).
#[Object]
impl PointRule {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::PointRule, self.0.id)
    }
    /// The action it prices.
    async fn action(&self) -> PointAction {
        self.0.action.into()
    }
    /// Its name (集中学习).
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Points per event.
    async fn points(&self) -> i32 {
        self.0.points
    }
    /// Most paid entries per day (null: no cap).
    async fn cap_day(&self) -> Option<i32> {
        self.0.cap_day
    }
    /// Most paid entries per month.
    async fn cap_month(&self) -> Option<i32> {
        self.0.cap_month
    }
    /// Most paid entries per year.
    async fn cap_year(&self) -> Option<i32> {
        self.0.cap_year
    }
    /// The lines it applies to (`PARTY`, `UNION`, `YOUTH`; empty: every member).
    async fn lines(&self) -> &[String] {
        &self.0.lines
    }
    /// The political statuses it applies to (empty: every status).
    async fn statuses(&self) -> &[String] {
        &self.0.statuses
    }
    /// 依据: the scheme it follows.
    async fn source(&self) -> &str {
        &self.0.source
    }
    /// Whether events are priced by it.
    async fn active(&self) -> bool {
        self.0.active
    }
    /// Last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A ledger entry as the viewer sees it.
pub struct PointEntry {
    /// The entry.
    pub row: EntryRow,
    /// The viewer.
    pub viewer: Option<Uuid>,
}

/// A ledger entry: the event that earned it, the rule that priced it, what was paid and why
/// less when a cap was reached; corrections are entries of their own linking the original.
#[Object]
impl PointEntry {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::PointEntry, self.row.id)
    }
    /// Whose.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.row.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.row.member_name
    }
    /// The (Beijing) year it counts in.
    async fn year(&self) -> i32 {
        self.row.year
    }
    /// The action.
    async fn action(&self) -> PointAction {
        self.row.action.into()
    }
    /// The rule that priced it (null for a correction).
    async fn rule_id(&self) -> Option<ID> {
        self.row.rule_id.map(|r| encode(NodeType::PointRule, r))
    }
    /// The rule's name.
    async fn rule_name(&self) -> Option<&str> {
        self.row.rule_name.as_deref()
    }
    /// What was asked for (the rule's points, the award, the correction).
    async fn requested(&self) -> i32 {
        self.row.requested
    }
    /// What was paid (0 beyond a cap; negative for a correction downwards).
    async fn points(&self) -> i32 {
        self.row.points
    }
    /// Why less was paid than asked (e.g. 已达年度上限 12 次).
    async fn capped_reason(&self) -> Option<&str> {
        self.row.capped_reason.as_deref()
    }
    /// The earning event's kind.
    async fn source_kind(&self) -> PointSourceKind {
        self.row.source_kind.into()
    }
    /// The earning event's id (a meeting's, an activity's, an article's raw UUID; an appeal's
    /// for a correction).
    async fn source_id(&self) -> &str {
        &self.row.source_id
    }
    /// What the earning event is called.
    async fn source_title(&self) -> &str {
        &self.row.source_title
    }
    /// The entry a correction corrects.
    async fn corrects_entry_id(&self) -> Option<ID> {
        self.row
            .corrects_entry_id
            .map(|e| encode(NodeType::PointEntry, e))
    }
    /// A note: an award's reason, a correction's note.
    async fn note(&self) -> Option<&str> {
        self.row.note.as_deref()
    }
    /// When the event happened.
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.row.occurred_at
    }
    /// Written at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// The sum of the corrections written to it.
    async fn corrected(&self) -> i64 {
        self.row.corrected
    }
    /// What it stands at after its corrections.
    async fn net(&self) -> i64 {
        self.row.net()
    }
    /// One line in Chinese: the event, the rule, the points and the cap's reason.
    async fn explanation(&self) -> String {
        explain(&self.row)
    }
    /// Its latest appeal's status.
    async fn appeal_status(&self) -> Option<PointAppealStatus> {
        self.row.appeal_status.map(Into::into)
    }
    /// Its latest appeal's decision note.
    async fn appeal_note(&self) -> Option<&str> {
        self.row.appeal_note.as_deref()
    }
    /// The viewer may appeal it: their own ordinary entry without a pending appeal.
    async fn can_appeal(&self) -> bool {
        self.viewer == Some(self.row.member_id)
            && self.row.source_kind != points::SourceKind::Correction
            && self.row.appeal_status != Some(points::AppealStatus::Pending)
    }
}

/// A page of ledger entries.
#[derive(SimpleObject)]
pub struct PointEntryConnection {
    /// Items with cursors.
    pub edges: Vec<PointEntryEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// An entry with its cursor.
#[derive(SimpleObject)]
pub struct PointEntryEdge {
    /// The entry.
    pub node: PointEntry,
    /// Its cursor.
    pub cursor: String,
}

impl PointEntryConnection {
    fn from_page(page: Page<EntryRow>, viewer: Option<Uuid>) -> Self {
        let edges: Vec<PointEntryEdge> = page
            .items
            .into_iter()
            .map(|row| PointEntryEdge {
                cursor: encode_cursor(&row.id.to_string()),
                node: PointEntry { row, viewer },
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Self {
            edges,
            page_info: PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        }
    }
}

/// A year's balance.
#[derive(SimpleObject)]
pub struct PointYearBalance {
    /// Year (Beijing).
    pub year: i32,
    /// The sum of its entries.
    pub balance: i64,
}

/// A member's points of one year.
pub struct PointsAccount(pub Account);

/// A member's points of one year: the balance (that year's entries only: balances reset every
/// year), every year's balance, and the year's ledger.
#[Object]
impl PointsAccount {
    /// Whose.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// The year.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The year's balance.
    async fn balance(&self) -> i64 {
        self.0.balance
    }
    /// Every year with entries, newest first.
    async fn years(&self) -> Vec<PointYearBalance> {
        self.0
            .years
            .iter()
            .map(|y| PointYearBalance {
                year: y.year,
                balance: y.balance,
            })
            .collect()
    }
    /// The year's entries, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn entries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<PointEntryConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = points::ledger(&c, app(ctx), Some(self.0.member_id), self.0.year, &args)
            .await
            .gql()?;
        Ok(PointEntryConnection::from_page(page, c.member_id()))
    }
}

/// A member's place in an org's ranking.
pub struct PointRanking(pub RankRow);

/// A member's place in an org's ranking (competition ranking: equal points share a rank and
/// the next rank skips; by name within a tie).
#[Object]
impl PointRanking {
    /// Rank.
    async fn rank(&self) -> i64 {
        self.0.rank
    }
    /// Member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// The year's points.
    async fn points(&self) -> i64 {
        self.0.points
    }
}

/// A branch's place in 支部对标.
pub struct BranchPointRanking(pub BranchRankRow);

/// A branch's place in 支部对标: ranked by its active members' average points of the year
/// (two decimals; competition ranking), with the total.
#[Object]
impl BranchPointRanking {
    /// Rank.
    async fn rank(&self) -> i64 {
        self.0.rank
    }
    /// The branch (党支部, 分会 or 团支部).
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// Active members placed in its sub-tree.
    async fn members(&self) -> i64 {
        self.0.members
    }
    /// Their points of the year.
    async fn total(&self) -> i64 {
        self.0.total
    }
    /// Points per member.
    async fn average(&self) -> f64 {
        self.0.average
    }
}

/// An appeal against an entry.
pub struct PointAppeal {
    /// The appeal with its entry.
    pub view: AppealView,
    /// The viewer.
    pub viewer: Option<Uuid>,
}

/// An appeal against an entry: the member's reason, the officer's decision and the
/// correction it wrote.
#[Object]
impl PointAppeal {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::PointAppeal, self.view.appeal.id)
    }
    /// The entry appealed.
    async fn entry(&self) -> PointEntry {
        PointEntry {
            row: self.view.entry.clone(),
            viewer: self.viewer,
        }
    }
    /// The appellant.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.view.appeal.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.view.appeal.member_name
    }
    /// Why.
    async fn reason(&self) -> &str {
        &self.view.appeal.reason
    }
    /// Where it stands.
    async fn status(&self) -> PointAppealStatus {
        self.view.appeal.status.into()
    }
    /// Decided at.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.view.appeal.decided_at
    }
    /// The decision's note.
    async fn note(&self) -> Option<&str> {
        self.view.appeal.note.as_deref()
    }
    /// The correction written when upheld.
    async fn correction_entry_id(&self) -> Option<ID> {
        self.view
            .appeal
            .correction_entry_id
            .map(|e| encode(NodeType::PointEntry, e))
    }
    /// Raised at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.view.appeal.created_at
    }
}

/// A page of appeals.
#[derive(SimpleObject)]
pub struct PointAppealConnection {
    /// Items with cursors.
    pub edges: Vec<PointAppealEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// An appeal with its cursor.
#[derive(SimpleObject)]
pub struct PointAppealEdge {
    /// The appeal.
    pub node: PointAppeal,
    /// Its cursor.
    pub cursor: String,
}

/// The form of `updatePointRule`.
#[derive(InputObject)]
pub struct UpdatePointRuleInput {
    /// The rule.
    pub rule_id: ID,
    /// Name, 1–50 characters.
    pub name: String,
    /// Points per event, 0–1000.
    pub points: i32,
    /// Most paid entries per day, 1–10,000 (null: no cap).
    pub cap_day: Option<i32>,
    /// Most paid entries per month.
    pub cap_month: Option<i32>,
    /// Most paid entries per year.
    pub cap_year: Option<i32>,
    /// Lines it applies to (`PARTY`, `UNION`, `YOUTH`); empty: every member.
    #[graphql(default)]
    pub lines: Vec<String>,
    /// Political statuses it applies to; empty: every status.
    #[graphql(default)]
    pub statuses: Vec<String>,
    /// 依据, at most 500 characters.
    #[graphql(default)]
    pub source: String,
    /// Whether events are priced by it.
    pub active: bool,
}

/// The result of `updatePointRule`.
#[derive(SimpleObject)]
pub struct PointRulePayload {
    /// The rule as it now stands.
    pub rule: PointRule,
}

/// The form of `awardPoints`.
#[derive(InputObject)]
pub struct AwardPointsInput {
    /// The member (the officer needs `points` write over them).
    pub member_id: ID,
    /// Points, 1–1000.
    pub points: i32,
    /// Why, 1–1,000 characters.
    pub reason: String,
}

/// The result of `awardPoints`.
#[derive(SimpleObject)]
pub struct PointEntryPayload {
    /// The entry written.
    pub entry: PointEntry,
}

/// The form of `appealPointEntry`.
#[derive(InputObject)]
pub struct AppealPointEntryInput {
    /// The viewer's own entry.
    pub entry_id: ID,
    /// Why, 1–1,000 characters.
    pub reason: String,
}

/// The form of `decidePointAppeal`.
#[derive(InputObject)]
pub struct DecidePointAppealInput {
    /// The appeal.
    pub appeal_id: ID,
    /// Upheld or rejected.
    pub decision: PointAppealDecision,
    /// Upheld: the points the entry should stand at (0–1000).
    pub points: Option<i32>,
    /// The note (required to reject), at most 1,000 characters.
    pub note: Option<String>,
}

/// The result of `appealPointEntry` and `decidePointAppeal`.
#[derive(SimpleObject)]
pub struct PointAppealPayload {
    /// The appeal as it now stands.
    pub appeal: PointAppeal,
}

/// Queries of points.
#[derive(Default)]
pub struct PointsQuery;

#[Object(name = "PointsQuery")]
impl PointsQuery {
    /// The tenant's rules (every member may read them).
    async fn point_rules(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PointRule>> {
        let c = tenant(ctx)?;
        Ok(points::rule_list(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(PointRule)
            .collect())
    }

    /// Whether the viewer may change the rules (`points` review at the unit level).
    async fn point_rules_editable(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        points::may_edit_rules(&c, app(ctx)).await.gql()
    }

    /// The viewer's points of a year (VALIDATION outside 2000–2200).
    async fn my_points(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year (Beijing).")] year: i32,
    ) -> async_graphql::Result<PointsAccount> {
        let c = tenant(ctx)?;
        Ok(PointsAccount(
            points::account(&c, app(ctx), None, year).await.gql()?,
        ))
    }

    /// A member's points of a year (`points` read over them, or themselves); NOT_FOUND else.
    async fn member_points(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The member.")] member_id: ID,
        #[graphql(desc = "The year (Beijing).")] year: i32,
    ) -> async_graphql::Result<PointsAccount> {
        let (c, member) = target(ctx, NodeType::Member, &member_id)?;
        Ok(PointsAccount(
            points::account(&c, app(ctx), Some(member), year)
                .await
                .gql()?,
        ))
    }

    /// The ranking of the active members of an org's sub-tree for a year (`points` read
    /// there): competition ranking, by name within a tie.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn point_rankings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] org_id: ID,
        #[graphql(desc = "The year (Beijing).")] year: i32,
        #[graphql(desc = "How many, 1–100.", default = 50)] first: i32,
    ) -> async_graphql::Result<Vec<PointRanking>> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        Ok(points::rankings(&c, app(ctx), org, year, first)
            .await
            .gql()?
            .into_iter()
            .map(PointRanking)
            .collect())
    }

    /// 支部对标: the branches of an org's sub-tree ranked by average points per member
    /// (`points` read there).
    async fn branch_point_rankings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] org_id: ID,
        #[graphql(desc = "The year (Beijing).")] year: i32,
    ) -> async_graphql::Result<Vec<BranchPointRanking>> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        Ok(points::branch_rankings(&c, app(ctx), org, year)
            .await
            .gql()?
            .into_iter()
            .map(BranchPointRanking)
            .collect())
    }

    /// The viewer's own points appeals, newest first (at most 100), each with the entry appealed.
    #[graphql(complexity = "100 * child_complexity + 1")]
    async fn my_point_appeals(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PointAppeal>> {
        let c = tenant(ctx)?;
        let viewer = c.member_id();
        Ok(points::my_appeals(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|view| PointAppeal { view, viewer })
            .collect())
    }

    /// The appeals the viewer decides (`points` write over the appellant), oldest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn point_appeals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only appeals in this status.")] status: Option<PointAppealStatus>,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<PointAppealConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = points::appeals(&c, app(ctx), status.map(Into::into), &args)
            .await
            .gql()?;
        let viewer = c.member_id();
        let edges: Vec<PointAppealEdge> = page
            .items
            .into_iter()
            .map(|view| PointAppealEdge {
                cursor: encode_cursor(&view.appeal.id.to_string()),
                node: PointAppeal { view, viewer },
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Ok(PointAppealConnection {
            edges,
            page_info: PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        })
    }
}

/// Mutations of points.
#[derive(Default)]
pub struct PointsMutation;

#[Object(name = "PointsMutation")]
impl PointsMutation {
    /// Changes a rule (`points` review at the unit level); entries already written keep what
    /// they were paid.
    async fn update_point_rule(
        &self,
        ctx: &Context<'_>,
        input: UpdatePointRuleInput,
    ) -> async_graphql::Result<PointRulePayload> {
        let (c, id) = target(ctx, NodeType::PointRule, &input.rule_id)?;
        let row = points::update_rule(
            &c,
            app(ctx),
            id,
            RuleUpdate {
                name: input.name,
                points: input.points,
                cap_day: input.cap_day,
                cap_month: input.cap_month,
                cap_year: input.cap_year,
                lines: input.lines,
                statuses: input.statuses,
                source: input.source,
                active: input.active,
            },
        )
        .await
        .gql()?;
        Ok(PointRulePayload {
            rule: PointRule(row),
        })
    }

    /// An officer awards points by hand with a reason (`points` write over the member; the
    /// `MANUAL` rule's caps apply). The member is told (`POINTS`).
    async fn award_points(
        &self,
        ctx: &Context<'_>,
        input: AwardPointsInput,
    ) -> async_graphql::Result<PointEntryPayload> {
        let (c, member) = target(ctx, NodeType::Member, &input.member_id)?;
        let row = points::award(&c, app(ctx), member, input.points, &input.reason)
            .await
            .gql()?;
        Ok(PointEntryPayload {
            entry: PointEntry {
                row,
                viewer: c.member_id(),
            },
        })
    }

    /// A member appeals their own entry with a reason (one pending appeal per entry: CONFLICT
    /// while one is open). The officers of their orgs are told (`POINTS`).
    async fn appeal_point_entry(
        &self,
        ctx: &Context<'_>,
        input: AppealPointEntryInput,
    ) -> async_graphql::Result<PointAppealPayload> {
        let (c, entry) = target(ctx, NodeType::PointEntry, &input.entry_id)?;
        let view = points::appeal(&c, app(ctx), entry, &input.reason)
            .await
            .gql()?;
        Ok(PointAppealPayload {
            appeal: PointAppeal {
                view,
                viewer: c.member_id(),
            },
        })
    }

    /// An officer decides a pending appeal (`points` write over the appellant): upheld with
    /// the points the entry should stand at (a correction entry is written), or rejected with
    /// a note. CONFLICT once decided. The member is told (`POINTS`).
    async fn decide_point_appeal(
        &self,
        ctx: &Context<'_>,
        input: DecidePointAppealInput,
    ) -> async_graphql::Result<PointAppealPayload> {
        let (c, appeal) = target(ctx, NodeType::PointAppeal, &input.appeal_id)?;
        let view = points::decide(
            &c,
            app(ctx),
            appeal,
            input.decision.into(),
            input.points,
            input.note.as_deref(),
        )
        .await
        .gql()?;
        Ok(PointAppealPayload {
            appeal: PointAppeal {
                view,
                viewer: c.member_id(),
            },
        })
    }
}

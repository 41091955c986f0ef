//! Union welfare (工会福利) over GraphQL: group-buys and crowdfunding, orders within the yearly
//! caps of `welfare.caps`, distributions, a member's usage and the union's statistics.
//! Amounts are in fen (分).

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    page::PageArgs,
    welfare::{
        self, CampaignView, CategoryUsage, DistributionRow, ItemRow, OrderRow, TotalRow, Usage,
    },
};

/// What a welfare counts as; the capped categories have a yearly cap per member in the
/// `welfare.caps` rule.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::welfare::WelfareCategory")]
pub enum WelfareCategory {
    /// 节日慰问 (cap `holidayGiftsYuanPerYear`).
    Holiday,
    /// 生日慰问 (cap `birthdayYuan`).
    Birthday,
    /// 其他 (no cap).
    Other,
}

/// How a campaign gathers people.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::welfare::CampaignKind")]
pub enum WelfareCampaignKind {
    /// 拼团: a group-buy.
    GroupBuy,
    /// 众筹: crowdfunding.
    Crowdfund,
}

/// What a campaign's success threshold counts.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::welfare::ThresholdKind")]
pub enum WelfareThresholdKind {
    /// Members with an order (成团人数).
    Participants,
    /// The ordered amount in fen (众筹金额).
    Amount,
}

/// Where a campaign stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::welfare::CampaignStatus")]
pub enum WelfareCampaignStatus {
    /// 进行中: taking orders until the deadline.
    Open,
    /// 已成团: reached its threshold at the deadline; orders confirmed.
    Succeeded,
    /// 未成团: missed its threshold; orders cancelled, refunds recorded.
    Failed,
    /// 已取消 by the union; orders cancelled, refunds recorded.
    Cancelled,
}

/// Where an order stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::welfare::OrderStatus")]
pub enum WelfareOrderStatus {
    /// 待成团: its campaign is open.
    Pending,
    /// 已确认: its campaign succeeded.
    Confirmed,
    /// 已取消: by the member, or its campaign failed or was cancelled.
    Cancelled,
}

/// An item of a campaign, with what has been ordered of it.
pub struct WelfareItem {
    row: ItemRow,
    mine: i64,
}

/// An item of a welfare campaign.
#[Object]
impl WelfareItem {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::WelfareItem, self.row.id)
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.row.name
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.row.description
    }
    /// Unit price in fen.
    async fn price_fen(&self) -> i64 {
        self.row.price_fen
    }
    /// The union's subsidy per unit in fen; it counts against the member's cap.
    async fn subsidy_fen(&self) -> i64 {
        self.row.subsidy_fen
    }
    /// What the member pays per unit: price minus subsidy, fen.
    async fn member_price_fen(&self) -> i64 {
        self.row.price_fen - self.row.subsidy_fen
    }
    /// Cash or cash-like (现金、购物卡); refused when the rule's `cashAllowed` is false.
    async fn cash_like(&self) -> bool {
        self.row.cash_like
    }
    /// The most units one member may order.
    async fn per_member_limit(&self) -> i32 {
        self.row.per_member_limit
    }
    /// Units ordered by everyone (orders not cancelled).
    async fn ordered_quantity(&self) -> i64 {
        self.row.ordered_quantity
    }
    /// Units the viewer ordered (orders not cancelled).
    async fn my_quantity(&self) -> i64 {
        self.mine
    }
}

/// A campaign as the viewer sees it.
pub struct WelfareCampaign(pub CampaignView);

/// A welfare campaign: a group-buy (拼团) or crowdfunding (众筹) of a union org.
#[Object]
impl WelfareCampaign {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::WelfareCampaign, self.0.campaign.id)
    }
    /// The org running it; members placed at or below it may order.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.campaign.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.campaign.org_name
    }
    /// Kind.
    async fn kind(&self) -> WelfareCampaignKind {
        self.0.campaign.kind.into()
    }
    /// The category its orders count in.
    async fn category(&self) -> WelfareCategory {
        self.0.campaign.category.into()
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.campaign.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.campaign.description
    }
    /// What the threshold counts.
    async fn threshold_kind(&self) -> WelfareThresholdKind {
        self.0.campaign.threshold_kind.into()
    }
    /// The success threshold: participants, or fen for `AMOUNT`.
    async fn threshold(&self) -> i64 {
        self.0.campaign.threshold
    }
    /// When it settles.
    async fn deadline(&self) -> DateTime<Utc> {
        self.0.campaign.deadline
    }
    /// Where it stands.
    async fn status(&self) -> WelfareCampaignStatus {
        self.0.campaign.status.into()
    }
    /// Members with an order not cancelled.
    async fn participant_count(&self) -> i64 {
        self.0.campaign.participant_count
    }
    /// The ordered amount (price × quantity of orders not cancelled), fen.
    async fn amount_fen(&self) -> i64 {
        self.0.campaign.amount_fen
    }
    /// How far it is towards its threshold, 0–100.
    async fn progress_percent(&self) -> i32 {
        let c = &self.0.campaign;
        welfare::rules::progress_percent(
            c.threshold_kind,
            c.threshold,
            c.participant_count,
            c.amount_fen,
        )
    }
    /// Its items in order.
    async fn items(&self) -> Vec<WelfareItem> {
        self.0
            .items
            .iter()
            .map(|i| WelfareItem {
                mine: self
                    .0
                    .my_orders
                    .iter()
                    .filter(|o| o.item_id == i.id && o.status != welfare::OrderStatus::Cancelled)
                    .map(|o| i64::from(o.quantity))
                    .sum(),
                row: i.clone(),
            })
            .collect()
    }
    /// The viewer's orders in it, newest first.
    async fn my_orders(&self) -> Vec<WelfareOrder> {
        self.0.my_orders.iter().cloned().map(WelfareOrder).collect()
    }
    /// Whether the viewer holds `welfare` write at its org (cancel, see orders).
    async fn viewer_can_manage(&self) -> bool {
        self.0.can_manage
    }
    /// When it was settled or cancelled.
    async fn settled_at(&self) -> Option<DateTime<Utc>> {
        self.0.campaign.settled_at
    }
    /// Why the union cancelled it.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.campaign.cancel_reason.as_deref()
    }
    /// Created at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.campaign.created_at
    }
}

/// An order.
pub struct WelfareOrder(pub OrderRow);

/// A member's order of an item in a campaign.
#[Object]
impl WelfareOrder {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::WelfareOrder, self.0.id)
    }
    /// Its campaign.
    async fn campaign_id(&self) -> ID {
        encode(NodeType::WelfareCampaign, self.0.campaign_id)
    }
    /// The campaign's title.
    async fn campaign_title(&self) -> &str {
        &self.0.campaign_title
    }
    /// The item.
    async fn item_id(&self) -> ID {
        encode(NodeType::WelfareItem, self.0.item_id)
    }
    /// Its name.
    async fn item_name(&self) -> &str {
        &self.0.item_name
    }
    /// Who ordered.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// Units.
    async fn quantity(&self) -> i32 {
        self.0.quantity
    }
    /// Unit price when ordered, fen.
    async fn price_fen(&self) -> i64 {
        self.0.price_fen
    }
    /// Unit subsidy when ordered, fen.
    async fn subsidy_fen(&self) -> i64 {
        self.0.subsidy_fen
    }
    /// What the member pays: (price − subsidy) × quantity, fen.
    async fn member_pay_fen(&self) -> i64 {
        self.0.member_pay_fen()
    }
    /// The category it counts in.
    async fn category(&self) -> WelfareCategory {
        self.0.category.into()
    }
    /// The year it counts in (its campaign's deadline, Beijing time).
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Where it stands.
    async fn status(&self) -> WelfareOrderStatus {
        self.0.status.into()
    }
    /// The refund recorded when it was cancelled (the member's share), fen.
    async fn refund_fen(&self) -> Option<i64> {
        self.0.refund_fen
    }
    /// Why it was cancelled.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.cancel_reason.as_deref()
    }
    /// Ordered at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Cancelled at.
    async fn cancelled_at(&self) -> Option<DateTime<Utc>> {
        self.0.cancelled_at
    }
}

/// A distribution.
pub struct WelfareDistribution(pub DistributionRow);

/// Welfare handed out to a member without a campaign (发放); it counts against the same caps.
#[Object]
impl WelfareDistribution {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::WelfareDistribution, self.0.id)
    }
    /// The giving org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// Category.
    async fn category(&self) -> WelfareCategory {
        self.0.category.into()
    }
    /// What was handed out.
    async fn item_name(&self) -> &str {
        &self.0.item_name
    }
    /// Its value, fen.
    async fn value_fen(&self) -> i64 {
        self.0.value_fen
    }
    /// Cash or cash-like.
    async fn cash_like(&self) -> bool {
        self.0.cash_like
    }
    /// The day it was handed out.
    async fn distributed_on(&self) -> NaiveDate {
        self.0.distributed_on
    }
    /// The year it counts in.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Note.
    async fn note(&self) -> &str {
        &self.0.note
    }
    /// Recorded at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A member's use of one category in a year.
pub struct WelfareCategoryUsage(CategoryUsage);

/// What a member used of a category in a year, against its cap.
#[Object]
impl WelfareCategoryUsage {
    /// Category.
    async fn category(&self) -> WelfareCategory {
        self.0.category.into()
    }
    /// Its Chinese name.
    async fn label(&self) -> &str {
        self.0.category.label()
    }
    /// Used (subsidies of orders not cancelled, and distributions), fen.
    async fn used_fen(&self) -> i64 {
        self.0.used_fen
    }
    /// The yearly cap, fen; null when the category has none.
    async fn cap_fen(&self) -> Option<i64> {
        self.0.cap_fen
    }
    /// What is left under the cap, fen; null when the category has none.
    async fn remaining_fen(&self) -> Option<i64> {
        self.0.remaining_fen()
    }
}

/// A member's welfare of a year.
pub struct WelfareUsage(Usage);

/// A member's welfare of a year: each category against its cap, their orders and
/// distributions.
#[Object]
impl WelfareUsage {
    /// The year.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Whether cash and cash-like items are allowed (the rule's `cashAllowed`).
    async fn cash_allowed(&self) -> bool {
        self.0.cash_allowed
    }
    /// Every category.
    async fn categories(&self) -> Vec<WelfareCategoryUsage> {
        self.0
            .categories
            .iter()
            .cloned()
            .map(WelfareCategoryUsage)
            .collect()
    }
    /// Their orders of the year, newest first.
    async fn orders(&self) -> Vec<WelfareOrder> {
        self.0.orders.iter().cloned().map(WelfareOrder).collect()
    }
    /// Their distributions of the year, newest first.
    async fn distributions(&self) -> Vec<WelfareDistribution> {
        self.0
            .distributions
            .iter()
            .cloned()
            .map(WelfareDistribution)
            .collect()
    }
}

/// The year's welfare of one category over an org's sub-tree.
#[derive(SimpleObject)]
pub struct WelfareCategoryTotal {
    /// Category.
    pub category: WelfareCategory,
    /// Its Chinese name.
    pub label: String,
    /// The union's money: subsidies of orders not cancelled and distributions' values, fen.
    pub subsidy_fen: i64,
    /// What members paid on orders not cancelled, fen.
    pub member_pay_fen: i64,
    /// Members who received.
    pub member_count: i64,
}

/// The year's welfare given by one org in one category.
#[derive(SimpleObject)]
pub struct WelfareOrgTotal {
    /// The giving org.
    pub organization_id: ID,
    /// Its name.
    pub organization_name: String,
    /// Category.
    pub category: WelfareCategory,
    /// Its Chinese name.
    pub label: String,
    /// The union's money, fen.
    pub subsidy_fen: i64,
    /// Members who received.
    pub member_count: i64,
}

/// The year's welfare given in an org's sub-tree.
#[derive(SimpleObject)]
pub struct WelfareStatistics {
    /// The year.
    pub year: i32,
    /// The org.
    pub organization_id: ID,
    /// Per category.
    pub categories: Vec<WelfareCategoryTotal>,
    /// Per giving org and category.
    pub organizations: Vec<WelfareOrgTotal>,
}

fn category_total(t: TotalRow) -> WelfareCategoryTotal {
    WelfareCategoryTotal {
        category: t.category.into(),
        label: t.category.label().to_string(),
        subsidy_fen: t.subsidy_fen,
        member_pay_fen: t.member_pay_fen,
        member_count: t.member_count,
    }
}

fn org_total(t: TotalRow) -> WelfareOrgTotal {
    WelfareOrgTotal {
        organization_id: encode(NodeType::Organization, t.org_id.unwrap_or_default()),
        organization_name: t.org_name.unwrap_or_default(),
        category: t.category.into(),
        label: t.category.label().to_string(),
        subsidy_fen: t.subsidy_fen,
        member_count: t.member_count,
    }
}

super::types::connection!(
    WelfareCampaignConnection,
    WelfareCampaignEdge,
    WelfareCampaign,
    "A page of welfare campaigns."
);
super::types::connection!(
    WelfareOrderConnection,
    WelfareOrderEdge,
    WelfareOrder,
    "A page of welfare orders."
);
super::types::connection!(
    WelfareDistributionConnection,
    WelfareDistributionEdge,
    WelfareDistribution,
    "A page of welfare distributions."
);

/// An item of `createWelfareCampaign`.
#[derive(InputObject)]
pub struct WelfareItemInput {
    /// Name, 1–100 characters.
    pub name: String,
    /// Description, at most 500 characters.
    pub description: Option<String>,
    /// Unit price in fen, 1 to 100,000,000.
    pub price_fen: i64,
    /// The union's subsidy per unit in fen, from 0 to the price.
    pub subsidy_fen: i64,
    /// Cash or cash-like (refused when the rule's `cashAllowed` is false).
    pub cash_like: bool,
    /// The most units one member may order, 1–100.
    pub per_member_limit: i32,
}

/// The form of `createWelfareCampaign`.
#[derive(InputObject)]
pub struct CreateWelfareCampaignInput {
    /// The union org running it (`welfare` write there); members placed at or below it may
    /// order.
    pub organization_id: ID,
    /// Kind.
    pub kind: WelfareCampaignKind,
    /// The category its orders count in.
    pub category: WelfareCategory,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, at most 2,000 characters.
    pub description: Option<String>,
    /// What the threshold counts.
    pub threshold_kind: WelfareThresholdKind,
    /// Participants, or fen for `AMOUNT`; at least 1.
    pub threshold: i64,
    /// When it settles: in the future, within a year.
    pub deadline: DateTime<Utc>,
    /// Its items, 1–20.
    pub items: Vec<WelfareItemInput>,
}

/// The form of `placeWelfareOrder`.
#[derive(InputObject)]
pub struct PlaceWelfareOrderInput {
    /// The campaign.
    pub campaign_id: ID,
    /// One of its items.
    pub item_id: ID,
    /// Units, 1 up to what the per-member limit leaves.
    pub quantity: i32,
}

/// The form of `recordWelfareDistribution`.
#[derive(InputObject)]
pub struct RecordWelfareDistributionInput {
    /// The giving org (`welfare` write there).
    pub organization_id: ID,
    /// The member, placed at or below the org.
    pub member_id: ID,
    /// Category.
    pub category: WelfareCategory,
    /// What was handed out, 1–100 characters.
    pub item_name: String,
    /// Its value in fen, 1 to 100,000,000.
    pub value_fen: i64,
    /// Cash or cash-like (refused when the rule's `cashAllowed` is false).
    pub cash_like: bool,
    /// The day it was handed out (its year is the year it counts in).
    pub distributed_on: NaiveDate,
    /// Note, at most 500 characters.
    pub note: Option<String>,
}

/// The result of creating or cancelling a campaign.
#[derive(SimpleObject)]
pub struct WelfareCampaignPayload {
    /// The campaign.
    pub campaign: WelfareCampaign,
}

/// The result of placing or cancelling an order.
#[derive(SimpleObject)]
pub struct WelfareOrderPayload {
    /// The order.
    pub order: WelfareOrder,
    /// Its campaign, with the new figures.
    pub campaign: WelfareCampaign,
}

/// The result of `recordWelfareDistribution`.
#[derive(SimpleObject)]
pub struct WelfareDistributionPayload {
    /// The distribution.
    pub distribution: WelfareDistribution,
}

/// Queries of welfare.
#[derive(Default)]
pub struct WelfareQuery;

#[Object(name = "WelfareQuery")]
impl WelfareQuery {
    /// Campaigns, newest first: without `organizationId`, those open to the viewer (of orgs at
    /// or above their placements); with it, those of the org's sub-tree (`welfare` read there).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn welfare_campaigns(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: Option<ID>,
        #[graphql(desc = "Only campaigns in this state.")] status: Option<WelfareCampaignStatus>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<WelfareCampaignConnection> {
        let c = tenant(ctx)?;
        let org = organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = welfare::campaign::list(&c, app(ctx), org, status.map(Into::into), &args)
            .await
            .gql()?;
        Ok(WelfareCampaignConnection::from_page(
            page,
            |v| v.campaign.id.to_string(),
            WelfareCampaign,
        ))
    }

    /// One campaign: for members placed at or below its org and for `welfare` readers there.
    async fn welfare_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] id: ID,
    ) -> async_graphql::Result<WelfareCampaign> {
        let (c, id) = target(ctx, NodeType::WelfareCampaign, &id)?;
        Ok(WelfareCampaign(
            welfare::campaign::get(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// A campaign's orders, newest first (`welfare` read at its org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn welfare_campaign_orders(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign_id: ID,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<WelfareOrderConnection> {
        let (c, id) = target(ctx, NodeType::WelfareCampaign, &campaign_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = welfare::orders::of_campaign(&c, app(ctx), id, &args)
            .await
            .gql()?;
        Ok(WelfareOrderConnection::from_page(
            page,
            |o| o.id.to_string(),
            WelfareOrder,
        ))
    }

    /// The viewer's welfare of a year (this year, Beijing time, when absent): each category
    /// against its cap, their orders and distributions.
    async fn my_welfare_usage(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year, 2000–2100.")] year: Option<i32>,
    ) -> async_graphql::Result<WelfareUsage> {
        let c = tenant(ctx)?;
        Ok(WelfareUsage(
            welfare::orders::my_usage(&c, app(ctx), year).await.gql()?,
        ))
    }

    /// Distributions by the orgs of a sub-tree (`welfare` read there), newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn welfare_distributions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
        #[graphql(desc = "Only this year.")] year: Option<i32>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<WelfareDistributionConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = welfare::distribution::list(&c, app(ctx), org, year, &args)
            .await
            .gql()?;
        Ok(WelfareDistributionConnection::from_page(
            page,
            |d| d.id.to_string(),
            WelfareDistribution,
        ))
    }

    /// The year's welfare given in an org's sub-tree (`welfare` read there), per category and
    /// per giving org; this year when absent. Also as `.xlsx`:
    /// `GET /export/welfare-statistics.xlsx?organization=…&year=…`.
    async fn welfare_statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
        #[graphql(desc = "The year, 2000–2100.")] year: Option<i32>,
    ) -> async_graphql::Result<WelfareStatistics> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let s = welfare::stats::statistics(&c, app(ctx), org, year)
            .await
            .gql()?;
        Ok(WelfareStatistics {
            year: s.year,
            organization_id: encode(NodeType::Organization, s.org_id),
            categories: s.categories.into_iter().map(category_total).collect(),
            organizations: s.orgs.into_iter().map(org_total).collect(),
        })
    }
}

/// Mutations of welfare.
#[derive(Default)]
pub struct WelfareMutation;

#[Object(name = "WelfareMutation")]
impl WelfareMutation {
    /// Creates a group-buy or crowdfunding campaign (`welfare` write at the org); the worker
    /// settles it at the deadline. Cash-like items are refused where the rule forbids them.
    async fn create_welfare_campaign(
        &self,
        ctx: &Context<'_>,
        input: CreateWelfareCampaignInput,
    ) -> async_graphql::Result<WelfareCampaignPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.organization_id).gql()?;
        let view = welfare::campaign::create(
            &c,
            app(ctx),
            welfare::CampaignInput {
                org_id,
                kind: input.kind.into(),
                category: input.category.into(),
                title: input.title,
                description: input.description,
                threshold_kind: input.threshold_kind.into(),
                threshold: input.threshold,
                deadline: input.deadline,
                items: input
                    .items
                    .into_iter()
                    .map(|i| welfare::ItemInput {
                        name: i.name,
                        description: i.description,
                        price_fen: i.price_fen,
                        subsidy_fen: i.subsidy_fen,
                        cash_like: i.cash_like,
                        per_member_limit: i.per_member_limit,
                    })
                    .collect(),
            },
        )
        .await
        .gql()?;
        Ok(WelfareCampaignPayload {
            campaign: WelfareCampaign(view),
        })
    }

    /// Cancels an open campaign (`welfare` write at its org): its pending orders are cancelled
    /// with the refunds recorded and the members told.
    async fn cancel_welfare_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] id: ID,
        #[graphql(desc = "Why, 1–500 characters (shown to the members).")] reason: String,
    ) -> async_graphql::Result<WelfareCampaignPayload> {
        let (c, id) = target(ctx, NodeType::WelfareCampaign, &id)?;
        let view = welfare::campaign::cancel(&c, app(ctx), id, &reason)
            .await
            .gql()?;
        Ok(WelfareCampaignPayload {
            campaign: WelfareCampaign(view),
        })
    }

    /// Orders an item for the viewer: the campaign open to them and before its deadline, within
    /// the item's per-member limit, and the subsidy within the category's yearly cap (a
    /// `VALIDATION` error on `quantity` says what is used and left). Safe under parallel orders.
    async fn place_welfare_order(
        &self,
        ctx: &Context<'_>,
        input: PlaceWelfareOrderInput,
    ) -> async_graphql::Result<WelfareOrderPayload> {
        let (c, campaign) = target(ctx, NodeType::WelfareCampaign, &input.campaign_id)?;
        let item = decode(NodeType::WelfareItem, &input.item_id).gql()?;
        let (order, view) = welfare::orders::place(&c, app(ctx), campaign, item, input.quantity)
            .await
            .gql()?;
        Ok(WelfareOrderPayload {
            order: WelfareOrder(order),
            campaign: WelfareCampaign(view),
        })
    }

    /// Cancels one of the viewer's own pending orders while its campaign is open.
    async fn cancel_welfare_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] id: ID,
    ) -> async_graphql::Result<WelfareOrderPayload> {
        let (c, id) = target(ctx, NodeType::WelfareOrder, &id)?;
        let (order, view) = welfare::orders::cancel(&c, app(ctx), id).await.gql()?;
        Ok(WelfareOrderPayload {
            order: WelfareOrder(order),
            campaign: WelfareCampaign(view),
        })
    }

    /// Records welfare handed out without a campaign (`welfare` write at the org) to a member
    /// placed at or below it, within the category's yearly cap.
    async fn record_welfare_distribution(
        &self,
        ctx: &Context<'_>,
        input: RecordWelfareDistributionInput,
    ) -> async_graphql::Result<WelfareDistributionPayload> {
        let (c, org_id) = target(ctx, NodeType::Organization, &input.organization_id)?;
        let member_id = decode(NodeType::Member, &input.member_id).gql()?;
        let row = welfare::distribution::record(
            &c,
            app(ctx),
            welfare::DistributionInput {
                org_id,
                member_id,
                category: input.category.into(),
                item_name: input.item_name,
                value_fen: input.value_fen,
                cash_like: input.cash_like,
                distributed_on: input.distributed_on,
                note: input.note,
            },
        )
        .await
        .gql()?;
        Ok(WelfareDistributionPayload {
            distribution: WelfareDistribution(row),
        })
    }
}

//! Kinds, statuses, rows and forms of welfare campaigns, orders and distributions.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// What a welfare counts as; each capped category has its yearly cap in `welfare.caps`.
    pub enum WelfareCategory {
        /// 节日慰问 (cap `holidayGiftsYuanPerYear`).
        Holiday = "HOLIDAY",
        /// 生日慰问 (cap `birthdayYuan`).
        Birthday = "BIRTHDAY",
        /// 其他 (no cap).
        Other = "OTHER",
    }
}

impl WelfareCategory {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            WelfareCategory::Holiday => "节日慰问",
            WelfareCategory::Birthday => "生日慰问",
            WelfareCategory::Other => "其他",
        }
    }
}

crate::text_enum! {
    /// How a campaign gathers people.
    pub enum CampaignKind {
        /// 拼团: a group-buy.
        GroupBuy = "GROUP_BUY",
        /// 众筹: crowdfunding.
        Crowdfund = "CROWDFUND",
    }
}

impl CampaignKind {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            CampaignKind::GroupBuy => "拼团",
            CampaignKind::Crowdfund => "众筹",
        }
    }
}

crate::text_enum! {
    /// What a campaign's success threshold counts.
    pub enum ThresholdKind {
        /// Members with an order (成团人数).
        Participants = "PARTICIPANTS",
        /// The ordered amount in fen (众筹金额).
        Amount = "AMOUNT",
    }
}

crate::text_enum! {
    /// Where a campaign stands.
    pub enum CampaignStatus {
        /// 进行中: taking orders until the deadline.
        Open = "OPEN",
        /// 已成团: reached its threshold; orders confirmed.
        Succeeded = "SUCCEEDED",
        /// 未成团: missed its threshold; orders cancelled, refunds recorded.
        Failed = "FAILED",
        /// 已取消 by the union; orders cancelled, refunds recorded.
        Cancelled = "CANCELLED",
    }
}

crate::text_enum! {
    /// Where an order stands.
    pub enum OrderStatus {
        /// 待成团: the campaign is open.
        Pending = "PENDING",
        /// 已确认: the campaign succeeded.
        Confirmed = "CONFIRMED",
        /// 已取消: by the member, or the campaign failed or was cancelled.
        Cancelled = "CANCELLED",
    }
}

/// An item of a campaign's form.
#[derive(Debug, Clone)]
pub struct ItemInput {
    /// Name, 1–100 characters.
    pub name: String,
    /// Description, at most 500 characters.
    pub description: Option<String>,
    /// Unit price in fen.
    pub price_fen: i64,
    /// The union's subsidy per unit in fen.
    pub subsidy_fen: i64,
    /// Cash or cash-like (购物卡).
    pub cash_like: bool,
    /// Most units one member may order.
    pub per_member_limit: i32,
}

/// The form of `createWelfareCampaign`.
#[derive(Debug, Clone)]
pub struct CampaignInput {
    /// The union org running it.
    pub org_id: Uuid,
    /// Kind.
    pub kind: CampaignKind,
    /// Category the orders count in.
    pub category: WelfareCategory,
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// What the threshold counts.
    pub threshold_kind: ThresholdKind,
    /// Participants, or fen.
    pub threshold: i64,
    /// When it settles.
    pub deadline: DateTime<Utc>,
    /// Items, 1–20.
    pub items: Vec<ItemInput>,
}

/// The form of `recordWelfareDistribution`.
#[derive(Debug, Clone)]
pub struct DistributionInput {
    /// The giving org.
    pub org_id: Uuid,
    /// The member.
    pub member_id: Uuid,
    /// Category.
    pub category: WelfareCategory,
    /// What was handed out.
    pub item_name: String,
    /// Its value in fen.
    pub value_fen: i64,
    /// Cash or cash-like.
    pub cash_like: bool,
    /// The day it was handed out.
    pub distributed_on: NaiveDate,
    /// Note.
    pub note: Option<String>,
}

/// A campaign with its running figures.
#[derive(Debug, Clone)]
pub struct CampaignRow {
    /// Id.
    pub id: Uuid,
    /// The org running it.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Kind.
    pub kind: CampaignKind,
    /// Category.
    pub category: WelfareCategory,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// What the threshold counts.
    pub threshold_kind: ThresholdKind,
    /// Participants, or fen.
    pub threshold: i64,
    /// When it settles.
    pub deadline: DateTime<Utc>,
    /// Where it stands.
    pub status: CampaignStatus,
    /// Members with a non-cancelled order.
    pub participant_count: i64,
    /// Ordered amount in fen (non-cancelled orders).
    pub amount_fen: i64,
    /// When it was settled or cancelled.
    pub settled_at: Option<DateTime<Utc>>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

/// An item with what has been ordered of it.
#[derive(Debug, Clone)]
pub struct ItemRow {
    /// Id.
    pub id: Uuid,
    /// Its campaign.
    pub campaign_id: Uuid,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Unit price in fen.
    pub price_fen: i64,
    /// Union subsidy per unit in fen.
    pub subsidy_fen: i64,
    /// Cash or cash-like.
    pub cash_like: bool,
    /// Most units per member.
    pub per_member_limit: i32,
    /// Units ordered by everyone (non-cancelled).
    pub ordered_quantity: i64,
}

/// An order.
#[derive(Debug, Clone)]
pub struct OrderRow {
    /// Id.
    pub id: Uuid,
    /// Its campaign.
    pub campaign_id: Uuid,
    /// The campaign's title.
    pub campaign_title: String,
    /// The item.
    pub item_id: Uuid,
    /// Its name.
    pub item_name: String,
    /// Who ordered.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Units.
    pub quantity: i32,
    /// Unit price when ordered, fen.
    pub price_fen: i64,
    /// Unit subsidy when ordered, fen.
    pub subsidy_fen: i64,
    /// Category.
    pub category: WelfareCategory,
    /// The year the cap counts in.
    pub year: i32,
    /// Where it stands.
    pub status: OrderStatus,
    /// The refund recorded on cancellation, fen.
    pub refund_fen: Option<i64>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Ordered at.
    pub created_at: DateTime<Utc>,
    /// Cancelled at.
    pub cancelled_at: Option<DateTime<Utc>>,
}

impl OrderRow {
    /// What the member pays: (price − subsidy) × quantity.
    pub fn member_pay_fen(&self) -> i64 {
        (self.price_fen - self.subsidy_fen) * i64::from(self.quantity)
    }
}

/// A distribution.
#[derive(Debug, Clone)]
pub struct DistributionRow {
    /// Id.
    pub id: Uuid,
    /// The giving org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// The member.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Category.
    pub category: WelfareCategory,
    /// What was handed out.
    pub item_name: String,
    /// Its value, fen.
    pub value_fen: i64,
    /// Cash or cash-like.
    pub cash_like: bool,
    /// The day.
    pub distributed_on: NaiveDate,
    /// Its year.
    pub year: i32,
    /// Note.
    pub note: String,
    /// Recorded at.
    pub created_at: DateTime<Utc>,
}

/// A member's use of one category in a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryUsage {
    /// Category.
    pub category: WelfareCategory,
    /// Used, fen.
    pub used_fen: i64,
    /// The cap, fen (none: uncapped).
    pub cap_fen: Option<i64>,
}

impl CategoryUsage {
    /// What is left under the cap (never below zero).
    pub fn remaining_fen(&self) -> Option<i64> {
        self.cap_fen.map(|c| (c - self.used_fen).max(0))
    }
}

/// Totals of one category (and org) for the statistics.
#[derive(Debug, Clone)]
pub struct TotalRow {
    /// The giving org (none for the category totals).
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: Option<String>,
    /// Category.
    pub category: WelfareCategory,
    /// The union's money: subsidies of non-cancelled orders and distributions' values, fen.
    pub subsidy_fen: i64,
    /// What members paid on non-cancelled orders, fen.
    pub member_pay_fen: i64,
    /// Members who received.
    pub member_count: i64,
}

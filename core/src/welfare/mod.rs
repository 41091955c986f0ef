//! Union welfare (工会福利): group-buys (拼团) and crowdfunding (众筹) with a success threshold and
//! a deadline; orders within per-member limits and the yearly caps of the `welfare.caps` rule;
//! distributions (发放) handed out without a campaign, counted against the same caps.
//!
//! Who may do what is Casbin's `welfare` object at the org's place: `read` (a campaign's
//! orders, distributions, statistics and their export), `write` (create and cancel campaigns,
//! record distributions). Members placed at or below a campaign's org see it and order.
//!
//! What counts against a member's cap in a category and year is the union's money: an order's
//! subsidy times its quantity while it is not cancelled, and a distribution's value. Orders
//! count in the year of their campaign's deadline (Beijing time). The cap check and the write
//! run under a transaction-level advisory lock per member and year, so two orders that together
//! pass a cap cannot both succeed. At the deadline the worker settles the campaign
//! ([`SETTLE_TASK`]): success confirms the pending orders, failure cancels them and records
//! each member's refund (their share: price minus subsidy).

pub mod campaign;
pub mod distribution;
pub mod model;
pub mod orders;
pub mod rules;
pub mod stats;
mod store;

pub use campaign::{CampaignView, run_settle};
pub use model::{
    CampaignInput, CampaignKind, CampaignRow, CampaignStatus, CategoryUsage, DistributionInput,
    DistributionRow, ItemInput, ItemRow, OrderRow, OrderStatus, ThresholdKind, TotalRow,
    WelfareCategory,
};
pub use orders::Usage;
pub use stats::Statistics;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The notification category of welfare (a campaign settled or cancelled).
pub const CATEGORY: &str = "WELFARE";
/// The worker task that settles a campaign at its deadline.
pub const SETTLE_TASK: &str = "welfare_settle";

/// The payload of [`SETTLE_TASK`]: the tenant recorded when the campaign was created.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SettleJob {
    /// The tenant.
    pub tenant_id: Uuid,
    /// The campaign.
    pub campaign_id: Uuid,
}

//! The actions on orders: place one within the limits and caps, cancel one, a campaign's
//! orders, and a member's use of their caps.

use super::{
    campaign::{CampaignView, caps, load, require_org},
    model::{
        CampaignStatus, CategoryUsage, DistributionRow, OrderRow, OrderStatus, WelfareCategory,
    },
    rules, store,
};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    page::{Page, PageArgs},
};
use chrono::{Datelike, Utc};
use serde_json::json;
use uuid::Uuid;

/// The year a campaign's orders count in: the year of its deadline in Beijing time.
fn beijing_year(t: chrono::DateTime<Utc>) -> i32 {
    t.with_timezone(&chrono_tz::Asia::Shanghai).year()
}

/// The year it is now in Beijing.
pub(super) fn this_year() -> i32 {
    beijing_year(Utc::now())
}

/// Places an order for the viewer: the campaign open to them and before its deadline, the item
/// within its per-member limit, not cash-like where the rule forbids it, and its subsidy within
/// the category's yearly cap. The checks and the write run under the member's lock for the
/// year, so parallel orders that together pass a cap cannot all succeed.
pub async fn place(
    ctx: &Ctx,
    app: &App,
    campaign_id: Uuid,
    item_id: Uuid,
    quantity: i32,
) -> AppResult<(OrderRow, CampaignView)> {
    let member = ctx.member_id().ok_or(AppError::NotFound)?;
    if !(1..=100).contains(&quantity) {
        return Err(AppError::field("quantity", "数量须在 1–100 之间"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let status = store::lock_campaign(&mut tx, campaign_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = load(ctx, app, &mut tx, campaign_id).await?;
    let c = &view.campaign;
    if !store::placed_within(&mut tx, member, &c.org_path).await? {
        return Err(AppError::Denied("本活动仅面向本组织成员".into()));
    }
    if status != CampaignStatus::Open || c.deadline <= Utc::now() {
        return Err(AppError::Conflict("活动已截止，不能再下单".into()));
    }
    let item = view
        .items
        .iter()
        .find(|i| i.id == item_id)
        .ok_or_else(|| AppError::field("itemId", "商品不属于本活动"))?;
    let year = beijing_year(c.deadline);
    store::lock_member_year(&mut tx, member, year).await?;
    let caps = caps(&mut tx).await?;
    rules::check_cash("itemId", item.cash_like, &caps)?;
    let already = store::ordered_by(&mut tx, member, item.id).await?;
    rules::check_quantity(quantity, already, item.per_member_limit)?;
    let used = used_in(&mut tx, member, year, c.category).await?;
    rules::check_cap(
        c.category,
        caps.of(c.category),
        used,
        item.subsidy_fen * i64::from(quantity),
    )?;
    let id = crate::new_id();
    store::insert_order(
        &mut tx,
        &store::NewOrder {
            id,
            campaign_id,
            item_id,
            member_id: member,
            quantity,
            price_fen: item.price_fen,
            subsidy_fen: item.subsidy_fen,
            category: c.category,
            year,
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "welfare.order.place",
        "welfare_order",
        id,
        json!({ "campaign": campaign_id, "item": item_id, "quantity": quantity }),
    )
    .await?;
    let order = store::order(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = load(ctx, app, &mut tx, campaign_id).await?;
    tx.commit().await?;
    Ok((order, view))
}

/// What a member used of one category in a year, fen.
pub(super) async fn used_in(
    tx: &mut crate::db::TenantTx,
    member: Uuid,
    year: i32,
    category: WelfareCategory,
) -> AppResult<i64> {
    Ok(store::used(tx, member, year)
        .await?
        .into_iter()
        .find(|(c, _)| *c == category)
        .map_or(0, |(_, f)| f))
}

/// Cancels one of the viewer's own pending orders while its campaign is open; the member's
/// share is recorded as refunded.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(OrderRow, CampaignView)> {
    let member = ctx.member_id().ok_or(AppError::NotFound)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let order = store::order(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if order.member_id != member {
        return Err(AppError::NotFound);
    }
    let status = store::lock_campaign(&mut tx, order.campaign_id, false).await?;
    let now_status = store::lock_order(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if status != Some(CampaignStatus::Open) || now_status != OrderStatus::Pending {
        return Err(AppError::Conflict(
            "活动已结束或订单已取消，不能再取消".into(),
        ));
    }
    store::cancel_order(&mut tx, id, "本人取消").await?;
    audit::object(
        &mut tx,
        ctx,
        "welfare.order.cancel",
        "welfare_order",
        id,
        json!({ "campaign": order.campaign_id }),
    )
    .await?;
    let order = store::order(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = load(ctx, app, &mut tx, order.campaign_id).await?;
    tx.commit().await?;
    Ok((order, view))
}

/// A page of a campaign's orders, newest first (`welfare` read at its org).
pub async fn of_campaign(
    ctx: &Ctx,
    app: &App,
    campaign: Uuid,
    page: &PageArgs,
) -> AppResult<Page<OrderRow>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = store::campaign(&mut tx, campaign)
        .await?
        .ok_or(AppError::NotFound)?;
    require_org(ctx, app, &mut tx, c.org_id, "read").await?;
    let rows = store::orders_of(&mut tx, campaign, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// A member's welfare of a year: per category what is used and the cap, their orders and
/// distributions.
#[derive(Debug, Clone)]
pub struct Usage {
    /// The year.
    pub year: i32,
    /// Whether cash and cash-like items are allowed.
    pub cash_allowed: bool,
    /// Every category.
    pub categories: Vec<CategoryUsage>,
    /// Their orders of the year.
    pub orders: Vec<OrderRow>,
    /// Their distributions of the year.
    pub distributions: Vec<DistributionRow>,
}

/// The viewer's welfare of a year (this year in Beijing when absent).
pub async fn my_usage(ctx: &Ctx, app: &App, year: Option<i32>) -> AppResult<Usage> {
    let member = ctx.member_id().ok_or(AppError::NotFound)?;
    let year = year.unwrap_or_else(this_year);
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年度须在 2000–2100 之间"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let caps = caps(&mut tx).await?;
    let used = store::used(&mut tx, member, year).await?;
    let categories = WelfareCategory::ALL
        .iter()
        .map(|&category| CategoryUsage {
            category,
            used_fen: used
                .iter()
                .find(|(c, _)| *c == category)
                .map_or(0, |(_, f)| *f),
            cap_fen: caps.of(category),
        })
        .collect();
    let orders = store::member_orders(&mut tx, member, year).await?;
    let distributions = store::member_distributions(&mut tx, member, year).await?;
    tx.commit().await?;
    Ok(Usage {
        year,
        cash_allowed: caps.cash_allowed,
        categories,
        orders,
        distributions,
    })
}

//! The actions on campaigns: create, cancel, read, list, and the worker's settlement at the
//! deadline.

use super::{
    CATEGORY, SETTLE_TASK, SettleJob,
    model::{CampaignInput, CampaignRow, CampaignStatus, ItemRow, OrderRow},
    rules, store,
};
use crate::survey::model::parse_text;
use crate::tenancy::model::Name;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    db::TenantTx,
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// A campaign as a viewer sees it: its items, the viewer's orders and whether they manage it.
#[derive(Debug, Clone)]
pub struct CampaignView {
    /// The campaign and its figures.
    pub campaign: CampaignRow,
    /// Its items in order.
    pub items: Vec<ItemRow>,
    /// The viewer's orders in it, newest first.
    pub my_orders: Vec<OrderRow>,
    /// Whether the viewer holds `welfare` write at its org.
    pub can_manage: bool,
}

/// Longest description of a campaign.
pub const DESCRIPTION_MAX: usize = 2_000;
/// Longest description of an item.
pub const ITEM_DESCRIPTION_MAX: usize = 500;

/// The org's path when the viewer holds `welfare` `act` there; NOT_FOUND otherwise.
pub(super) async fn require_org(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Uuid,
    act: &str,
) -> AppResult<String> {
    crate::org::path_where(ctx, app, tx, org, catalog::WELFARE, act).await
}

/// The caps of the tenant's `welfare.caps` rule.
pub(super) async fn caps(tx: &mut TenantTx) -> AppResult<rules::Caps> {
    let rule = crate::statute::get_in(tx, "welfare.caps").await?;
    Ok(rules::Caps::from_params(rule.effective()))
}

/// Creates a campaign (`welfare` write at the org): checks the form and refuses cash-like items
/// the rule forbids; schedules its settlement at the deadline.
pub async fn create(ctx: &Ctx, app: &App, input: CampaignInput) -> AppResult<CampaignView> {
    ctx.member_id().ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, input.org_id, "write").await?;
    let title = Name::parse("title", &input.title, 100)?;
    let description = parse_text("description", input.description.as_deref(), DESCRIPTION_MAX)?;
    rules::check_threshold(input.threshold)?;
    rules::check_deadline(input.deadline, now)?;
    if input.items.is_empty() || input.items.len() > rules::MAX_ITEMS {
        return Err(AppError::field(
            "items",
            format!("请填写 1–{} 个商品", rules::MAX_ITEMS),
        ));
    }
    let caps = caps(&mut tx).await?;
    let id = crate::new_id();
    store::insert_campaign(
        &mut tx,
        &store::NewCampaign {
            id,
            org_id: input.org_id,
            kind: input.kind,
            category: input.category,
            title: title.as_str(),
            description: &description,
            threshold_kind: input.threshold_kind,
            threshold: input.threshold,
            deadline: input.deadline,
            by: ctx.member_id(),
        },
    )
    .await?;
    for (n, item) in input.items.iter().enumerate() {
        let name = Name::parse("items", &item.name, 100)?;
        let desc = parse_text("items", item.description.as_deref(), ITEM_DESCRIPTION_MAX)?;
        rules::check_price("items", item.price_fen, item.subsidy_fen)?;
        rules::check_cash("items", item.cash_like, &caps)?;
        if !(1..=100).contains(&item.per_member_limit) {
            return Err(AppError::field("items", "每人限购须在 1–100 件之间"));
        }
        store::insert_item(
            &mut tx,
            &store::NewItem {
                campaign_id: id,
                position: n as i32 + 1,
                name: name.as_str(),
                description: &desc,
                price_fen: item.price_fen,
                subsidy_fen: item.subsidy_fen,
                cash_like: item.cash_like,
                per_member_limit: item.per_member_limit,
            },
        )
        .await?;
    }
    jobs::enqueue(
        &mut tx,
        SETTLE_TASK,
        &SettleJob {
            tenant_id: ctx.tenant_id(),
            campaign_id: id,
        },
        &JobOptions {
            job_key: Some(format!("welfare-settle:{id}")),
            run_at: Some(input.deadline),
            ..JobOptions::default()
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "welfare.campaign.create",
        "welfare_campaign",
        id,
        json!({ "kind": input.kind.as_str(), "category": input.category.as_str(),
                "items": input.items.len(), "deadline": input.deadline }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// A campaign with what the viewer may see of it: members placed at or below its org see it,
/// and so do those who hold `welfare` read there; anyone else gets NOT_FOUND.
pub(super) async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<CampaignView> {
    let campaign = store::campaign(tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = Scope::Org(campaign.org_path.clone());
    let member = ctx.member_id();
    let invited = match member {
        Some(m) => store::placed_within(tx, m, &campaign.org_path).await?,
        None => false,
    };
    let reads = app
        .authz
        .allowed(ctx, &scope, catalog::WELFARE, "read")
        .await?;
    if !invited && !reads {
        return Err(AppError::NotFound);
    }
    let can_manage = app
        .authz
        .allowed(ctx, &scope, catalog::WELFARE, "write")
        .await?;
    let items = store::items(tx, &[id]).await?;
    let my_orders = match member {
        Some(m) => store::member_orders_in(tx, m, &[id]).await?,
        None => vec![],
    };
    Ok(CampaignView {
        campaign,
        items,
        my_orders,
        can_manage,
    })
}

/// One campaign as the viewer sees it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CampaignView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// A page of campaigns, newest first: of an org's sub-tree (`welfare` read there), or without
/// an org those open to the viewer.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    status: Option<CampaignStatus>,
    page: &PageArgs,
) -> AppResult<Page<CampaignView>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = match org {
        Some(org) => {
            let path = require_org(ctx, app, &mut tx, org, "read").await?;
            store::campaigns_in(&mut tx, &path, status, after, page.limit()).await?
        }
        None => {
            let Some(member) = ctx.member_id() else {
                return Ok(Page::from_fetch(vec![], page));
            };
            store::campaigns_for(&mut tx, member, status, after, page.limit()).await?
        }
    };
    // The page's items and the viewer's orders in two statements, not two per campaign.
    let ids: Vec<Uuid> = rows.iter().map(|c| c.id).collect();
    let items = store::items(&mut tx, &ids).await?;
    let orders = match ctx.member_id() {
        Some(m) => store::member_orders_in(&mut tx, m, &ids).await?,
        None => vec![],
    };
    tx.commit().await?;
    let mut rights = RightsByPath::new(catalog::WELFARE);
    let mut views = Vec::with_capacity(rows.len());
    for campaign in rows {
        let (_, write) = rights.at(&app.authz, ctx, &campaign.org_path).await?;
        let id = campaign.id;
        views.push(CampaignView {
            items: items
                .iter()
                .filter(|i| i.campaign_id == id)
                .cloned()
                .collect(),
            my_orders: orders
                .iter()
                .filter(|o| o.campaign_id == id)
                .cloned()
                .collect(),
            campaign,
            can_manage: write,
        });
    }
    Ok(Page::from_fetch(views, page))
}

/// Cancels an open campaign (`welfare` write at its org): its pending orders are cancelled with
/// their refunds recorded, and the members told.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<CampaignView> {
    let reason = parse_text("reason", Some(reason), 500)?;
    if reason.is_empty() {
        return Err(AppError::field("reason", "请填写取消原因"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let campaign = store::campaign(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_org(ctx, app, &mut tx, campaign.org_id, "write").await?;
    if store::lock_campaign(&mut tx, id, true).await? != Some(CampaignStatus::Open) {
        return Err(AppError::Conflict("活动已结束，不能取消".into()));
    }
    store::close_campaign(&mut tx, id, CampaignStatus::Cancelled, Some(&reason)).await?;
    let members = store::cancel_orders(&mut tx, id, &format!("活动已取消：{reason}")).await?;
    let written = tell(
        &mut tx,
        &campaign,
        &members,
        &format!("福利活动已取消：{}", campaign.title),
        &format!(
            "{}取消了本次活动（{reason}），您的订单已取消，已记录退款",
            campaign.org_name
        ),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "welfare.campaign.cancel",
        "welfare_campaign",
        id,
        json!({ "orders": members.len() }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Tells each member (once) what became of their orders.
async fn tell(
    tx: &mut TenantTx,
    campaign: &CampaignRow,
    members: &[Uuid],
    title: &str,
    body: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut members = members.to_vec();
    members.sort_unstable();
    members.dedup();
    Ok(notify::write_many(
        tx,
        &members,
        &notify::Broadcast {
            kind: CATEGORY,
            title,
            body,
            dedupe_prefix: &format!("welfare-settled:{}:", campaign.id),
            detail: &json!({ "campaign": campaign.id }),
        },
    )
    .await?)
}

/// The worker's settlement of a campaign at its deadline ([`SETTLE_TASK`]): succeeded when it
/// reached its threshold (pending orders confirmed), failed otherwise (pending orders cancelled,
/// refunds recorded); the members are told either way. Idempotent: a campaign already settled,
/// or not yet due, is left alone. Returns what it did.
pub async fn run_settle(app: &App, job: &SettleJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    match store::lock_campaign(&mut tx, job.campaign_id, true).await? {
        None => return Ok("gone"),
        Some(CampaignStatus::Open) => {}
        Some(_) => return Ok("already settled"),
    }
    let c = store::campaign(&mut tx, job.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.deadline > Utc::now() {
        return Ok("not due");
    }
    let outcome = rules::outcome(
        c.threshold_kind,
        c.threshold,
        c.participant_count,
        c.amount_fen,
    );
    store::close_campaign(&mut tx, c.id, outcome, None).await?;
    let (members, title, body) = if outcome == CampaignStatus::Succeeded {
        (
            store::confirm_orders(&mut tx, c.id).await?,
            format!("{}成功：{}", c.kind.label(), c.title),
            "活动已达成条件，您的订单已确认，请留意领取通知".to_string(),
        )
    } else {
        (
            store::cancel_orders(&mut tx, c.id, "未达成团条件，订单自动取消").await?,
            format!("{}未成功：{}", c.kind.label(), c.title),
            "截止时未达成条件，您的订单已自动取消，已记录退款".to_string(),
        )
    };
    let written = tell(&mut tx, &c, &members, &title, &body).await?;
    audit::object(
        &mut tx,
        &ctx,
        "welfare.campaign.settle",
        "welfare_campaign",
        c.id,
        json!({ "outcome": outcome.as_str(), "participants": c.participant_count,
                "amountFen": c.amount_fen, "orders": members.len() }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok(if outcome == CampaignStatus::Succeeded {
        "succeeded"
    } else {
        "failed"
    })
}

//! SQL of welfare.

use super::model::{
    CampaignKind, CampaignRow, CampaignStatus, DistributionRow, ItemRow, OrderRow, OrderStatus,
    ThresholdKind, TotalRow, WelfareCategory,
};
use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Selects campaigns (alias `c`) with their org (`o`) and the figures of their non-cancelled
/// orders; `$tail` is the rest of the statement, from the `where` on.
macro_rules! select_campaigns {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            CampaignRow,
            r#"select c.id, c.org_id, o.name as org_name, o.path::text as "org_path!",
                      c.kind as "kind: CampaignKind", c.category as "category: WelfareCategory",
                      c.title, c.description, c.threshold_kind as "threshold_kind: ThresholdKind",
                      c.threshold, c.deadline, c.status as "status: CampaignStatus",
                      coalesce(f.participants, 0) as "participant_count!",
                      coalesce(f.amount, 0)::bigint as "amount_fen!",
                      c.settled_at, c.cancel_reason, c.created_at
                 from welfare_campaign c
                 join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id
                 left join lateral (
                   select count(distinct w.member_id) as participants,
                          sum(w.price_fen * w.quantity) as amount
                     from welfare_order w
                    where w.tenant_id = c.tenant_id and w.campaign_id = c.id
                      and w.status <> 'CANCELLED') f on true "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Selects orders (alias `w`) with their campaign (`c`), item (`i`) and member (`m`).
macro_rules! select_orders {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            OrderRow,
            r#"select w.id, w.campaign_id, c.title as campaign_title, w.item_id, i.name as item_name,
                      w.member_id, m.name as member_name, w.quantity, w.price_fen, w.subsidy_fen,
                      w.category as "category: WelfareCategory", w.year,
                      w.status as "status: OrderStatus", w.refund_fen, w.cancel_reason,
                      w.created_at, w.cancelled_at
                 from welfare_order w
                 join welfare_campaign c on c.tenant_id = w.tenant_id and c.id = w.campaign_id
                 join welfare_item i on i.tenant_id = w.tenant_id and i.id = w.item_id
                 join member m on m.tenant_id = w.tenant_id and m.id = w.member_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Selects distributions (alias `d`) with their org (`o`) and member (`m`).
macro_rules! select_distributions {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            DistributionRow,
            r#"select d.id, d.org_id, o.name as org_name, d.member_id, m.name as member_name,
                      d.category as "category: WelfareCategory", d.item_name, d.value_fen,
                      d.cash_like, d.distributed_on, d.year, d.note, d.created_at
                 from welfare_distribution d
                 join org_unit o on o.tenant_id = d.tenant_id and o.id = d.org_id
                 join member m on m.tenant_id = d.tenant_id and m.id = d.member_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A campaign to write.
pub(super) struct NewCampaign<'a> {
    pub id: Uuid,
    pub org_id: Uuid,
    pub kind: CampaignKind,
    pub category: WelfareCategory,
    pub title: &'a str,
    pub description: &'a str,
    pub threshold_kind: ThresholdKind,
    pub threshold: i64,
    pub deadline: DateTime<Utc>,
    pub by: Option<Uuid>,
}

pub(super) async fn insert_campaign(tx: &mut TenantTx, c: &NewCampaign<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into welfare_campaign (tenant_id, id, org_id, kind, category, title, description,
             threshold_kind, threshold, deadline, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        tenant,
        c.id,
        c.org_id,
        c.kind.as_str(),
        c.category.as_str(),
        c.title,
        c.description,
        c.threshold_kind.as_str(),
        c.threshold,
        c.deadline,
        c.by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// An item to write.
pub(super) struct NewItem<'a> {
    pub campaign_id: Uuid,
    pub position: i32,
    pub name: &'a str,
    pub description: &'a str,
    pub price_fen: i64,
    pub subsidy_fen: i64,
    pub cash_like: bool,
    pub per_member_limit: i32,
}

pub(super) async fn insert_item(tx: &mut TenantTx, i: &NewItem<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into welfare_item (tenant_id, id, campaign_id, position, name, description,
             price_fen, subsidy_fen, cash_like, per_member_limit)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        crate::new_id(),
        i.campaign_id,
        i.position,
        i.name,
        i.description,
        i.price_fen,
        i.subsidy_fen,
        i.cash_like,
        i.per_member_limit,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn campaign(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CampaignRow>> {
    let tenant = tx.tenant();
    select_campaigns!("where c.tenant_id = $1 and c.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Locks a campaign's row: shared for an order (so a settlement waits for it), exclusive for
/// a settlement or a cancellation. Returns its status.
pub(super) async fn lock_campaign(
    tx: &mut TenantTx,
    id: Uuid,
    exclusive: bool,
) -> sqlx::Result<Option<CampaignStatus>> {
    let tenant = tx.tenant();
    if exclusive {
        sqlx::query_scalar!(
            r#"select status as "status: CampaignStatus" from welfare_campaign
                where tenant_id = $1 and id = $2 for update"#,
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        sqlx::query_scalar!(
            r#"select status as "status: CampaignStatus" from welfare_campaign
                where tenant_id = $1 and id = $2 for share"#,
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    }
}

/// Campaigns of an org's sub-tree, newest first, optionally of one status.
pub(super) async fn campaigns_in(
    tx: &mut TenantTx,
    org_path: &str,
    status: Option<CampaignStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CampaignRow>> {
    let tenant = tx.tenant();
    select_campaigns!(
        "where c.tenant_id = $1 and o.path <@ $2::text::ltree
           and ($3::text is null or c.status = $3) and ($4::uuid is null or c.id < $4)
          order by c.id desc limit $5",
        tenant,
        org_path,
        status.map(|s| s.as_str()),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Campaigns open to a member: those of an org at or above one of their placements.
pub(super) async fn campaigns_for(
    tx: &mut TenantTx,
    member: Uuid,
    status: Option<CampaignStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CampaignRow>> {
    let tenant = tx.tenant();
    select_campaigns!(
        "where c.tenant_id = $1
           and exists (select 1 from member m
                         join org_unit mo on mo.tenant_id = m.tenant_id
                          and mo.id in (m.party_org_id, m.org_id, m.union_org_id, m.youth_org_id)
                        where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'
                          and o.path @> mo.path)
           and ($3::text is null or c.status = $3) and ($4::uuid is null or c.id < $4)
          order by c.id desc limit $5",
        tenant,
        member,
        status.map(|s| s.as_str()),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether an active member is placed at or below an org.
pub(super) async fn placed_within(
    tx: &mut TenantTx,
    member: Uuid,
    org_path: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member m
                 join org_unit mo on mo.tenant_id = m.tenant_id
                  and mo.id in (m.party_org_id, m.org_id, m.union_org_id, m.youth_org_id)
                where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'
                  and mo.path <@ $3::text::ltree) as "inside!""#,
        tenant,
        member,
        org_path,
    )
    .fetch_one(tx.conn())
    .await
}

/// The items of campaigns, each campaign's in order, with the units ordered of each.
pub(super) async fn items(tx: &mut TenantTx, campaigns: &[Uuid]) -> sqlx::Result<Vec<ItemRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ItemRow,
        r#"select i.id, i.campaign_id, i.name, i.description, i.price_fen, i.subsidy_fen,
                  i.cash_like, i.per_member_limit,
                  coalesce((select sum(w.quantity) from welfare_order w
                             where w.tenant_id = i.tenant_id and w.item_id = i.id
                               and w.status <> 'CANCELLED'), 0)::bigint as "ordered_quantity!"
             from welfare_item i
            where i.tenant_id = $1 and i.campaign_id = any($2)
            order by i.campaign_id, i.position"#,
        tenant,
        campaigns,
    )
    .fetch_all(tx.conn())
    .await
}

/// Serialises a member's welfare of one year: every cap check and write for them waits here
/// until the transaction ends.
pub(super) async fn lock_member_year(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
) -> sqlx::Result<()> {
    let key = format!("welfare:{}:{member}:{year}", tx.tenant());
    sqlx::query!("select pg_advisory_xact_lock(hashtextextended($1, 0))", key)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// What a member used of each category in a year, in fen: subsidies of their non-cancelled
/// orders and the values of their distributions.
pub(super) async fn used(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
) -> sqlx::Result<Vec<(WelfareCategory, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select category as "category!: WelfareCategory", sum(fen)::bigint as "fen!" from (
             select category, subsidy_fen * quantity as fen from welfare_order
              where tenant_id = $1 and member_id = $2 and year = $3 and status <> 'CANCELLED'
             union all
             select category, value_fen from welfare_distribution
              where tenant_id = $1 and member_id = $2 and year = $3) u
            group by category"#,
        tenant,
        member,
        year,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.category, r.fen)).collect())
}

/// Units of an item a member has ordered (non-cancelled).
pub(super) async fn ordered_by(tx: &mut TenantTx, member: Uuid, item: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select coalesce(sum(quantity), 0)::bigint as "n!" from welfare_order
            where tenant_id = $1 and member_id = $2 and item_id = $3 and status <> 'CANCELLED'"#,
        tenant,
        member,
        item,
    )
    .fetch_one(tx.conn())
    .await
}

/// An order to write.
pub(super) struct NewOrder {
    pub id: Uuid,
    pub campaign_id: Uuid,
    pub item_id: Uuid,
    pub member_id: Uuid,
    pub quantity: i32,
    pub price_fen: i64,
    pub subsidy_fen: i64,
    pub category: WelfareCategory,
    pub year: i32,
}

pub(super) async fn insert_order(tx: &mut TenantTx, o: &NewOrder) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into welfare_order (tenant_id, id, campaign_id, item_id, member_id, quantity,
             price_fen, subsidy_fen, category, year)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        o.id,
        o.campaign_id,
        o.item_id,
        o.member_id,
        o.quantity,
        o.price_fen,
        o.subsidy_fen,
        o.category.as_str(),
        o.year,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn order(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<OrderRow>> {
    let tenant = tx.tenant();
    select_orders!("where w.tenant_id = $1 and w.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Locks an order's row; its status.
pub(super) async fn lock_order(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<OrderStatus>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select status as "status: OrderStatus" from welfare_order
            where tenant_id = $1 and id = $2 for update"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Cancels one pending order, recording the member's share as refunded.
pub(super) async fn cancel_order(tx: &mut TenantTx, id: Uuid, reason: &str) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update welfare_order
            set status = 'CANCELLED', cancelled_at = now(), cancel_reason = $3,
                refund_fen = (price_fen - subsidy_fen) * quantity
          where tenant_id = $1 and id = $2 and status = 'PENDING'",
        tenant,
        id,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A campaign's orders, newest first.
pub(super) async fn orders_of(
    tx: &mut TenantTx,
    campaign: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<OrderRow>> {
    let tenant = tx.tenant();
    select_orders!(
        "where w.tenant_id = $1 and w.campaign_id = $2 and ($3::uuid is null or w.id < $3)
          order by w.id desc limit $4",
        tenant,
        campaign,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's orders in the given campaigns, newest first.
pub(super) async fn member_orders_in(
    tx: &mut TenantTx,
    member: Uuid,
    campaigns: &[Uuid],
) -> sqlx::Result<Vec<OrderRow>> {
    let tenant = tx.tenant();
    select_orders!(
        "where w.tenant_id = $1 and w.member_id = $2 and w.campaign_id = any($3)
          order by w.id desc",
        tenant,
        member,
        campaigns,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's orders of a year, newest first.
pub(super) async fn member_orders(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
) -> sqlx::Result<Vec<OrderRow>> {
    let tenant = tx.tenant();
    select_orders!(
        "where w.tenant_id = $1 and w.member_id = $2 and w.year = $3 order by w.id desc limit 500",
        tenant,
        member,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// Ends an open campaign: its new status, and the reason when cancelled.
pub(super) async fn close_campaign(
    tx: &mut TenantTx,
    id: Uuid,
    status: CampaignStatus,
    reason: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update welfare_campaign set status = $3, settled_at = now(), cancel_reason = $4
          where tenant_id = $1 and id = $2 and status = 'OPEN'",
        tenant,
        id,
        status.as_str(),
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Confirms a campaign's pending orders; the members concerned.
pub(super) async fn confirm_orders(tx: &mut TenantTx, campaign: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update welfare_order set status = 'CONFIRMED'
          where tenant_id = $1 and campaign_id = $2 and status = 'PENDING'
          returning member_id",
        tenant,
        campaign,
    )
    .fetch_all(tx.conn())
    .await
}

/// Cancels a campaign's pending orders and records each member's refund; the members concerned.
pub(super) async fn cancel_orders(
    tx: &mut TenantTx,
    campaign: Uuid,
    reason: &str,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update welfare_order
            set status = 'CANCELLED', cancelled_at = now(), cancel_reason = $3,
                refund_fen = (price_fen - subsidy_fen) * quantity
          where tenant_id = $1 and campaign_id = $2 and status = 'PENDING'
          returning member_id",
        tenant,
        campaign,
        reason,
    )
    .fetch_all(tx.conn())
    .await
}

/// A distribution to write.
pub(super) struct NewDistribution<'a> {
    pub id: Uuid,
    pub org_id: Uuid,
    pub member_id: Uuid,
    pub category: WelfareCategory,
    pub item_name: &'a str,
    pub value_fen: i64,
    pub cash_like: bool,
    pub distributed_on: NaiveDate,
    pub year: i32,
    pub note: &'a str,
    pub by: Option<Uuid>,
}

pub(super) async fn insert_distribution(
    tx: &mut TenantTx,
    d: &NewDistribution<'_>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into welfare_distribution (tenant_id, id, org_id, member_id, category, item_name,
             value_fen, cash_like, distributed_on, year, note, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        tenant,
        d.id,
        d.org_id,
        d.member_id,
        d.category.as_str(),
        d.item_name,
        d.value_fen,
        d.cash_like,
        d.distributed_on,
        d.year,
        d.note,
        d.by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn distribution(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<DistributionRow>> {
    let tenant = tx.tenant();
    select_distributions!("where d.tenant_id = $1 and d.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Distributions by orgs of a sub-tree, newest first, optionally of one year.
pub(super) async fn distributions_in(
    tx: &mut TenantTx,
    org_path: &str,
    year: Option<i32>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<DistributionRow>> {
    let tenant = tx.tenant();
    select_distributions!(
        "where d.tenant_id = $1 and o.path <@ $2::text::ltree
           and ($3::int is null or d.year = $3) and ($4::uuid is null or d.id < $4)
          order by d.id desc limit $5",
        tenant,
        org_path,
        year,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's distributions of a year, newest first.
pub(super) async fn member_distributions(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
) -> sqlx::Result<Vec<DistributionRow>> {
    let tenant = tx.tenant();
    select_distributions!(
        "where d.tenant_id = $1 and d.member_id = $2 and d.year = $3 order by d.id desc limit 500",
        tenant,
        member,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// The year's welfare given by the orgs of a sub-tree, per giving org and category: the union's
/// money, what members paid, and how many members received.
pub(super) async fn totals(
    tx: &mut TenantTx,
    org_path: &str,
    year: i32,
) -> sqlx::Result<Vec<TotalRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        TotalRow,
        r#"with given as (
             select c.org_id, w.category, w.member_id, w.subsidy_fen * w.quantity as subsidy,
                    (w.price_fen - w.subsidy_fen) * w.quantity as paid
               from welfare_order w
               join welfare_campaign c on c.tenant_id = w.tenant_id and c.id = w.campaign_id
              where w.tenant_id = $1 and w.year = $3 and w.status <> 'CANCELLED'
             union all
             select d.org_id, d.category, d.member_id, d.value_fen, 0
               from welfare_distribution d
              where d.tenant_id = $1 and d.year = $3)
           select g.org_id as "org_id?", o.name as "org_name?",
                  g.category as "category!: WelfareCategory",
                  sum(g.subsidy)::bigint as "subsidy_fen!", sum(g.paid)::bigint as "member_pay_fen!",
                  count(distinct g.member_id) as "member_count!"
             from given g
             join org_unit o on o.tenant_id = $1 and o.id = g.org_id
            where o.path <@ $2::text::ltree
            group by grouping sets ((g.category), (g.org_id, o.name, o.path, g.category))
            order by o.path nulls first, g.category"#,
        tenant,
        org_path,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

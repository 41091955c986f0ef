//! Distributions (发放): welfare handed out without a campaign, counted against the same caps.

use super::{
    campaign::{caps, require_org},
    model::{DistributionInput, DistributionRow},
    orders::used_in,
    rules, store,
};
use crate::survey::model::parse_text;
use crate::tenancy::model::Name;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    page::{Page, PageArgs},
};
use chrono::Datelike;
use serde_json::json;
use uuid::Uuid;

/// Records a distribution (`welfare` write at the org) to a member placed in its sub-tree:
/// not cash-like where the rule forbids it, and within the category's yearly cap, checked
/// under the member's lock for the year like an order.
pub async fn record(ctx: &Ctx, app: &App, input: DistributionInput) -> AppResult<DistributionRow> {
    ctx.member_id().ok_or(AppError::NotFound)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = require_org(ctx, app, &mut tx, input.org_id, "write").await?;
    let item_name = Name::parse("itemName", &input.item_name, 100)?;
    let note = parse_text("note", input.note.as_deref(), 500)?;
    if !(1..=rules::MAX_PRICE_FEN).contains(&input.value_fen) {
        return Err(AppError::field(
            "valueFen",
            format!("价值须在 0.01–{} 元之间", rules::yuan(rules::MAX_PRICE_FEN)),
        ));
    }
    let year = input.distributed_on.year();
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field(
            "distributedOn",
            "发放日期须在 2000–2100 年之间",
        ));
    }
    if !store::placed_within(&mut tx, input.member_id, &path).await? {
        return Err(AppError::field("memberId", "该成员不在本组织及下级组织中"));
    }
    store::lock_member_year(&mut tx, input.member_id, year).await?;
    let caps = caps(&mut tx).await?;
    rules::check_cash("cashLike", input.cash_like, &caps)?;
    let used = used_in(&mut tx, input.member_id, year, input.category).await?;
    rules::check_cap(
        input.category,
        caps.of(input.category),
        used,
        input.value_fen,
    )
    .map_err(|e| match e {
        AppError::Validation { message, .. } => AppError::field("valueFen", message),
        e => e,
    })?;
    let id = crate::new_id();
    store::insert_distribution(
        &mut tx,
        &store::NewDistribution {
            id,
            org_id: input.org_id,
            member_id: input.member_id,
            category: input.category,
            item_name: item_name.as_str(),
            value_fen: input.value_fen,
            cash_like: input.cash_like,
            distributed_on: input.distributed_on,
            year,
            note: &note,
            by: ctx.member_id(),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "welfare.distribution.record",
        "welfare_distribution",
        id,
        json!({ "member": input.member_id, "category": input.category.as_str(),
                "valueFen": input.value_fen }),
    )
    .await?;
    let row = store::distribution(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A page of the distributions by orgs of a sub-tree (`welfare` read there), newest first.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: Option<i32>,
    page: &PageArgs,
) -> AppResult<Page<DistributionRow>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = store::distributions_in(&mut tx, &path, year, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

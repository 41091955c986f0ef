//! The reporter's side: following a report up by its receipt code without logging in, and a
//! real-name reporter's own reports.

use super::keys::TenantKeys;
use super::model::{MessageAuthor, ReportRow};
use super::service::{me, shanghai, tell_handlers, write_message};
use super::view::{self, ReporterView};
use super::{rules, store};
use crate::db::TenantTx;
use crate::page::{Page, PageArgs};
use crate::{App, AppError, AppResult, Ctx, audit, notify, system};
use serde_json::json;
use std::time::Instant;
use uuid::Uuid;

/// The tenant context and report behind a receipt code; `NOT_FOUND` for a code of the wrong
/// shape, an unknown one, or one whose report was deleted, and `RATE_LIMITED` once the client
/// address guessed wrong too often.
async fn by_code(app: &App, addr: Option<&str>, code: &str) -> AppResult<(Ctx, Uuid)> {
    let addr = addr.unwrap_or("unknown");
    let now = Instant::now();
    if !app.receipt_guard.allows(addr, now) {
        return Err(AppError::RateLimited(
            "查询码错误次数过多，请稍后再试".into(),
        ));
    }
    let found = match rules::normalize_receipt(code) {
        Some(code) => system::report_receipt(&app.db, &rules::receipt_hash(&code)).await?,
        None => None,
    };
    let Some((tenant, report)) = found else {
        app.receipt_guard.failed(addr, now);
        return Err(AppError::NotFound);
    };
    Ok((Ctx::system(tenant), report))
}

/// The report behind a receipt code, as its reporter sees it (`addr`: the client's address,
/// whose wrong codes are counted).
pub async fn by_receipt(app: &App, addr: Option<&str>, code: &str) -> AppResult<ReporterView> {
    let (ctx, id) = by_code(app, addr, code).await?;
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view::reporter(app, &mut tx, &mut TenantKeys::default(), &row, false).await?;
    tx.commit().await?;
    Ok(view)
}

async fn reply(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    row: &ReportRow,
    body: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let now = store::now(tx).await?;
    let key = view::report_key(app, tx, &mut TenantKeys::default(), row).await?;
    write_message(tx, &key, row.id, MessageAuthor::Reporter, None, body, now).await?;
    let written = tell_handlers(
        tx,
        app,
        row.handling_org_id,
        row.accused_member_id,
        row.id,
        "检举人补充了信息",
        &format!(
            "{} 收到检举人的新消息，请在检举控告办理中查看。",
            shanghai(now)
        ),
        &format!("reply:{now}"),
    )
    .await?;
    audit::object(tx, ctx, "report.reply", "report", row.id, json!({})).await?;
    Ok(written)
}

/// The reporter answers by receipt code (anonymous or not): the message names no one.
pub async fn reply_by_receipt(
    app: &App,
    addr: Option<&str>,
    code: &str,
    body: &str,
) -> AppResult<ReporterView> {
    let body = crate::text::checked("body", body, rules::MAX_MESSAGE, true, true)?;
    let (ctx, id) = by_code(app, addr, code).await?;
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let written = reply(&ctx, app, &mut tx, &row, &body).await?;
    let view = view::reporter(app, &mut tx, &mut TenantKeys::default(), &row, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// A real-name reporter's own reports, newest first.
pub async fn mine(ctx: &Ctx, app: &App, page: &PageArgs) -> AppResult<Page<ReporterView>> {
    let me = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page_mine(&mut tx, me, page.after_uuid()?, page.limit()).await?;
    let mut keys = TenantKeys::default();
    let mut views = Vec::with_capacity(rows.len());
    for row in &rows {
        views.push(view::reporter(app, &mut tx, &mut keys, row, true).await?);
    }
    tx.commit().await?;
    Ok(Page::from_fetch(views, page))
}

/// A real-name reporter answers on their own report.
pub async fn reply_to_mine(ctx: &Ctx, app: &App, id: Uuid, body: &str) -> AppResult<ReporterView> {
    let me = me(ctx)?;
    let body = crate::text::checked("body", body, rules::MAX_MESSAGE, true, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if row.reporter_member_id != Some(me) {
        return Err(AppError::NotFound);
    }
    let written = reply(ctx, app, &mut tx, &row, &body).await?;
    let view = view::reporter(app, &mut tx, &mut TenantKeys::default(), &row, true).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

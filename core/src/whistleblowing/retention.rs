//! The deadlines' reminders and escalation, and deletion when the retention period ends.

use super::model::{ReportRow, ReportStatus};
use super::service::{shanghai, tell_handlers};
use super::{ACCEPTANCE_KIND, RESULT_KIND, RETENTION_KIND, TRANSFER_KIND, store};
use crate::reminder::{Handlers, Turn};
use crate::{App, AppResult, Ctx, audit, notify, system};
use serde_json::json;

/// Lets the reminder engine hand the reports' deadlines to this module.
pub(crate) fn register_reminders(handlers: &mut Handlers) {
    handlers.register(ACCEPTANCE_KIND, |app, turn| Box::pin(remind(app, turn)));
    handlers.register(RESULT_KIND, |app, turn| Box::pin(remind(app, turn)));
    handlers.register(TRANSFER_KIND, |app, turn| Box::pin(remind(app, turn)));
    handlers.register(RETENTION_KIND, |app, turn| Box::pin(retain(app, turn)));
}

/// Whether the step the deadline waits for is still missing.
fn still_due(row: &ReportRow, turn: &Turn) -> bool {
    if row.transfer_item_id == Some(turn.item) {
        // Reminded before and at it only.
        return row.status == ReportStatus::Received && turn.offset_minutes <= 0;
    }
    if row.due_item_id != Some(turn.item) {
        return false;
    }
    if row.status == ReportStatus::Received {
        return true;
    }
    row.status == ReportStatus::Concluded && row.result_notified_at.is_none()
}

/// One reminder of the transfer, acceptance or result deadline: before and at it to the
/// handling org's inspectors; after the acceptance or result deadline to the inspectors one
/// level up (escalation), with a step in the trail. None reaches the accused.
async fn remind(app: &App, turn: Turn) -> AppResult<usize> {
    let ctx = Ctx::system(turn.tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(row) = store::by_due_item(&mut tx, turn.item).await? else {
        return Ok(0);
    };
    if !still_due(&row, &turn) {
        return Ok(0);
    }
    let (what, due) = if row.transfer_item_id == Some(turn.item) {
        ("转办", row.transfer_due_at)
    } else if row.status == ReportStatus::Received {
        ("受理", row.acceptance_due_at)
    } else {
        (
            "结果反馈",
            row.result_due_at.unwrap_or(row.acceptance_due_at),
        )
    };
    let escalate = turn.offset_minutes > 0;
    let org = if escalate {
        store::live_parent(&mut tx, row.handling_org_id)
            .await?
            .flatten()
            .unwrap_or(row.handling_org_id)
    } else {
        row.handling_org_id
    };
    let heading = match turn.offset_minutes {
        o if o < 0 => format!("检举控告{what}临期提醒"),
        0 => format!("检举控告{what}到期提醒"),
        _ => format!("检举控告{what}逾期督办"),
    };
    let body = format!(
        "{what}期限 {}（{}）。",
        shanghai(due),
        match (escalate, what) {
            (true, _) => "下级纪检人员未按期办理，请督办",
            (false, "转办") => "不属本级管辖的，请在期限内转送有权处理的机关",
            _ => "请按期办理",
        }
    );
    let written = tell_handlers(
        &mut tx,
        app,
        org,
        row.accused_member_id,
        row.id,
        &heading,
        &body,
        &format!("due:{}:{}", turn.item, turn.position),
    )
    .await?;
    if escalate {
        let at = store::now(&mut tx).await?;
        store::insert_step(
            &mut tx,
            &store::NewStep {
                id: crate::new_id(),
                report: row.id,
                action: "ESCALATE",
                from: row.status,
                to: row.status,
                note_ct: None,
                actor: None,
                at,
            },
        )
        .await?;
    }
    tx.commit().await?;
    notify::announce(app, turn.tenant, &written).await;
    Ok(written.len())
}

/// Before the retention period ends, the handlers are told; when it ends, the report is
/// deleted for good: its evidence objects, its rows (messages, steps and files go with it, and
/// with the row its wrapped key) and its receipt code.
async fn retain(app: &App, turn: Turn) -> AppResult<usize> {
    let ctx = Ctx::system(turn.tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(row) = store::by_due_item(&mut tx, turn.item).await? else {
        return Ok(0);
    };
    if row.retention_item_id != Some(turn.item) {
        return Ok(0);
    }
    let now = store::now(&mut tx).await?;
    // The reminder at the due time (offset 0, `atDue` of the rule) is the deletion.
    if turn.offset_minutes < 0 {
        let written = tell_handlers(
            &mut tx,
            app,
            row.handling_org_id,
            row.accused_member_id,
            row.id,
            "检举控告即将按保存期限删除",
            &format!(
                "{} 到期后，该检举控告及其材料将被安全删除且无法恢复；需要留存的请按档案制度归档。",
                shanghai(row.expires_at.unwrap_or(now))
            ),
            &format!("retention:{}", turn.position),
        )
        .await?;
        tx.commit().await?;
        notify::announce(app, turn.tenant, &written).await;
        return Ok(written.len());
    }
    let files = store::files(&mut tx, row.id).await?;
    for f in &files {
        app.files.delete(&f.storage_key).await.ok();
    }
    store::delete(&mut tx, row.id).await?;
    crate::reminder::done_in(&mut tx, turn.item).await?;
    audit::object(
        &mut tx,
        &ctx,
        "report.expire",
        "report",
        row.id,
        json!({ "files": files.len() }),
    )
    .await?;
    tx.commit().await?;
    system::delete_report_receipt(&app.db, turn.tenant, row.id).await?;
    Ok(0)
}

/// Deletes every tenant's evidence uploads no report claimed within a day; returns how many.
pub async fn sweep_all_uploads(app: &App) -> AppResult<usize> {
    let mut n = 0;
    for tenant in system::tenants_with_report_keys(&app.db).await? {
        n += sweep_uploads(app, tenant).await?;
    }
    Ok(n)
}

/// Deletes a tenant's evidence uploads no report claimed within a day; returns how many.
pub async fn sweep_uploads(app: &App, tenant: uuid::Uuid) -> AppResult<usize> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let now = store::now(&mut tx).await?;
    let stale = store::stale_uploads(&mut tx, now - chrono::Duration::days(1)).await?;
    for (id, key) in &stale {
        app.files.delete(key).await.ok();
        store::delete_file(&mut tx, *id).await?;
    }
    tx.commit().await?;
    Ok(stale.len())
}

//! Retention actions: the daily purge, the policy in force with a dry run, and the record.

use super::{
    RetentionPolicy,
    rules::{RULE, cutoff, retention},
    store::{self, PurgeRow},
};
use crate::{
    App, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog::AUDIT},
    page::{Page, PageArgs},
    statute,
};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// The worker's daily job that purges every tenant's expired data.
pub const PURGE_TASK: &str = "purge_expired_data";

/// What one tenant's purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeOutcome {
    /// Audit rows deleted.
    pub audit_rows: i64,
    /// Read notifications deleted.
    pub notifications: i64,
}

/// Purges one tenant's data older than its retention at `now`, records each purge and audits
/// it (in the chain that was just shortened, so the record itself stays).
pub async fn purge_in(app: &App, tenant: Uuid, now: DateTime<Utc>) -> AppResult<PurgeOutcome> {
    let ctx = Ctx::system(tenant);
    let mut tx = crate::system::begin_for_tenant(&app.db, tenant).await?;
    let rule = statute::get_in(&mut tx, RULE).await?;
    let r = retention(rule.effective());
    let audit_days = i32::try_from(r.audit_log_days).unwrap_or(i32::MAX);
    let read_days = i32::try_from(r.read_notification_days).unwrap_or(i32::MAX);
    let outcome = PurgeOutcome {
        audit_rows: store::purge_audit(&mut tx, cutoff(now, r.audit_log_days), audit_days).await?,
        notifications: store::purge_notifications(
            &mut tx,
            cutoff(now, r.read_notification_days),
            read_days,
        )
        .await?,
    };
    if outcome != PurgeOutcome::default() {
        audit::record(
            &mut tx,
            &ctx,
            Entry {
                action: "retention.purge",
                object_type: "tenant",
                object_id: Some(tenant.to_string()),
                detail: json!({
                    "auditRows": outcome.audit_rows,
                    "notifications": outcome.notifications,
                    "auditLogDays": r.audit_log_days,
                    "readNotificationDays": r.read_notification_days,
                }),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(outcome)
}

/// The daily purge over every tenant; returns how many rows were deleted in all.
pub async fn purge_all(app: &App, now: DateTime<Utc>) -> AppResult<i64> {
    let mut total = 0;
    for tenant in crate::system::all_tenants(&app.db).await? {
        let o = purge_in(app, tenant, now).await?;
        total += o.audit_rows + o.notifications;
    }
    Ok(total)
}

/// The retention in force and what a purge now would delete (those who read the audit log).
pub async fn policy(ctx: &Ctx, app: &App) -> AppResult<RetentionPolicy> {
    policy_at(ctx, app, Utc::now()).await
}

/// [`policy`] with what a purge at `now` would delete: the dry run of [`purge_in`] at `now`.
pub async fn policy_at(ctx: &Ctx, app: &App, now: DateTime<Utc>) -> AppResult<RetentionPolicy> {
    app.authz
        .require(ctx, &Scope::Tenant, AUDIT, "read")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rule = statute::get_in(&mut tx, RULE).await?;
    let r = retention(rule.effective());
    let due_notifications =
        store::due_notifications(&mut tx, cutoff(now, r.read_notification_days)).await?;
    tx.commit().await?;
    // The runtime role cannot read the audit log; its count comes from the system pool.
    let mut sys = crate::system::begin_for_tenant(&app.db, ctx.tenant_id).await?;
    let due_audit_rows = store::due_audit_rows(&mut sys, cutoff(now, r.audit_log_days)).await?;
    sys.commit().await?;
    Ok(RetentionPolicy {
        retention: r,
        source: rule.effective_source().to_owned(),
        overridden: rule.override_params.is_some(),
        due_audit_rows,
        due_notifications,
    })
}

/// The tenant's purges, newest first (those who read the audit log).
pub async fn purges(ctx: &Ctx, app: &App, args: &PageArgs) -> AppResult<Page<PurgeRow>> {
    app.authz
        .require(ctx, &Scope::Tenant, AUDIT, "read")
        .await?;
    let before = args.after_i64()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page(&mut tx, before, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

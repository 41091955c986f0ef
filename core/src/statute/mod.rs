//! The statutory-rule registry: rules as data with provenance, tenant overrides, and the
//! effective parameters every domain module reads (never constants).

mod bounds;
mod choices;
mod shape;
mod store;

pub use bounds::{bounds, check_bounds};
pub use choices::{check_choices, choices};
pub use shape::check_override;

use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::Scope,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

/// A rule with its default and effective parameters.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RuleRow {
    /// Stable key, e.g. `party.probation`.
    pub key: String,
    /// Area (党费, 发展党员 …).
    pub area: String,
    /// What the rule says.
    pub title: String,
    /// The statutory default parameters.
    pub default_params: Value,
    /// Where the default comes from.
    pub source: String,
    /// The tenant's parameters, when it overrides the rule.
    pub override_params: Option<Value>,
    /// The tenant's own source for its override.
    pub override_source: Option<String>,
    /// When the override was last changed.
    pub overridden_at: Option<DateTime<Utc>>,
}

impl RuleRow {
    /// The parameters in force for the tenant.
    pub fn effective(&self) -> &Value {
        self.override_params
            .as_ref()
            .unwrap_or(&self.default_params)
    }

    /// The source behind the parameters in force.
    pub fn effective_source(&self) -> &str {
        self.override_source.as_deref().unwrap_or(&self.source)
    }
}

/// Every rule with the tenant's effective values (any signed-in member may read them: they
/// explain reminders and refusals).
pub async fn list(ctx: &Ctx, app: &App) -> AppResult<Vec<RuleRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list(&mut tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// One rule with the tenant's effective values.
pub async fn get(ctx: &Ctx, app: &App, key: &str) -> AppResult<RuleRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, key).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// One rule with the tenant's effective values, read inside the caller's transaction.
pub(crate) async fn get_in(tx: &mut TenantTx, key: &str) -> AppResult<RuleRow> {
    store::get(tx, key).await?.ok_or(AppError::NotFound)
}

/// Overrides a rule's parameters for the tenant, with the tenant's own source. The new
/// parameters must have the same shape as the defaults (same keys, same kinds of values).
pub async fn set_override(
    ctx: &Ctx,
    app: &App,
    key: &str,
    params: Value,
    source_note: &str,
) -> AppResult<RuleRow> {
    app.authz
        .require(ctx, &Scope::Tenant, "tenant", "write")
        .await?;
    let note = source_note.trim();
    if note.is_empty() || note.chars().count() > 500 {
        return Err(AppError::field(
            "sourceNote",
            "请填写依据（1–500 字），例如本省或本单位的文件名称",
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rule = store::get(&mut tx, key).await?.ok_or(AppError::NotFound)?;
    check_override(&rule.default_params, &params)
        .and_then(|()| check_choices(key, &params))
        .and_then(|()| check_bounds(key, &params))
        .map_err(|m| AppError::field("params", m))?;
    store::upsert_override(&mut tx, key, &params, note, ctx.actor_id()).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "rule.override",
            object_type: "rule",
            object_id: Some(key.into()),
            detail: json!({ "params": params, "source": note }),
        },
    )
    .await?;
    let row = store::get(&mut tx, key).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Drops the tenant's override; the statutory default applies again.
pub async fn reset(ctx: &Ctx, app: &App, key: &str) -> AppResult<RuleRow> {
    app.authz
        .require(ctx, &Scope::Tenant, "tenant", "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::delete_override(&mut tx, key).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "rule.reset",
            object_type: "rule",
            object_id: Some(key.into()),
            detail: json!({}),
        },
    )
    .await?;
    let row = store::get(&mut tx, key).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

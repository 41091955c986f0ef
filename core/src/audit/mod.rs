//! The tamper-evident audit log: every mutation writes a row; the runtime role can only insert.

mod log_store;

use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    page::{Page, PageArgs},
};
use serde_json::Value;

/// Outcome recorded with an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done.
    Ok,
    /// Refused by authorization.
    Denied,
    /// Failed validation or otherwise.
    Failed,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "OK",
            Outcome::Denied => "DENIED",
            Outcome::Failed => "FAILED",
        }
    }
}

/// What is being recorded.
pub struct Entry<'a> {
    /// Dotted action name, e.g. `org.create`.
    pub action: &'a str,
    /// Object type, e.g. `org_unit`.
    pub object_type: &'a str,
    /// Object id, when there is one.
    pub object_id: Option<String>,
    /// Extra facts (never secrets).
    pub detail: Value,
}

/// Writes an audit row inside the caller's transaction (the change and its record commit
/// together).
pub async fn record(tx: &mut TenantTx, ctx: &Ctx, entry: Entry<'_>) -> AppResult<()> {
    store::insert(tx, ctx, &entry, Outcome::Ok).await?;
    Ok(())
}

/// Records an action on one object: [`record`] for the common case of a typed object and id.
pub async fn object(
    tx: &mut TenantTx,
    ctx: &Ctx,
    action: &str,
    object_type: &str,
    id: uuid::Uuid,
    detail: Value,
) -> AppResult<()> {
    record(
        tx,
        ctx,
        Entry {
            action,
            object_type,
            object_id: Some(id.to_string()),
            detail,
        },
    )
    .await
}

/// Records a refused or failed action in a transaction of its own, so it survives the
/// rollback of the action.
pub async fn record_failure(db: &crate::Db, ctx: &Ctx, entry: Entry<'_>, outcome: Outcome) {
    let result = async {
        let mut tx = db.begin_tenant(ctx).await?;
        store::insert(&mut tx, ctx, &entry, outcome).await?;
        tx.commit().await
    }
    .await;
    if let Err(e) = result {
        tracing::error!(error = %e, action = entry.action, "audit row for a failed action not written");
    }
}

/// One audit row as shown to tenant admins.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    /// Position in the tenant's chain.
    pub id: i64,
    /// When.
    pub at: chrono::DateTime<chrono::Utc>,
    /// `member`, `api_key` or `system`.
    pub actor_kind: String,
    /// The actor's id.
    pub actor_id: Option<uuid::Uuid>,
    /// The actor's name, when a member.
    pub actor_name: Option<String>,
    /// Action name.
    pub action: String,
    /// Object type.
    pub object_type: String,
    /// Object id.
    pub object_id: Option<String>,
    /// `OK`, `DENIED` or `FAILED`.
    pub result: String,
    /// Request id.
    pub request_id: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Extra facts.
    pub detail: Value,
}

/// Filters of the audit log.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Action prefix, e.g. `member.`.
    pub action: Option<String>,
    /// Actor id.
    pub actor_id: Option<uuid::Uuid>,
}

/// The tenant's audit log, newest first (tenant admins only).
pub async fn list(
    ctx: &Ctx,
    app: &App,
    filter: &AuditFilter,
    args: &PageArgs,
) -> AppResult<Page<AuditRow>> {
    app.authz
        .require(
            ctx,
            &crate::authz::Scope::Tenant,
            crate::authz::catalog::AUDIT,
            "read",
        )
        .await?;
    // A filter by a member who is not in the tenant is NOT_FOUND, not an empty page. The log
    // itself is read through the system pool; the member is looked up under the tenant's RLS.
    if let Some(actor) = filter.actor_id {
        let mut tx = app.db.begin_tenant(ctx).await?;
        crate::member::store::get(&mut tx, actor)
            .await?
            .ok_or(AppError::NotFound)?;
        tx.commit().await?;
    }
    let rows = log_store::page(&app.db, ctx.tenant_id, filter, args).await?;
    Ok(Page::from_fetch(rows, args))
}

/// The first row whose hash does not match its content, or `None` when the chain is intact.
pub async fn first_break(ctx: &Ctx, app: &App) -> AppResult<Option<i64>> {
    app.authz
        .require(
            ctx,
            &crate::authz::Scope::Tenant,
            crate::authz::catalog::AUDIT,
            "read",
        )
        .await?;
    Ok(log_store::first_break(&app.db, ctx.tenant_id).await?)
}

mod store {
    use super::{Entry, Outcome};
    use crate::Ctx;
    use crate::db::TenantTx;

    pub(super) async fn insert(
        tx: &mut TenantTx,
        ctx: &Ctx,
        e: &Entry<'_>,
        outcome: Outcome,
    ) -> sqlx::Result<()> {
        sqlx::query!(
            "insert into audit_log (tenant_id, actor_kind, actor_id, action, object_type,
                                    object_id, result, request_id, ip, detail)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            ctx.tenant_id,
            ctx.actor_kind(),
            ctx.actor_id(),
            e.action,
            e.object_type,
            e.object_id.as_deref(),
            outcome.as_str(),
            &ctx.request_id,
            ctx.ip.as_deref(),
            &e.detail,
        )
        .execute(tx.conn())
        .await?;
        Ok(())
    }
}

//! API keys for integrators: created (shown once), listed, revoked; each holds one role
//! tenant-wide.

use super::{store, token};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{self, Scope, catalog},
    tenancy::model::Name,
};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// An API key as admins see it (never the secret).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKeyRow {
    /// Id.
    pub id: Uuid,
    /// What it is for.
    pub name: String,
    /// The first characters of the key, to recognise it.
    pub prefix: String,
    /// The role it holds.
    pub role: String,
    /// Who created it.
    pub created_by: Uuid,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Creates a key holding `role`; returns the row and the secret (shown once).
pub async fn create_api_key(
    ctx: &Ctx,
    app: &App,
    name: &str,
    role: &str,
) -> AppResult<(ApiKeyRow, String)> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::API_KEY, "write")
        .await?;
    let name = Name::parse("name", name, 60)?;
    let creator = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !authz::store::role_exists(&mut tx, role).await? {
        return Err(AppError::field("role", "角色不存在"));
    }
    let secret = token::generate(token::API_KEY);
    let id = crate::new_id();
    let prefix: String = secret.chars().take(10).collect();
    let row = store::insert_api_key(
        &mut tx,
        id,
        name.as_str(),
        &prefix,
        &token::digest(&secret),
        role,
        creator,
    )
    .await?;
    authz::store::insert_rule(
        &mut tx,
        "g",
        &[
            &format!("k:{id}"),
            role,
            &Scope::Tenant.grant_domain(ctx.tenant_id),
        ],
        &format!("api_key:{id}"),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "api_key.create",
        "api_key",
        id,
        json!({ "name": name.as_str(), "role": role }),
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok((row, secret))
}

/// The tenant's keys, active first.
pub async fn list_api_keys(ctx: &Ctx, app: &App) -> AppResult<Vec<ApiKeyRow>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::API_KEY, "read")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list_api_keys(&mut tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Revokes a key; it stops working at once.
pub async fn revoke_api_key(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::API_KEY, "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::revoke_api_key(&mut tx, id).await? {
        return Err(AppError::NotFound);
    }
    authz::store::delete_by_source(&mut tx, &format!("api_key:{id}")).await?;
    audit::object(&mut tx, ctx, "api_key.revoke", "api_key", id, json!({})).await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(())
}

//! Platform operators: outside every tenant; list, suspend and resume tenants.

use super::{sessions::check_password, token};
use crate::{App, AppError, AppResult, system};
use uuid::Uuid;

/// Logs a platform operator in; returns an operator token.
pub async fn operator_log_in(app: &App, email: &str, password: &str) -> AppResult<String> {
    let account = check_password(app, email, password).await?;
    if !system::is_operator(&app.db, account.id).await? {
        return Err(AppError::InvalidCredentials);
    }
    let secret = token::generate(token::OPERATOR);
    system::insert_operator_session(&app.db, account.id, &token::digest(&secret), 1).await?;
    Ok(secret)
}

/// Makes an existing account a platform operator (from the command line).
pub async fn make_operator(app: &App, email: &str) -> AppResult<()> {
    let account = system::account_by_login(&app.db, &email.trim().to_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    system::make_operator(&app.db, account.id).await?;
    Ok(())
}

/// Tenants with their active member counts, in creation order.
pub async fn list_tenants(
    app: &App,
    operator: Uuid,
    args: &crate::page::PageArgs,
) -> AppResult<crate::page::Page<system::TenantSummary>> {
    require_operator(app, operator).await?;
    let rows = system::list_tenants(&app.db, args.after_uuid()?, args.limit()).await?;
    Ok(crate::page::Page::from_fetch(rows, args))
}

/// Suspends (revoking all its sessions) or resumes a tenant.
pub async fn set_tenant_suspended(
    app: &App,
    operator: Uuid,
    tenant: Uuid,
    suspended: bool,
) -> AppResult<()> {
    require_operator(app, operator).await?;
    if !system::set_tenant_status(&app.db, tenant, suspended).await? {
        return Err(AppError::NotFound);
    }
    if suspended {
        super::revocation::announce(app, super::revocation::Ended::Tenant(tenant)).await;
    }
    tracing::info!(%tenant, suspended, %operator, "tenant status changed by a platform operator");
    Ok(())
}

async fn require_operator(app: &App, account: Uuid) -> AppResult<()> {
    if system::is_operator(&app.db, account).await? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Queue health and the most recent dead jobs (platform operators).
pub async fn queue_health(
    app: &App,
    operator: Uuid,
) -> AppResult<(crate::jobs::QueueStats, Vec<crate::jobs::DeadJob>)> {
    require_operator(app, operator).await?;
    let stats = crate::jobs::stats(&app.db).await?;
    let dead = crate::jobs::dead_jobs(&app.db, 50).await?;
    Ok((stats, dead))
}

//! Platform operators: outside every tenant; list, suspend and resume tenants.

use super::{sessions::check_password, token};
use crate::{App, AppError, AppResult, system};
use uuid::Uuid;

/// Logs a platform operator in with password and TOTP code (operators always have a second
/// factor: `SECOND_FACTOR_REQUIRED` without a valid code); returns an operator token.
pub async fn operator_log_in(
    app: &App,
    email: &str,
    password: &str,
    totp_code: Option<&str>,
) -> AppResult<String> {
    let account = check_password(app, email, password).await?;
    if !system::is_operator(&app.db, account.id).await? {
        return Err(AppError::InvalidCredentials);
    }
    super::second_factor::check_operator(app, account.id, totp_code).await?;
    let secret = token::generate(token::OPERATOR);
    system::insert_operator_session(&app.db, account.id, &token::digest(&secret), 1).await?;
    Ok(secret)
}

/// Makes an existing account a platform operator (from the command line). Operators always
/// log in with a second factor: an account without one gets a TOTP now, returned for the
/// command to print (`None` when it already had one; `operator-totp` replaces it).
pub async fn make_operator(
    app: &App,
    email: &str,
) -> AppResult<Option<super::second_factor::Enrolment>> {
    let account = system::account_by_login(&app.db, &email.trim().to_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    system::make_operator(&app.db, account.id).await?;
    if super::second_factor::has_second_factor(app, account.id).await? {
        return Ok(None);
    }
    Ok(Some(
        super::second_factor::set_up_for_operator(app, email).await?,
    ))
}

/// Tenants with their active member counts, in creation order.
pub async fn list_tenants(
    app: &App,
    operator: Uuid,
    args: &crate::page::PageArgs,
    search: Option<&str>,
) -> AppResult<crate::page::Page<system::TenantSummary>> {
    let search = tenant_search(search)?;
    require_operator(app, operator).await?;
    let rows =
        system::list_tenants(&app.db, args.after_uuid()?, args.limit(), search.as_deref()).await?;
    Ok(crate::page::Page::from_fetch(rows, args))
}

/// Longest text the tenant list's search takes.
pub const MAX_TENANT_SEARCH: usize = 100;

/// The tenant list's search text: trimmed, `None` when blank, bounded, without control
/// characters.
fn tenant_search(raw: Option<&str>) -> AppResult<Option<String>> {
    let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if s.chars().count() > MAX_TENANT_SEARCH {
        return Err(AppError::field(
            "search",
            format!("不能超过 {MAX_TENANT_SEARCH} 个字符"),
        ));
    }
    if s.chars().any(char::is_control) {
        return Err(AppError::field("search", "不能包含控制字符"));
    }
    Ok(Some(s.to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_search_lists_every_tenant() {
        assert_eq!(tenant_search(None).unwrap(), None);
        assert_eq!(tenant_search(Some("  ")).unwrap(), None);
    }

    #[test]
    fn the_search_is_trimmed_and_bounded_at_its_limit() {
        assert_eq!(
            tenant_search(Some(" 同心 ")).unwrap().as_deref(),
            Some("同心")
        );
        let at = "企".repeat(MAX_TENANT_SEARCH);
        assert!(tenant_search(Some(&at)).is_ok());
        let over = "企".repeat(MAX_TENANT_SEARCH + 1);
        assert!(tenant_search(Some(&over)).is_err());
    }

    #[test]
    fn a_control_character_in_the_search_is_refused() {
        assert!(tenant_search(Some("a\u{0}b")).is_err());
        assert!(tenant_search(Some("a\nb")).is_err());
    }
}

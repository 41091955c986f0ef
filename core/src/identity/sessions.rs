//! Logging in and out, listing and revoking sessions, changing and resetting passwords.

use super::{
    ClientInfo, LoginFactor, SessionGrant, password,
    revocation::{self, Ended},
    second_factor, store, token,
};
use crate::{App, AppError, AppResult, Ctx, audit, ctx::Actor, system};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// One of the viewer's open sessions.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    /// Id.
    pub id: Uuid,
    /// Browser or client.
    pub user_agent: Option<String>,
    /// Address it was opened from.
    pub ip: Option<String>,
    /// Opened.
    pub created_at: DateTime<Utc>,
    /// Last seen.
    pub last_seen_at: DateTime<Utc>,
    /// Expires.
    pub expires_at: DateTime<Utc>,
}

/// The one answer for a wrong login, an unknown account or a tenant the account is not in.
fn bad_credentials() -> AppError {
    AppError::InvalidCredentials
}

fn throttle_key(login: &str) -> Vec<u8> {
    token::digest(&format!("login:{}", login.trim().to_lowercase()))
}

/// Checks a password for a login identifier, counting failures; the same answer and similar
/// timing whether or not the account exists.
pub(crate) async fn check_password(
    app: &App,
    login: &str,
    password: &str,
) -> AppResult<system::AccountRow> {
    let key = throttle_key(login);
    if system::login_locked(&app.db, &key).await? {
        return Err(AppError::RateLimited(format!(
            "尝试次数过多，请 {} 分钟后再试",
            app.config.auth.lockout_minutes
        )));
    }
    let account = system::account_by_login(&app.db, &login.trim().to_lowercase()).await?;
    let ok = app
        .hasher
        .verify(password, account.as_ref().map(|a| a.password_hash.as_str()))
        .await?;
    match account {
        Some(account) if ok => {
            system::clear_failed_logins(&app.db, &key).await?;
            Ok(account)
        }
        _ => {
            system::record_failed_login(
                &app.db,
                &key,
                app.config.auth.max_failed_logins,
                app.config.auth.lockout_minutes,
            )
            .await?;
            Err(bad_credentials())
        }
    }
}

/// Logs in with email (or phone) and password into one tenant.
///
/// An account in several tenants must name one by slug; without it the error lists the
/// choices (only after the password was right). An account with a second factor also needs a
/// TOTP or recovery code unless the device is remembered (`SECOND_FACTOR_REQUIRED`); a tenant
/// whose policy requires one the account has not enrolled gets a session that may only enrol.
pub async fn log_in(
    app: &App,
    login: &str,
    password: &str,
    tenant_slug: Option<&str>,
    factor: &LoginFactor,
    client: &ClientInfo,
) -> AppResult<SessionGrant> {
    let account = check_password(app, login, password).await?;
    let memberships = system::active_memberships(&app.db, account.id).await?;
    let slug = tenant_slug
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty());
    let chosen = match slug {
        Some(slug) => memberships.into_iter().find(|m| m.slug == slug),
        None if memberships.len() > 1 => {
            return Err(AppError::TenantChoice(
                memberships
                    .into_iter()
                    .map(|m| (m.slug, m.tenant_name))
                    .collect(),
            ));
        }
        None => memberships.into_iter().next(),
    };
    let membership = chosen.ok_or_else(bad_credentials)?;
    let passed = second_factor::check_login(app, account.id, factor, client).await?;
    let mut tx = system::begin_for_tenant(&app.db, membership.tenant_id).await?;
    let grant = super::open_session(&mut tx, app, membership.member_id, account.id, client).await?;
    second_factor::after_login(
        &mut tx,
        app,
        &grant.ctx(client),
        &grant,
        passed,
        factor,
        account.email.as_deref(),
        client,
    )
    .await?;
    audit::object(
        &mut tx,
        &grant.ctx(client),
        "session.log_in",
        "session",
        grant.session_id,
        json!({ "userAgent": client.user_agent }),
    )
    .await?;
    tx.commit().await?;
    Ok(grant)
}

fn session_of(ctx: &Ctx) -> AppResult<(Uuid, Uuid, Uuid)> {
    match ctx.actor {
        Actor::Member {
            member_id,
            account_id,
            session_id,
        } => Ok((member_id, account_id, session_id)),
        _ => Err(AppError::Forbidden),
    }
}

/// Ends the current session.
pub async fn log_out(ctx: &Ctx, app: &App) -> AppResult<()> {
    let (member, _, session) = session_of(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::revoke_session(&mut tx, member, session).await?;
    audit::object(
        &mut tx,
        ctx,
        "session.log_out",
        "session",
        session,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    revocation::announce(
        app,
        Ended::Session {
            tenant: ctx.tenant_id,
            session,
        },
    )
    .await;
    Ok(())
}

/// The viewer's open sessions in this tenant, newest first.
pub async fn my_sessions(ctx: &Ctx, app: &App) -> AppResult<Vec<SessionRow>> {
    let (member, _, _) = session_of(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::member_sessions(&mut tx, member).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Revokes one of the viewer's own sessions.
pub async fn revoke_session(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    let (member, _, _) = session_of(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::revoke_session(&mut tx, member, id).await? {
        return Err(AppError::NotFound);
    }
    audit::object(&mut tx, ctx, "session.revoke", "session", id, json!({})).await?;
    tx.commit().await?;
    revocation::announce(
        app,
        Ended::Session {
            tenant: ctx.tenant_id,
            session: id,
        },
    )
    .await;
    Ok(())
}

/// Changes the viewer's password after checking the current one; every other session of
/// the account, in every tenant, is revoked.
pub async fn change_password(ctx: &Ctx, app: &App, current: &str, new: &str) -> AppResult<()> {
    let (_, account_id, session) = session_of(ctx)?;
    password::check_policy("newPassword", new)?;
    let account = system::account_by_id(&app.db, account_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !app
        .hasher
        .verify(current, Some(&account.password_hash))
        .await?
    {
        return Err(AppError::field("currentPassword", "当前密码不正确"));
    }
    let hash = app.hasher.hash(new).await?;
    system::set_password(&app.db, account_id, &hash, Some(session)).await?;
    revocation::announce(
        app,
        Ended::Account {
            account: account_id,
            keep: Some(session),
        },
    )
    .await;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "account.change_password",
        "account",
        account_id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Minutes a reset link stays valid.
pub const RESET_MINUTES: i64 = 30;

/// Starts a password reset: stores the token and enqueues the email carrying it. Returns the
/// token (for tests and tools), or `None` when no account has this email — the client is
/// told the same thing either way.
pub async fn request_password_reset(app: &App, email: &str) -> AppResult<Option<String>> {
    let Some(account) = system::account_by_login(&app.db, &email.trim().to_lowercase()).await?
    else {
        return Ok(None);
    };
    let Some(to) = account.email.clone() else {
        return Ok(None);
    };
    let token = token::generate(token::RESET);
    let link = format!("{}/reset/{token}", app.config.public_url());
    let mail = crate::mail::templates::password_reset(
        crate::mail::templates::Lang::ZhCn,
        format!(
            "password_reset:{}",
            hex::encode(&token::digest(&token)[..12])
        ),
        &to,
        &link,
        RESET_MINUTES,
    );
    system::insert_password_reset(
        &app.db,
        account.id,
        &token::digest(&token),
        RESET_MINUTES,
        &mail,
    )
    .await?;
    Ok(Some(token))
}

/// Sets a new password with a reset token; all sessions of the account are revoked.
pub async fn reset_password(app: &App, reset_token: &str, new: &str) -> AppResult<()> {
    password::check_policy("newPassword", new)?;
    let account = system::consume_password_reset(&app.db, &token::digest(reset_token))
        .await?
        .ok_or_else(|| AppError::field("token", "重置链接无效或已过期"))?;
    let hash = app.hasher.hash(new).await?;
    system::set_password(&app.db, account, &hash, None).await?;
    revocation::announce(
        app,
        Ended::Account {
            account,
            keep: None,
        },
    )
    .await;
    Ok(())
}

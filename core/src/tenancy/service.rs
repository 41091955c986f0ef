//! Sign-up of a new enterprise and reading the current tenant.

use super::model::{Email, Name, Slug};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{self, Scope, catalog},
    identity::{self, ClientInfo, SessionGrant, password, second_factor::SecondFactorPolicy},
    member::{self, model::NewMember},
    system::{self, TenantRow},
};
use serde_json::json;

/// Sign-up input as the client sent it.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// Enterprise name.
    pub tenant_name: String,
    /// Wanted slug.
    pub tenant_slug: String,
    /// First administrator's name.
    pub admin_name: String,
    /// First administrator's email.
    pub admin_email: String,
    /// First administrator's password.
    pub admin_password: String,
}

/// Creates a tenant with its role templates and first administrator, and signs them in.
///
/// If the email already has an account (a member of another tenant), the password must be
/// that account's password, and the account is linked rather than duplicated.
pub async fn sign_up(app: &App, input: SignUp, client: &ClientInfo) -> AppResult<SessionGrant> {
    let tenant_name = Name::parse("tenantName", &input.tenant_name, 60)?;
    let slug = Slug::parse("tenantSlug", &input.tenant_slug)?;
    let admin_name = Name::parse("adminName", &input.admin_name, 50)?;
    let email = Email::parse("adminEmail", &input.admin_email)?;
    password::check_policy("adminPassword", &input.admin_password)?;
    if system::tenant_by_slug(&app.db, slug.as_str())
        .await?
        .is_some()
    {
        return Err(AppError::field("tenantSlug", "该企业标识已被使用"));
    }
    let new_hash = app.hasher.hash(&input.admin_password).await?;

    let tenant_id = crate::new_id();
    let member_id = crate::new_id();
    let ctx = Ctx::system(tenant_id);
    let mut tx = system::begin_for_tenant(&app.db, tenant_id).await?;
    system::insert_tenant(&mut tx, tenant_id, slug.as_str(), tenant_name.as_str())
        .await
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => AppError::field("tenantSlug", "该企业标识已被使用"),
            other => other,
        })?;
    let account_id = match system::account_by_email_in(&mut tx, email.as_str()).await? {
        Some(existing) => {
            let same = app
                .hasher
                .verify(&input.admin_password, Some(&existing.password_hash))
                .await?;
            if !same {
                return Err(AppError::field(
                    "adminPassword",
                    "该邮箱已有账号，请输入该账号的密码以关联新单位",
                ));
            }
            existing.id
        }
        None => {
            let id = crate::new_id();
            system::insert_account(&mut tx, id, email.as_str(), admin_name.as_str(), &new_hash)
                .await?;
            id
        }
    };
    member::store::insert(
        &mut tx,
        &NewMember {
            id: member_id,
            account_id: Some(account_id),
            name: admin_name.as_str().to_string(),
            email: Some(email.as_str().to_string()),
            ..NewMember::default()
        },
    )
    .await?;
    authz::seed_tenant(&mut tx).await?;
    crate::publishing::seed_tenant(&mut tx).await?;
    crate::points::seed_tenant(&mut tx).await?;
    let subject = format!("m:{member_id}");
    let everywhere = Scope::Tenant.grant_domain(tenant_id);
    for role in [catalog::ADMIN_ROLE, catalog::BASE_ROLE] {
        authz::store::insert_rule(&mut tx, "g", &[&subject, role, &everywhere], "signup").await?;
    }
    audit::object(
        &mut tx,
        &ctx,
        "tenant.sign_up",
        "tenant",
        tenant_id,
        json!({ "slug": slug.as_str(), "adminMember": member_id }),
    )
    .await?;
    let grant = identity::open_session(&mut tx, app, member_id, account_id, client).await?;
    tx.commit().await?;
    app.authz.invalidate(tenant_id).await;
    Ok(grant)
}

/// Changes the tenant's display name, the time zone dates are shown in, whether members
/// are emailed on a login from a new device, and who must log in with a second factor
/// (tenant admins).
pub async fn update_settings(
    ctx: &Ctx,
    app: &App,
    name: Option<&str>,
    time_zone: Option<&str>,
    login_alerts: Option<bool>,
    second_factor_policy: Option<SecondFactorPolicy>,
) -> AppResult<TenantRow> {
    app.authz
        .require(ctx, &Scope::Tenant, "tenant", "write")
        .await?;
    let name = name.map(|n| Name::parse("name", n, 60)).transpose()?;
    if let Some(tz) = time_zone
        && tz.parse::<chrono_tz::Tz>().is_err()
    {
        return Err(AppError::field(
            "timeZone",
            format!("未知的时区：{tz}（例如 Asia/Shanghai）"),
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::update(
        &mut tx,
        name.as_ref().map(Name::as_str),
        time_zone,
        login_alerts,
        second_factor_policy,
    )
    .await?;
    // A new policy holds at once, not only from each member's next login.
    let sessions = match second_factor_policy {
        Some(_) => crate::identity::second_factor::apply_policy_to_sessions(&mut tx, app).await?,
        None => 0,
    };
    audit::object(
        &mut tx,
        ctx,
        "tenant.update_settings",
        "tenant",
        ctx.tenant_id,
        json!({
            "name": row.name,
            "timeZone": row.time_zone,
            "loginAlerts": row.login_alerts,
            "secondFactorPolicy": row.second_factor_policy.as_str(),
            "sessionsMarked": sessions,
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// The tenant row inside an open tenant transaction.
pub(crate) async fn tenant_in(tx: &mut TenantTx) -> AppResult<TenantRow> {
    Ok(store::get(tx).await?)
}

/// The tenant of the context.
pub async fn current(ctx: &Ctx, app: &App) -> AppResult<TenantRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx).await?;
    tx.commit().await?;
    Ok(row)
}

mod store {
    use super::SecondFactorPolicy;
    use crate::db::TenantTx;
    use crate::system::TenantRow;

    pub(super) async fn update(
        tx: &mut TenantTx,
        name: Option<&str>,
        time_zone: Option<&str>,
        login_alerts: Option<bool>,
        second_factor_policy: Option<SecondFactorPolicy>,
    ) -> sqlx::Result<TenantRow> {
        let tenant = tx.tenant();
        sqlx::query_as!(
            TenantRow,
            r#"update tenant set name = coalesce($2, name), time_zone = coalesce($3, time_zone),
                    login_alerts = coalesce($4, login_alerts),
                    second_factor_policy = coalesce($5, second_factor_policy)
              where id = $1 returning id, slug, name, status, time_zone, login_alerts, created_at,
                    second_factor_policy as "second_factor_policy: SecondFactorPolicy""#,
            tenant,
            name,
            time_zone,
            login_alerts,
            second_factor_policy.map(|p| p.as_str()),
        )
        .fetch_one(tx.conn())
        .await
    }

    pub(super) async fn get(tx: &mut TenantTx) -> sqlx::Result<TenantRow> {
        let tenant = tx.tenant();
        sqlx::query_as!(
            TenantRow,
            r#"select id, slug, name, status, time_zone, login_alerts, created_at,
                      second_factor_policy as "second_factor_policy: SecondFactorPolicy"
                 from tenant where id = $1"#,
            tenant,
        )
        .fetch_one(tx.conn())
        .await
    }
}

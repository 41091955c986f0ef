//! Invitations: an officer invites a person by email into an org; accepting creates (or
//! links) the account and the member, and signs them in.

use super::{ClientInfo, SessionGrant, password, store, token};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{self, Scope, catalog},
    member::{self, model::NewMember},
    org,
    page::{Page, PageArgs},
    system,
    tenancy::model::{Email, Name},
};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Days an invitation stays open.
pub const INVITATION_DAYS: i64 = 7;

/// An invitation as officers see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    /// Id.
    pub id: Uuid,
    /// Invitee's email.
    pub email: String,
    /// Invitee's name.
    pub name: String,
    /// The org they join.
    pub org_id: Uuid,
    /// Who invited.
    pub invited_by: Uuid,
    /// Sent.
    pub created_at: DateTime<Utc>,
    /// Expires.
    pub expires_at: DateTime<Utc>,
    /// Accepted.
    pub accepted_at: Option<DateTime<Utc>>,
    /// Revoked.
    pub revoked_at: Option<DateTime<Utc>>,
    /// The member it created.
    pub member_id: Option<Uuid>,
}

/// Invites a person into an org. Returns the invitation and its token (shown once, for the
/// copy-link flow and the invitation email).
pub async fn invite_member(
    ctx: &Ctx,
    app: &App,
    email: &str,
    name: &str,
    org_id: Uuid,
) -> AppResult<(InvitationRow, String)> {
    let email = Email::parse("email", email)?;
    let name = Name::parse("name", name, 50)?;
    let inviter = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = org::store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(org.path.clone()),
            catalog::INVITATION,
            "write",
        )
        .await?;
    if org.archived_at.is_some() {
        return Err(AppError::field(
            "organizationId",
            "该组织已归档，不能邀请成员",
        ));
    }
    let token = token::generate(token::INVITATION);
    let row = store::insert_invitation(
        &mut tx,
        &store::NewInvitation {
            id: crate::new_id(),
            email: email.as_str(),
            name: name.as_str(),
            org_id,
            token_hash: token::digest(&token),
            invited_by: inviter,
            days: INVITATION_DAYS,
        },
    )
    .await?;
    let tenant = crate::tenancy::tenant_in(&mut tx).await?;
    let link = format!("{}/invite/{token}", app.config.public_url());
    crate::mail::enqueue(
        &mut tx,
        &crate::mail::templates::invitation(
            crate::mail::templates::Lang::ZhCn,
            format!("invitation:{}", row.id),
            email.as_str(),
            &tenant.name,
            name.as_str(),
            &org.name,
            &link,
        ),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "invitation.create",
        "invitation",
        row.id,
        json!({ "email": email.as_str(), "org": org_id }),
    )
    .await?;
    tx.commit().await?;
    Ok((row, token))
}

/// Accepts an invitation: creates the account (or checks the password, and the second factor
/// when it has one, of an existing one), creates the member in the invitation's org, and opens
/// a session.
pub async fn accept_invitation(
    app: &App,
    invitation_token: &str,
    password: &str,
    name: Option<&str>,
    factor: &super::LoginFactor,
    client: &ClientInfo,
) -> AppResult<SessionGrant> {
    let invalid = || AppError::field("token", "邀请链接无效、已使用或已过期");
    let (tenant_id, invitation_id) =
        system::invitation_by_token(&app.db, &token::digest(invitation_token))
            .await?
            .ok_or_else(invalid)?;
    let mut tx = system::begin_for_tenant(&app.db, tenant_id).await?;
    let inv = store::open_invitation_for_update(&mut tx, invitation_id)
        .await?
        .ok_or_else(invalid)?;
    let name = match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => Name::parse("name", n, 50)?,
        None => Name::parse("name", &inv.name, 50)?,
    };
    let mut passed = super::second_factor::Passed::NotEnrolled;
    let account_id = match system::account_by_email_in(&mut tx, &inv.email).await? {
        Some(existing) => {
            if !app
                .hasher
                .verify(password, Some(&existing.password_hash))
                .await?
            {
                return Err(AppError::field(
                    "password",
                    "该邮箱已有账号，请输入该账号的密码",
                ));
            }
            passed = super::second_factor::check_login(app, existing.id, factor, client).await?;
            existing.id
        }
        None => {
            password::check_policy("password", password)?;
            let hash = app.hasher.hash(password).await?;
            let id = crate::new_id();
            system::insert_account(&mut tx, id, &inv.email, name.as_str(), &hash).await?;
            id
        }
    };
    let org = org::store::get(&mut tx, inv.org_id)
        .await?
        .ok_or_else(invalid)?;
    let member_id = crate::new_id();
    let mut new = NewMember {
        id: member_id,
        account_id: Some(account_id),
        name: name.as_str().to_string(),
        email: Some(inv.email.clone()),
        ..NewMember::default()
    };
    new.place_in(org.line.0, org.id);
    member::store::insert(&mut tx, &new).await?;
    authz::store::insert_rule(
        &mut tx,
        "g",
        &[
            &format!("m:{member_id}"),
            catalog::BASE_ROLE,
            &Scope::Tenant.grant_domain(tenant_id),
        ],
        "invitation",
    )
    .await?;
    store::mark_invitation_accepted(&mut tx, inv.id, member_id).await?;
    let grant = super::open_session(&mut tx, app, member_id, account_id, client).await?;
    super::second_factor::after_login(
        &mut tx,
        app,
        &grant.ctx(client),
        &grant,
        passed,
        factor,
        Some(&inv.email),
        client,
    )
    .await?;
    audit::object(
        &mut tx,
        &grant.ctx(client),
        "invitation.accept",
        "invitation",
        inv.id,
        json!({ "member": member_id, "org": inv.org_id }),
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(tenant_id).await;
    app.bus
        .publish(crate::bus::Event {
            tenant: tenant_id,
            topic: crate::member::ADDED.to_string(),
            subject: member_id,
            id: member_id,
        })
        .await;
    Ok(grant)
}

/// Invitations of the tenant, newest first (those who may invite at tenant level).
pub async fn list_invitations(
    ctx: &Ctx,
    app: &App,
    args: &PageArgs,
) -> AppResult<Page<InvitationRow>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::INVITATION, "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list_invitations(&mut tx, args.after_uuid()?, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// Revokes an open invitation.
pub async fn revoke_invitation(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org_id = store::invitation_org(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = org::store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(org.path), catalog::INVITATION, "write")
        .await?;
    store::revoke_invitation(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::object(
        &mut tx,
        ctx,
        "invitation.revoke",
        "invitation",
        id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

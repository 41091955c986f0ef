//! Who signs in: sign-up, log-in, sessions, passwords, invitations and API keys.

use super::{
    context::{app, data, set_cookie, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    org::{Organization, load_org},
    query::Viewer,
    types::{IdInput, PageInfo, connection},
};
use crate::edge::cookies::CookieChange;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    identity::{self, ApiKeyRow, InvitationRow, Principal, SessionGrant, SessionRow},
    page::PageArgs,
    tenancy::{self, SignUp},
};

/// An invitation to join a tenant.
pub struct Invitation(pub InvitationRow);

/// An invitation to join a tenant.
#[Object]
impl Invitation {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Invitation, self.0.id)
    }
    /// Invitee's email.
    async fn email(&self) -> &str {
        &self.0.email
    }
    /// Invitee's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Expires.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// Accepted.
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.0.accepted_at
    }
    /// Revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
    /// The unit the invitee joins.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        load_org(ctx, self.0.org_id).await
    }
}

/// An integrator's API key (the secret is shown only once, at creation).
pub struct ApiKey(pub ApiKeyRow);

/// An integrator's API key (the secret is shown only once, at creation).
#[Object]
impl ApiKey {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ApiKey, self.0.id)
    }
    /// What it is for.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The first characters, to recognise the key.
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }
    /// The role it holds tenant-wide.
    async fn role(&self) -> &str {
        &self.0.role
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Last used.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
    /// Revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
}

/// One of the viewer's sessions.
pub struct Session(pub SessionRow, pub bool);

/// One of the viewer's sessions.
#[Object]
impl Session {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Session, self.0.id)
    }
    /// Browser or client.
    async fn user_agent(&self) -> Option<&str> {
        self.0.user_agent.as_deref()
    }
    /// Address it was opened from.
    async fn ip(&self) -> Option<&str> {
        self.0.ip.as_deref()
    }
    /// Opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Expires.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// Whether this is the session making the request.
    async fn current(&self) -> bool {
        self.1
    }
}

connection!(
    InvitationConnection,
    InvitationEdge,
    Invitation,
    "A page of invitations."
);

/// A new session: the token (also set as an HttpOnly cookie) and the viewer.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Bearer token for API clients; browsers use the cookie.
    pub token: String,
    /// The signed-in viewer.
    pub viewer: Viewer,
}

fn signed_in(ctx: &Context<'_>, grant: SessionGrant) -> AuthPayload {
    set_cookie(ctx, CookieChange::Set(grant.token.clone()));
    if let Some(device) = &grant.device_cookie {
        set_cookie(ctx, CookieChange::Device(device.clone()));
    }
    AuthPayload {
        token: grant.token,
        viewer: Viewer,
    }
}

/// Input of `signUp`.
#[derive(InputObject)]
pub struct SignUpInput {
    /// Enterprise name.
    pub tenant_name: String,
    /// Slug: 3–32 of a-z, 0-9 and hyphens, starting with a letter.
    pub tenant_slug: String,
    /// First administrator's name.
    pub admin_name: String,
    /// First administrator's email.
    pub admin_email: String,
    /// First administrator's password (8+ characters with letters and digits).
    pub admin_password: String,
}

/// Input of `logIn`.
#[derive(InputObject)]
pub struct LogInInput {
    /// Email or phone.
    pub email: String,
    /// Password.
    pub password: String,
    /// Tenant to sign in to; required when the account is in several.
    pub tenant_slug: Option<String>,
    /// The 6-digit code of the account's authenticator, when it has a second factor (the
    /// answer without one is `SECOND_FACTOR_REQUIRED`; a wrong one adds a field error on
    /// `totpCode`). Wrong codes count towards a lock.
    pub totp_code: Option<String>,
    /// A one-time recovery code instead of `totpCode` (each works once).
    pub recovery_code: Option<String>,
    /// Remember this browser (its device cookie) for 30 days: it skips the code then.
    pub remember_device: Option<bool>,
}

/// After login the new session is the request's principal for the payload's `viewer`.
fn signed_in_with(ctx: &Context<'_>, grant: SessionGrant) -> AuthPayload {
    let d = data(ctx);
    *d.late_principal.lock().unwrap_or_else(|p| p.into_inner()) = Some(grant.clone());
    signed_in(ctx, grant)
}

/// Input of `inviteMember`.
#[derive(InputObject)]
pub struct InviteMemberInput {
    /// Invitee's email.
    pub email: String,
    /// Invitee's name.
    pub name: String,
    /// Unit they join.
    pub organization_id: ID,
}

/// Payload of `inviteMember`.
#[derive(SimpleObject)]
pub struct InviteMemberPayload {
    /// The invitation.
    pub invitation: Invitation,
    /// The secret token (shown once); the link is `/invite/{token}`.
    pub invitation_token: String,
    /// The full link to share.
    pub invitation_url: String,
}

/// Input of `acceptInvitation`.
#[derive(InputObject)]
pub struct AcceptInvitationInput {
    /// Token from the link.
    pub token: String,
    /// New password, or the existing account's password.
    pub password: String,
    /// Name to use (defaults to the invited name).
    pub name: Option<String>,
    /// An existing account's TOTP code, when it has a second factor (as in `logIn`).
    pub totp_code: Option<String>,
    /// An existing account's recovery code instead of `totpCode`.
    pub recovery_code: Option<String>,
}

/// Input of `changePassword`.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// Current password.
    pub current_password: String,
    /// New password.
    pub new_password: String,
}

/// Input of `requestPasswordReset`.
#[derive(InputObject)]
pub struct RequestPasswordResetInput {
    /// Account email.
    pub email: String,
}

/// Input of `resetPassword`.
#[derive(InputObject)]
pub struct ResetPasswordInput {
    /// Token from the reset email.
    pub token: String,
    /// New password.
    pub new_password: String,
}

/// Input of `createApiKey`.
#[derive(InputObject)]
pub struct CreateApiKeyInput {
    /// What it is for.
    pub name: String,
    /// Role it holds tenant-wide (default `integrator`).
    pub role: Option<String>,
}

/// Payload of `createApiKey`.
#[derive(SimpleObject)]
pub struct CreateApiKeyPayload {
    /// The key.
    pub api_key: ApiKey,
    /// The secret, shown only now; use it as `Authorization: Bearer …`.
    pub secret: String,
}

/// Queries on the tenant's keys, invitations and the viewer's sessions.
#[derive(Default)]
pub struct IdentityQuery;

/// Queries on the tenant's keys, invitations and the viewer's sessions.
#[Object]
impl IdentityQuery {
    /// The tenant's API keys, active first.
    async fn api_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ApiKey>> {
        let c = tenant(ctx)?;
        Ok(identity::list_api_keys(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(ApiKey)
            .collect())
    }

    /// Invitations, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<InvitationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = identity::list_invitations(&c, app(ctx), &args)
            .await
            .gql()?;
        Ok(InvitationConnection::from_page(
            page,
            |i| i.id.to_string(),
            Invitation,
        ))
    }

    /// The viewer's open sessions in this tenant.
    async fn my_sessions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Session>> {
        let c = tenant(ctx)?;
        let current = match &data(ctx).principal {
            Some(Principal::Member(s)) => Some(s.session_id),
            _ => None,
        };
        Ok(identity::my_sessions(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|s| {
                let cur = Some(s.id) == current;
                Session(s, cur)
            })
            .collect())
    }
}

/// Opening and closing sessions.
#[derive(Default)]
pub struct SessionMutation;

/// Opening and closing sessions.
#[Object]
impl SessionMutation {
    /// Signs up an enterprise with its first administrator and signs them in.
    async fn sign_up(
        &self,
        ctx: &Context<'_>,
        input: SignUpInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = tenancy::sign_up(
            &d.app,
            SignUp {
                tenant_name: input.tenant_name,
                tenant_slug: input.tenant_slug,
                admin_name: input.admin_name,
                admin_email: input.admin_email,
                admin_password: input.admin_password,
            },
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Logs in with email (or phone) and password.
    async fn log_in(
        &self,
        ctx: &Context<'_>,
        input: LogInInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = identity::log_in(
            &d.app,
            &input.email,
            &input.password,
            input.tenant_slug.as_deref(),
            &identity::LoginFactor {
                totp_code: input.totp_code,
                recovery_code: input.recovery_code,
                remember_device: input.remember_device.unwrap_or(false),
            },
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Ends the current session.
    async fn log_out(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        identity::log_out(&c, app(ctx)).await.gql()?;
        set_cookie(ctx, CookieChange::Clear);
        Ok(true)
    }
}

/// Invitations, sessions, passwords and API keys.
#[derive(Default)]
pub struct IdentityMutation;

/// Invitations, sessions, passwords and API keys.
#[Object]
impl IdentityMutation {
    /// Invites a person by email into a unit; returns a link to share.
    async fn invite_member(
        &self,
        ctx: &Context<'_>,
        input: InviteMemberInput,
    ) -> async_graphql::Result<InviteMemberPayload> {
        let (c, org_id) = target(ctx, NodeType::Organization, &input.organization_id)?;
        let (row, token) = identity::invite_member(&c, app(ctx), &input.email, &input.name, org_id)
            .await
            .gql()?;
        let invitation_url = format!("{}/invite/{token}", app(ctx).config.public_url());
        Ok(InviteMemberPayload {
            invitation: Invitation(row),
            invitation_token: token,
            invitation_url,
        })
    }

    /// Revokes an open invitation.
    async fn revoke_invitation(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let (c, id) = target(ctx, NodeType::Invitation, &input.id)?;
        identity::revoke_invitation(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Accepts an invitation and signs in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        input: AcceptInvitationInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = identity::accept_invitation(
            &d.app,
            &input.token,
            &input.password,
            input.name.as_deref(),
            &identity::LoginFactor {
                totp_code: input.totp_code,
                recovery_code: input.recovery_code,
                remember_device: false,
            },
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Revokes one of the viewer's sessions.
    async fn revoke_session(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let (c, id) = target(ctx, NodeType::Session, &input.id)?;
        identity::revoke_session(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Changes the viewer's password; every other session of the account is revoked.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        input: ChangePasswordInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        data(ctx).limit_credentials()?;
        identity::change_password(&c, app(ctx), &input.current_password, &input.new_password)
            .await
            .gql()?;
        Ok(true)
    }

    /// Starts a password reset; always answers true so that accounts cannot be discovered.
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        input: RequestPasswordResetInput,
    ) -> async_graphql::Result<bool> {
        let d = data(ctx);
        d.limit_credentials()?;
        // The token is delivered by email; the response never carries it.
        let _token = identity::request_password_reset(&d.app, &input.email)
            .await
            .gql()?;
        Ok(true)
    }

    /// Sets a new password with a reset token.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        input: ResetPasswordInput,
    ) -> async_graphql::Result<bool> {
        let d = data(ctx);
        d.limit_credentials()?;
        identity::reset_password(&d.app, &input.token, &input.new_password)
            .await
            .gql()?;
        Ok(true)
    }

    /// Creates an API key (the secret is returned once).
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        input: CreateApiKeyInput,
    ) -> async_graphql::Result<CreateApiKeyPayload> {
        let c = tenant(ctx)?;
        let role = input.role.unwrap_or_else(|| "integrator".into());
        let (row, secret) = identity::create_api_key(&c, app(ctx), &input.name, &role)
            .await
            .gql()?;
        Ok(CreateApiKeyPayload {
            api_key: ApiKey(row),
            secret,
        })
    }

    /// Revokes an API key.
    async fn revoke_api_key(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let (c, id) = target(ctx, NodeType::ApiKey, &input.id)?;
        identity::revoke_api_key(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }
}

//! Identity: login, sessions, password changes and resets, invitations, API keys and
//! platform operators.

mod api_keys;
pub mod devices;
mod invitations;
mod operator;
pub mod password;
pub mod revocation;
pub mod second_factor;
mod sessions;
pub(crate) mod store;
pub mod token;

pub use api_keys::{ApiKeyRow, create_api_key, list_api_keys, revoke_api_key};
pub use invitations::{
    InvitationRow, accept_invitation, invite_member, list_invitations, revoke_invitation,
};
pub use operator::{
    list_tenants, make_operator, operator_log_in, queue_health, set_tenant_suspended,
};
pub use second_factor::LoginFactor;
pub use sessions::{
    SessionRow, change_password, log_in, log_out, my_sessions, request_password_reset,
    reset_password, revoke_session,
};

use crate::db::TenantTx;
use crate::{App, AppResult, Ctx, ctx::Actor, system};
use uuid::Uuid;

/// Facts about the client making a request.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    /// Resolved client address.
    pub ip: Option<String>,
    /// `User-Agent`, truncated.
    pub user_agent: Option<String>,
    /// Request id for audit rows.
    pub request_id: String,
    /// The device cookie the client sent, if any.
    pub device: Option<String>,
}

/// A fresh session: the token (shown once) and who it belongs to.
#[derive(Debug, Clone)]
pub struct SessionGrant {
    /// The bearer / cookie token.
    pub token: String,
    /// Session id.
    pub session_id: Uuid,
    /// Tenant.
    pub tenant_id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Account.
    pub account_id: Uuid,
    /// A device id for the client to keep (set when it brought none).
    pub device_cookie: Option<String>,
}

impl SessionGrant {
    /// The context of requests made with this session.
    pub fn ctx(&self, client: &ClientInfo) -> Ctx {
        Ctx {
            tenant_id: self.tenant_id,
            actor: Actor::Member {
                member_id: self.member_id,
                account_id: self.account_id,
                session_id: self.session_id,
            },
            request_id: client.request_id.clone(),
            ip: client.ip.clone(),
        }
    }
}

/// Who a bearer token stands for.
#[derive(Debug, Clone)]
pub enum Principal {
    /// A member's session in a tenant.
    Member(system::SessionInfo),
    /// An integrator's key in a tenant.
    ApiKey {
        /// Tenant.
        tenant_id: Uuid,
        /// Key.
        key_id: Uuid,
    },
    /// A platform operator (outside tenants).
    Operator {
        /// Account.
        account_id: Uuid,
    },
}

impl Principal {
    /// The tenant context of this principal, if it acts inside a tenant.
    pub fn ctx(&self, client: &ClientInfo) -> Option<Ctx> {
        let (tenant_id, actor) = match self {
            Principal::Member(s) => (
                s.tenant_id,
                Actor::Member {
                    member_id: s.member_id,
                    account_id: s.account_id,
                    session_id: s.session_id,
                },
            ),
            Principal::ApiKey { tenant_id, key_id } => {
                (*tenant_id, Actor::ApiKey { key_id: *key_id })
            }
            Principal::Operator { .. } => return None,
        };
        Some(Ctx {
            tenant_id,
            actor,
            request_id: client.request_id.clone(),
            ip: client.ip.clone(),
        })
    }
}

/// Resolves a token of any kind; `None` when it is unknown, expired or revoked.
pub async fn authenticate(app: &App, token: &str) -> AppResult<Option<Principal>> {
    let hash = token::digest(token);
    let found = if token.starts_with(token::SESSION) {
        system::session_by_token(&app.db, &hash)
            .await?
            .map(Principal::Member)
    } else if token.starts_with(token::API_KEY) {
        system::api_key_by_token(&app.db, &hash)
            .await?
            .map(|(tenant_id, key_id)| Principal::ApiKey { tenant_id, key_id })
    } else if token.starts_with(token::OPERATOR) {
        system::operator_by_token(&app.db, &hash)
            .await?
            .map(|account_id| Principal::Operator { account_id })
    } else {
        None
    };
    Ok(found)
}

/// Opens a session inside the caller's transaction (sign-up, login, accepting an invitation).
pub(crate) async fn open_session(
    tx: &mut TenantTx,
    app: &App,
    member_id: Uuid,
    account_id: Uuid,
    client: &ClientInfo,
) -> AppResult<SessionGrant> {
    let tenant_id = tx.tenant();
    let token = token::generate(token::SESSION);
    let session_id = crate::new_id();
    store::insert_session(
        tx,
        &store::NewSession {
            id: session_id,
            account_id,
            member_id,
            token_hash: token::digest(&token),
            user_agent: client.user_agent.clone(),
            ip: client.ip.clone(),
            days: app.config.auth.session_days,
        },
    )
    .await?;
    let device_cookie = devices::note(tx, app, member_id, client).await?;
    Ok(SessionGrant {
        token,
        session_id,
        tenant_id,
        member_id,
        account_id,
        device_cookie,
    })
}

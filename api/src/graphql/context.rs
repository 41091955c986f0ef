//! What every resolver can reach: the app, the caller, and per-request loaders.

use super::{
    errors::Gql,
    ids::{self, NodeType},
    loaders::{MemberLoader, OrgLoader},
};
use crate::edge::{
    cookies::{self, CookieChange},
    ratelimit::AddrLimiter,
};
use async_graphql::{
    Context, ID,
    dataloader::{DataLoader, HashMapCache},
};
use std::sync::Mutex;
use tongxin_core::{
    App, AppError, Ctx,
    identity::{ClientInfo, Principal},
};
use uuid::Uuid;

/// Request-scoped data.
pub struct RequestData {
    /// The node's services.
    pub app: App,
    /// The authenticated caller, if any.
    pub principal: Option<Principal>,
    /// Client facts.
    pub client: ClientInfo,
    /// Per-address limiter for credential endpoints.
    pub limiter: AddrLimiter,
    /// Org batch loader.
    pub orgs: Option<DataLoader<OrgLoader, HashMapCache>>,
    /// Member batch loader.
    pub members: Option<DataLoader<MemberLoader, HashMapCache>>,
    /// Whether the caller may read members' sensitive fields tenant-wide (decided once).
    pub sensitive: tokio::sync::OnceCell<bool>,
    /// A session opened by this request (login, sign-up), used to resolve its payload.
    pub late_principal: Mutex<Option<tongxin_core::identity::SessionGrant>>,
}

impl RequestData {
    /// Builds the request data, with loaders when the caller acts in a tenant.
    pub fn new(
        app: App,
        principal: Option<Principal>,
        client: ClientInfo,
        limiter: AddrLimiter,
    ) -> Self {
        let tenant_ctx = principal.as_ref().and_then(|p| p.ctx(&client));
        let orgs = tenant_ctx.clone().map(|ctx| {
            DataLoader::with_cache(
                OrgLoader {
                    app: app.clone(),
                    ctx,
                },
                tokio::spawn,
                HashMapCache::default(),
            )
        });
        let members = tenant_ctx.map(|ctx| {
            DataLoader::with_cache(
                MemberLoader {
                    app: app.clone(),
                    ctx,
                },
                tokio::spawn,
                HashMapCache::default(),
            )
        });
        Self {
            app,
            principal,
            client,
            limiter,
            orgs,
            members,
            sensitive: tokio::sync::OnceCell::new(),
            late_principal: Mutex::new(None),
        }
    }

    /// Counts a credential attempt from this client's address.
    pub fn limit_credentials(&self) -> async_graphql::Result<()> {
        let ip = self.client.ip.as_deref().unwrap_or("unknown");
        if self.limiter.allow(ip) {
            Ok(())
        } else {
            Err(AppError::RateLimited("请求过于频繁，请稍后再试".into())).gql()
        }
    }
}

/// The request data.
pub fn data<'a>(ctx: &Context<'a>) -> &'a RequestData {
    ctx.data_unchecked::<RequestData>()
}

/// The tenant context of the caller, or UNAUTHENTICATED.
pub fn tenant(ctx: &Context<'_>) -> async_graphql::Result<Ctx> {
    let d = data(ctx);
    if let Some(c) = d.principal.as_ref().and_then(|p| p.ctx(&d.client)) {
        return Ok(c);
    }
    let late = d.late_principal.lock().unwrap_or_else(|p| p.into_inner());
    late.as_ref()
        .map(|g| g.ctx(&d.client))
        .ok_or(AppError::Unauthenticated)
        .gql()
}

/// The app.
pub fn app<'a>(ctx: &Context<'a>) -> &'a App {
    &data(ctx).app
}

/// Asks the HTTP layer to set or clear the session cookie.
pub fn set_cookie(ctx: &Context<'_>, change: CookieChange) {
    let secure = app(ctx).config.http.secure_cookies;
    ctx.append_http_header(
        axum::http::header::SET_COOKIE,
        cookies::set_cookie_value(&change, secure),
    );
}

/// The caller's tenant context and the UUID behind a global ID of the given type: how nearly
/// every resolver that acts on one object begins. The caller is checked first, so an anonymous
/// request gets UNAUTHENTICATED rather than a complaint about the ID.
pub fn target(ctx: &Context<'_>, ty: NodeType, id: &ID) -> async_graphql::Result<(Ctx, Uuid)> {
    let c = tenant(ctx)?;
    let uuid = ids::decode(ty, id).gql()?;
    Ok((c, uuid))
}

//! Who is calling, read once per request by extractors: [`Client`] (address, user agent,
//! request id, device cookie and the credential sent), [`Caller`] (the principal that
//! credential names, if any) and [`Session`] (a verified tenant context, or 401).

use super::{AppState, HttpError, client};
use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{header, request::Parts},
};
use std::net::SocketAddr;
use tongxin_core::{
    AppError, Ctx,
    identity::{self, ClientInfo, Principal},
};

/// Longest `User-Agent` kept (it goes into session and audit rows).
const USER_AGENT_CHARS: usize = 200;

/// Facts about the client and the credential it sent, not yet checked.
pub struct Client {
    /// Address (behind trusted proxies only: the forwarded one), user agent, request id, device.
    pub info: ClientInfo,
    /// The bearer token or session cookie.
    pub token: Option<String>,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, HttpError> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() else {
            // The server is always run with peer addresses; without one the rate limits and
            // audit rows would have nothing to go on.
            return Err(
                AppError::Internal(anyhow::anyhow!("no peer address on the request")).into(),
            );
        };
        let headers = &parts.headers;
        let info = ClientInfo {
            ip: Some(client::client_ip(*peer, headers, &state.trusted_proxies)),
            user_agent: headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(USER_AGENT_CHARS).collect()),
            request_id: headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
                .unwrap_or_else(|| tongxin_core::new_id().to_string()),
            device: client::cookie(headers, identity::devices::COOKIE),
        };
        Ok(Self {
            info,
            token: client::token(headers),
        })
    }
}

/// The client and the principal its credential names; `None` for no credential or one that
/// is unknown, expired or revoked. Rejected only when the lookup itself fails (503 during an
/// outage).
pub struct Caller {
    /// Client facts.
    pub client: ClientInfo,
    /// Who the credential stands for.
    pub principal: Option<Principal>,
}

impl Caller {
    /// Looks up the credential `client` sent. For routes that check the request's shape
    /// before spending a database round trip on who sent it.
    pub async fn of(state: &AppState, client: Client) -> Result<Self, HttpError> {
        let principal = match client.token {
            Some(t) => identity::authenticate(&state.app, &t).await?,
            None => None,
        };
        super::request_id::record_caller(principal.as_ref());
        Ok(Self {
            client: client.info,
            principal,
        })
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, HttpError> {
        let client = Client::from_request_parts(parts, state).await?;
        Self::of(state, client).await
    }
}

/// A caller acting in a tenant: a member's session or an API key. Anyone else is refused
/// with 401 `UNAUTHENTICATED`.
pub struct Session(pub Ctx);

impl FromRequestParts<AppState> for Session {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, HttpError> {
        let caller = Caller::from_request_parts(parts, state).await?;
        caller
            .principal
            .and_then(|p| p.ctx(&caller.client))
            .map(Session)
            .ok_or_else(|| AppError::Unauthenticated.into())
    }
}

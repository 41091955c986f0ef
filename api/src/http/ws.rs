//! `GET /graphql/ws`: GraphQL over WebSocket, both `graphql-transport-ws` and the legacy
//! `graphql-ws` subprotocol. The Origin is checked at the upgrade; authentication happens in
//! `connection_init` (`{ "token": … }`, or the session cookie sent with the upgrade).

use super::{AppState, client};
use crate::graphql::context::RequestData;
use async_graphql::{
    Data,
    http::{ALL_WEBSOCKET_PROTOCOLS, WebSocket, WebSocketProtocols, WsMessage},
};
use axum::{
    extract::{
        ConnectInfo, State, WebSocketUpgrade,
        ws::{CloseFrame, Message},
    },
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures::{SinkExt, StreamExt, future};
use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::sync::broadcast::error::RecvError;

/// Close code for a connection whose `connection_init` did not authenticate.
const FORBIDDEN: u16 = 4403;
const UNAUTHENTICATED: &str = "unauthenticated";
use tongxin_core::{
    identity::{self, ClientInfo, Principal, revocation},
    system::SessionInfo,
};

/// Whether a browser Origin may open a socket: same host as the request, or configured.
fn origin_allowed(headers: &HeaderMap, allowed: &[String]) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Non-browser clients send no Origin; they still have to authenticate.
        return true;
    };
    if allowed.iter().any(|a| a == origin) {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest.trim_end_matches('/') == host)
}

/// The upgrade handler.
pub async fn upgrade(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let protocol = headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split(',')
                .find_map(|p| p.trim().parse::<WebSocketProtocols>().ok())
        });
    let Some(protocol) = protocol else {
        return (StatusCode::BAD_REQUEST, "unsupported WebSocket subprotocol").into_response();
    };
    if !origin_allowed(&headers, &state.app.config.http.allowed_origins) {
        return (StatusCode::FORBIDDEN, "origin not allowed").into_response();
    }
    let client = ClientInfo {
        ip: Some(client::client_ip(peer, &headers, &state.trusted_proxies)),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect()),
        request_id: tongxin_core::new_id().to_string(),
        device: None,
    };
    let cookie_token = client::token(&headers);
    // Subscribed before the socket opens, so an ending published during the handshake counts.
    let mut ended = state.app.bus.subscribe();
    upgrade
        .read_buffer_size(4 * 1024)
        .max_message_size(64 * 1024)
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| async move {
            let app = state.app.clone();
            let bus_app = state.app.clone();
            let limiter = state.limiter.clone();
            let session: Arc<Mutex<Option<(SessionInfo, String)>>> = Arc::default();
            let session_init = session.clone();
            let (mut sink, stream) = socket.split();
            let input = stream
                .take_while(|m| future::ready(m.is_ok()))
                .filter_map(|m| {
                    future::ready(match m {
                        Ok(Message::Text(t)) => Some(t.as_bytes().to_vec()),
                        Ok(Message::Binary(b)) => Some(b.to_vec()),
                        _ => None,
                    })
                });
            let output = WebSocket::new(state.schema.clone(), input, protocol)
                .on_connection_init(move |payload| async move {
                    let token = payload
                        .get("token")
                        .and_then(|t| t.as_str())
                        .map(str::to_owned)
                        .or(cookie_token);
                    let principal = match &token {
                        Some(t) => identity::authenticate(&app, t).await.ok().flatten(),
                        None => None,
                    };
                    let Some(principal) = principal else {
                        return Err(async_graphql::Error::new(UNAUTHENTICATED));
                    };
                    if let (Principal::Member(info), Some(t)) = (&principal, token) {
                        *session_init.lock().unwrap_or_else(|p| p.into_inner()) =
                            Some((info.clone(), t));
                    }
                    let mut data = Data::default();
                    data.insert(RequestData::new(app, Some(principal), client, limiter));
                    Ok(data)
                })
                .keepalive_timeout(Duration::from_secs(30))
                .map(|msg| match msg {
                    WsMessage::Text(text) => Message::Text(text.into()),
                    WsMessage::Close(code, reason) => {
                        // The protocol's code for a refused connection_init is 4403.
                        let code = if reason == UNAUTHENTICATED {
                            FORBIDDEN
                        } else {
                            code
                        };
                        Message::Close(Some(CloseFrame {
                            code,
                            reason: reason.into(),
                        }))
                    }
                });
            futures::pin_mut!(output);
            loop {
                tokio::select! {
                    item = output.next() => match item {
                        Some(item) => {
                            if sink.send(item).await.is_err() {
                                break;
                            }
                        }
                        None => break,
                    },
                    ev = ended.recv() => {
                        let current = session.lock().unwrap_or_else(|p| p.into_inner()).clone();
                        let Some((info, token)) = current else { continue };
                        let over = match ev {
                            Ok(ev) => revocation::ends(&ev, &info),
                            // Events were missed: ask the database whether the session lives.
                            Err(RecvError::Lagged(_)) => !matches!(
                                identity::authenticate(&bus_app, &token).await,
                                Ok(Some(Principal::Member(_)))
                            ),
                            Err(RecvError::Closed) => {
                                ended = bus_app.bus.subscribe();
                                false
                            }
                        };
                        if over {
                            let _ = sink
                                .send(Message::Close(Some(CloseFrame {
                                    code: FORBIDDEN,
                                    reason: "session ended".into(),
                                })))
                                .await;
                            break;
                        }
                    }
                }
            }
        })
}

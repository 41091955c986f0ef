//! `GET /graphql/ws`: GraphQL over WebSocket, both `graphql-transport-ws` and the legacy
//! `graphql-ws` subprotocol. The Origin is checked at the upgrade; authentication happens in
//! `connection_init` (`{ "token": … }`, or the session cookie sent with the upgrade).

use super::{AppState, session::Client, ws_guard, ws_shared};
use crate::graphql::{context::RequestData, limits::Limited};
use async_graphql::{
    Data,
    http::{ALL_WEBSOCKET_PROTOCOLS, WebSocket, WebSocketProtocols, WsMessage},
};
use axum::{
    extract::{
        State, WebSocketUpgrade,
        ws::{CloseFrame, Message},
    },
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures::{SinkExt, StreamExt, stream::BoxStream};
use std::{
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::sync::broadcast::error::RecvError;
use tokio_stream::StreamMap;

/// Close code for a connection whose `connection_init` did not authenticate.
const FORBIDDEN: u16 = 4403;
const UNAUTHENTICATED: &str = "unauthenticated";
/// Close code (RFC 6455 "try again later") when the session could not be checked because the
/// database is unavailable: clients reconnect with back-off instead of logging out.
const TRY_AGAIN_LATER: u16 = 1013;
const UNAVAILABLE: &str = "unavailable";
/// Close code (RFC 6455 "going away") when the node shuts down: clients reconnect, through the
/// load balancer to another node, and resume with `afterSeq`.
const GOING_AWAY: u16 = 1001;
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
    client: Client,
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
    if state.drain.is_draining() {
        // A balancer retries the upgrade on another node (a GET, nothing done here).
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "1")],
            "the node is shutting down",
        )
            .into_response();
    }
    let Some(protocol) = protocol else {
        return (StatusCode::BAD_REQUEST, "unsupported WebSocket subprotocol").into_response();
    };
    if !origin_allowed(&headers, &state.app.config.http.allowed_origins) {
        return (StatusCode::FORBIDDEN, "origin not allowed").into_response();
    }
    let Client {
        info: client,
        token: cookie_token,
    } = client;
    // Subscribed before the socket opens, so an ending published during the handshake counts.
    let ended = state.app.bus.subscribe_topic(revocation::TOPIC);
    upgrade
        .read_buffer_size(4 * 1024)
        .max_message_size(64 * 1024)
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| serve(state, socket, protocol, cookie_token, client, ended))
}

/// Messages queued for one slow client before the connection is dropped (it resumes with
/// `afterSeq` on reconnect); other clients never wait for it.
pub const SEND_QUEUE: usize = 256;
/// Client messages buffered ahead of the executor.
const RECEIVE_QUEUE: usize = 256;
/// Time allowed between the upgrade and an acknowledged `connection_init`.
pub const INIT_DEADLINE: Duration = Duration::from_secs(5);

fn close(code: u16, reason: impl Into<String>) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into().into(),
    }))
}

/// Runs one connection: client frames pass the protocol guard into the executor; its output
/// goes through a bounded queue to a writer task; bus events end revoked sessions.
async fn serve(
    state: AppState,
    socket: axum::extract::ws::WebSocket,
    protocol: WebSocketProtocols,
    cookie_token: Option<String>,
    client: ClientInfo,
    mut ended: tokio::sync::broadcast::Receiver<Arc<tongxin_core::bus::Event>>,
) {
    let _open = state.drain.socket();
    let going_away = state.drain.started();
    futures::pin_mut!(going_away);
    let app = state.app.clone();
    let limiter = state.limiter.clone();
    let session: Arc<Mutex<Option<(SessionInfo, String)>>> = Arc::default();
    let session_init = session.clone();
    // Who the connection acts for, for subscriptions on the shared path.
    let caller: Arc<Mutex<Option<Principal>>> = Arc::default();
    let caller_init = caller.clone();
    let client_init = client.clone();
    let (mut sink, mut frames) = socket.split();
    let (mut to_executor, input) = futures::channel::mpsc::channel::<Vec<u8>>(RECEIVE_QUEUE);
    let executor = Limited::new(state.schema.clone(), app.config.graphql.max_aliases);
    let output = WebSocket::new(executor, input, protocol)
        .on_connection_init(move |payload| async move {
            let token = payload
                .get("token")
                .and_then(|t| t.as_str())
                .map(str::to_owned)
                .or(cookie_token);
            let principal = match &token {
                Some(t) => match identity::authenticate(&app, t).await {
                    Ok(found) => found,
                    Err(tongxin_core::AppError::Unavailable) => {
                        return Err(async_graphql::Error::new(UNAVAILABLE));
                    }
                    Err(_) => None,
                },
                None => None,
            };
            let Some(principal) = principal else {
                return Err(async_graphql::Error::new(UNAUTHENTICATED));
            };
            if let (Principal::Member(info), Some(t)) = (&principal, token) {
                *session_init.lock().unwrap_or_else(|p| p.into_inner()) = Some((info.clone(), t));
            }
            *caller_init.lock().unwrap_or_else(|p| p.into_inner()) = Some(principal.clone());
            let mut data = Data::default();
            data.insert(RequestData::new(app, Some(principal), client_init, limiter));
            Ok(data)
        })
        .keepalive_timeout(Duration::from_secs(30))
        .map(|msg| match msg {
            WsMessage::Text(text) => Message::Text(text.into()),
            // The protocol's code for a refused connection_init is 4403.
            WsMessage::Close(_, reason) if reason == UNAUTHENTICATED => close(FORBIDDEN, reason),
            WsMessage::Close(_, reason) if reason == UNAVAILABLE => close(TRY_AGAIN_LATER, reason),
            WsMessage::Close(code, reason) => close(code, reason),
        });
    futures::pin_mut!(output);
    let (queue, mut outbox) = tokio::sync::mpsc::channel::<Message>(SEND_QUEUE);
    let writer = tokio::spawn(async move {
        while let Some(m) = outbox.recv().await {
            let last = matches!(m, Message::Close(_));
            if sink.send(m).await.is_err() || last {
                break;
            }
        }
        let _ = sink.close().await;
    });
    let legacy = protocol == WebSocketProtocols::SubscriptionsTransportWS;
    let mut guard = ws_guard::Guard::default();
    let mut shared: StreamMap<String, BoxStream<'static, Option<Arc<str>>>> = StreamMap::new();
    let deadline = tokio::time::sleep(INIT_DEADLINE);
    futures::pin_mut!(deadline);
    let mut slow = false;
    let mut send = |m: Message| match queue.try_send(m) {
        Ok(()) => true,
        Err(tokio::sync::mpsc::error::TrySendError::Full(_)) => {
            slow = true;
            false
        }
        Err(tokio::sync::mpsc::error::TrySendError::Closed(_)) => false,
    };
    loop {
        tokio::select! {
            item = output.next() => match item {
                Some(m) => {
                    if let Message::Text(t) = &m {
                        guard.server(t);
                    }
                    let last = matches!(m, Message::Close(_));
                    if !send(m) || last {
                        break;
                    }
                }
                None => break,
            },
            Some((id, payload)) = shared.next(), if !shared.is_empty() => {
                let text = match payload {
                    Some(p) => ws_shared::frame(legacy, &id, &p),
                    None => {
                        shared.remove(&id);
                        let done = ws_shared::complete(&id);
                        guard.server(&done);
                        done
                    }
                };
                if !send(Message::Text(text.into())) {
                    break;
                }
            }
            frame = frames.next() => {
                let text = match frame {
                    Some(Ok(Message::Text(t))) => t.as_str().to_owned(),
                    Some(Ok(Message::Binary(b))) => String::from_utf8_lossy(&b).into_owned(),
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                    Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                };
                match guard.client(&text) {
                    ws_guard::Verdict::Forward => {
                        if let Some(id) = ws_guard::completes(&text)
                            && shared.remove(&id).is_some()
                        {
                            if !send(Message::Text(ws_shared::complete(&id).into())) {
                                break;
                            }
                            continue;
                        }
                        let who = caller.lock().unwrap_or_else(|p| p.into_inner()).clone();
                        if let Some(principal) = who
                            && let Some(candidate) = ws_shared::candidate(&text)
                        {
                            let data = RequestData::new(
                                state.app.clone(),
                                Some(principal),
                                client.clone(),
                                state.limiter.clone(),
                            );
                            let id = candidate.id.clone();
                            let payloads = ws_shared::follow(state.schema.clone(), data, candidate)
                                .map(Some)
                                .chain(futures::stream::once(async { None }))
                                .boxed();
                            shared.insert(id, payloads);
                            continue;
                        }
                        if to_executor.try_send(text.into_bytes()).is_err() {
                            send(close(4429, "Too many messages"));
                            break;
                        }
                    }
                    ws_guard::Verdict::Close(code, reason) => {
                        send(close(code, reason));
                        break;
                    }
                    ws_guard::Verdict::Refuse(id, reason) => {
                        if !send(Message::Text(ws_guard::Guard::refusal(legacy, &id, &reason).into())) {
                            break;
                        }
                    }
                }
            }
            () = &mut going_away => {
                send(close(GOING_AWAY, "going away"));
                break;
            }
            () = &mut deadline, if !guard.acked() => {
                send(close(ws_guard::INIT_TIMEOUT, "Connection initialisation timeout"));
                break;
            }
            ev = ended.recv() => {
                let current = session.lock().unwrap_or_else(|p| p.into_inner()).clone();
                let Some((info, token)) = current else { continue };
                let over = match ev {
                    Ok(ev) if ev.topic != tongxin_core::bus::RESYNC => revocation::ends(&ev, &info),
                    // Events were (or may have been) missed: ask the database whether the
                    // session lives.
                    Ok(_) | Err(RecvError::Lagged(_)) => !matches!(
                        identity::authenticate(&state.app, &token).await,
                        Ok(Some(Principal::Member(_)))
                    ),
                    Err(RecvError::Closed) => {
                        ended = state.app.bus.subscribe_topic(revocation::TOPIC);
                        false
                    }
                };
                if over {
                    send(close(FORBIDDEN, "session ended"));
                    break;
                }
            }
        }
    }
    if slow {
        // The client does not read: drop the connection now rather than wait on its socket.
        metrics::counter!("tongxin_ws_slow_consumers_total").increment(1);
        writer.abort();
        return;
    }
    drop(queue);
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
}

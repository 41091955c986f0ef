//! A graphql-transport-ws client for subscription tests.

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};

/// A client socket.
pub type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens a graphql-transport-ws socket at `url`, sends `connection_init` with `init` and waits
/// for the ack (the protocol refuses a subscribe before it).
pub async fn open(url: &str, init: Value) -> anyhow::Result<Ws> {
    let mut req = url.into_client_request()?;
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await?;
    ws.send(Message::Text(
        json!({ "type": "connection_init", "payload": init })
            .to_string()
            .into(),
    ))
    .await?;
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t))) if t.contains("connection_ack") => return Ok(ws),
            Some(Ok(_)) => continue,
            other => anyhow::bail!("no ack: {other:?}"),
        }
    }
}

/// Connects as `token` to the node at `base` (an `http://` address) and waits for the
/// `connection_ack`.
pub async fn connect(base: &str, token: &str) -> Ws {
    let url = format!("{}/graphql/ws", base.replace("http://", "ws://"));
    tokio::time::timeout(
        std::time::Duration::from_secs(5),
        open(&url, json!({ "token": token })),
    )
    .await
    .expect("connection_ack within 5 s")
    .unwrap()
}

/// Connects as `token` to the node at `base` and subscribes (id `1`) to `query`.
pub async fn subscribe(base: &str, token: &str, query: &str, variables: Value) -> Ws {
    let mut ws = connect(base, token).await;
    send(
        &mut ws,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } }),
    )
    .await;
    // The protocol does not acknowledge a subscribe; give the node time to register it.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    ws
}

/// Sends one JSON frame.
pub async fn send(ws: &mut Ws, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.unwrap();
}

/// The next frame other than ping and pong, within `secs` seconds.
pub async fn next(ws: &mut Ws, secs: u64) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        let msg = tokio::time::timeout_at(deadline, ws.next())
            .await
            .ok()??
            .ok()?;
        if let Message::Text(t) = msg {
            let v: Value = serde_json::from_str(&t).unwrap();
            if v["type"] != "ping" && v["type"] != "pong" {
                return Some(v);
            }
        }
    }
}

//! `/graphql/ws`: both subprotocols, authentication in `connection_init`, Origin check.

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
use tongxin_tests::TestApp;

async fn open(
    app: &TestApp,
    protocol: &str,
    origin: Option<&str>,
) -> Result<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    tokio_tungstenite::tungstenite::Error,
> {
    let url = format!("{}/graphql/ws", app.base.replace("http://", "ws://"));
    let mut req = url.into_client_request().unwrap();
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_str(protocol).unwrap(),
    );
    if let Some(o) = origin {
        req.headers_mut()
            .insert("origin", HeaderValue::from_str(o).unwrap());
    }
    tokio_tungstenite::connect_async(req)
        .await
        .map(|(ws, _)| ws)
}

async fn next_json(
    ws: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
) -> Option<Result<Value, u16>> {
    loop {
        match tokio::time::timeout(std::time::Duration::from_secs(5), ws.next())
            .await
            .ok()??
        {
            Ok(Message::Text(t)) => return Some(Ok(serde_json::from_str(&t).unwrap())),
            Ok(Message::Close(frame)) => {
                return Some(Err(frame.map(|f| u16::from(f.code)).unwrap_or(0)));
            }
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

#[tokio::test]
async fn a_valid_token_in_connection_init_is_acknowledged_on_both_subprotocols() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    for (protocol, ack) in [
        ("graphql-transport-ws", "connection_ack"),
        ("graphql-ws", "connection_ack"),
    ] {
        let mut ws = open(&app, protocol, None).await.expect("upgrade");
        ws.send(Message::Text(
            json!({ "type": "connection_init", "payload": { "token": t.token } })
                .to_string()
                .into(),
        ))
        .await
        .unwrap();
        let reply = next_json(&mut ws)
            .await
            .expect("reply")
            .expect("not closed");
        assert_eq!(reply["type"], ack, "{protocol}: {reply}");
    }
}

#[tokio::test]
async fn a_missing_or_forged_token_is_refused_at_connection_init() {
    let app = TestApp::spawn().await;
    let mut ws = open(&app, "graphql-transport-ws", None)
        .await
        .expect("upgrade");
    ws.send(Message::Text(
        json!({ "type": "connection_init", "payload": { "token": "txs_forged" } })
            .to_string()
            .into(),
    ))
    .await
    .unwrap();
    match next_json(&mut ws).await {
        Some(Err(code)) => assert_eq!(code, 4403),
        Some(Ok(v)) => assert_ne!(v["type"], "connection_ack", "{v}"),
        None => {}
    }
}

#[tokio::test]
async fn a_foreign_origin_cannot_open_a_socket_but_the_same_origin_can() {
    let app = TestApp::spawn().await;
    assert!(
        open(
            &app,
            "graphql-transport-ws",
            Some("https://evil.example.com")
        )
        .await
        .is_err()
    );
    let same = app.base.clone();
    assert!(
        open(&app, "graphql-transport-ws", Some(&same))
            .await
            .is_ok()
    );
}

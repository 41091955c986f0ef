//! The WebSocket rules beyond authentication: subscribe before the ack (4401), no
//! `connection_init` in time (4408), a duplicate live id (4409), at most 100 subscriptions, a
//! client that stops reading is dropped while others keep receiving, and a Redis restart
//! loses nothing for a subscriber on another node.

use super::chat::{conversations, group_of, send};
use futures::StreamExt;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
use tongxin_tests::{
    TestApp, config, wait_until,
    ws::{self, Ws, next},
};

async fn raw(app: &TestApp, protocol: &str) -> Ws {
    let url = format!("{}/graphql/ws", app.base.replace("http://", "ws://"));
    let mut req = url.into_client_request().unwrap();
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_str(protocol).unwrap(),
    );
    tokio_tungstenite::connect_async(req).await.unwrap().0
}

/// The close code the server ends with, skipping other frames (within `wait`).
async fn close_code(ws: &mut Ws, wait: Duration) -> Option<u16> {
    let until = Instant::now() + wait;
    loop {
        let left = until.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, ws.next()).await.ok()?? {
            Ok(Message::Close(frame)) => return frame.map(|f| u16::from(f.code)),
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

async fn acked(app: &TestApp, token: &str) -> Ws {
    ws::connect(&app.base, token).await
}

fn subscribe(id: &str, conv: &str, after: i64) -> Value {
    json!({ "id": id, "type": "subscribe", "payload": {
        "query": "subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq } }",
        "variables": { "c": conv, "a": after } } })
}

#[tokio::test]
async fn a_subscribe_before_the_ack_closes_with_4401_and_silence_closes_with_4408() {
    // Arrange
    let app = TestApp::spawn().await;

    // Act
    let mut eager = raw(&app, "graphql-transport-ws").await;
    ws::send(&mut eager, subscribe("1", "x", 0)).await;
    let eager_code = close_code(&mut eager, Duration::from_secs(5)).await;
    let started = Instant::now();
    let mut silent = raw(&app, "graphql-transport-ws").await;
    let silent_code = close_code(&mut silent, Duration::from_secs(10)).await;

    // Assert
    assert_eq!(eager_code, Some(4401));
    assert_eq!(silent_code, Some(4408));
    assert!(
        started.elapsed() >= Duration::from_secs(4),
        "waits for the deadline"
    );
}

#[tokio::test]
async fn a_live_id_used_twice_closes_with_4409_and_the_101st_subscription_is_refused_alone() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app
        .create_org(&t.token, None, "协议测试支部", "PARTY")
        .await;
    let (a, _) = app.join(&t.token, &unit, "协议甲").await;
    let conv = group_of(&conversations(&app, &a).await, &unit).unwrap();

    // Act: 100 live subscriptions, then one more, then a duplicate id.
    let mut ws = acked(&app, &a).await;
    for i in 0..100 {
        ws::send(&mut ws, subscribe(&i.to_string(), &conv, 0)).await;
    }
    ws::send(&mut ws, subscribe("extra", &conv, 0)).await;
    let refusal = loop {
        let v = next(&mut ws, 5).await.expect("a refusal");
        if v["id"] == "extra" {
            break v;
        }
    };
    send(&app, &a, &conv, "还在吗", "p1").await;
    let still_live = next(&mut ws, 5).await.expect("delivery continues");
    ws::send(&mut ws, subscribe("7", &conv, 0)).await;
    let duplicate = close_code(&mut ws, Duration::from_secs(5)).await;

    // Assert
    assert_eq!(refusal["type"], "error", "{refusal}");
    assert!(refusal.to_string().contains("100"), "{refusal}");
    assert_eq!(still_live["type"], "next", "{still_live}");
    assert_eq!(duplicate, Some(4409));
}

/// Messages sent past the client that does not read.
const N: i64 = 1000;

#[tokio::test]
async fn a_client_that_stops_reading_is_dropped_while_another_gets_every_message() {
    // Arrange: one subscriber with a tiny receive window that never reads, one that does.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app
        .create_org(&t.token, None, "慢消费者支部", "PARTY")
        .await;
    let (a, _) = app.join(&t.token, &unit, "发送者").await;
    let (b, _) = app.join(&t.token, &unit, "读者").await;
    let conv = group_of(&conversations(&app, &a).await, &unit).unwrap();
    let addr: std::net::SocketAddr = app.base.trim_start_matches("http://").parse().unwrap();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let stream = socket.connect(addr).await.unwrap();
    let mut req = format!("ws://{addr}/graphql/ws")
        .into_client_request()
        .unwrap();
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut slow, _) =
        tokio_tungstenite::client_async(req, tokio_tungstenite::MaybeTlsStream::Plain(stream))
            .await
            .unwrap();
    ws::send(
        &mut slow,
        json!({ "type": "connection_init", "payload": { "token": b } }),
    )
    .await;
    assert_eq!(next(&mut slow, 5).await.unwrap()["type"], "connection_ack");
    // The whole text, so the socket buffers fill.
    ws::send(
        &mut slow,
        json!({ "id": "s", "type": "subscribe", "payload": {
            "query": "subscription($c: ID!) { messageAdded(conversationId: $c) { seq body } }",
            "variables": { "c": conv } } }),
    )
    .await;
    let mut fast = acked(&app, &b).await;
    ws::send(&mut fast, subscribe("f", &conv, 0)).await;
    let reader = tokio::spawn(async move {
        let mut seqs = Vec::new();
        let started = Instant::now();
        let mut pinged = Instant::now();
        while seqs.len() < N as usize && started.elapsed() < Duration::from_secs(120) {
            // As real clients do (graphql-ws `keepAlive`): the server closes a socket that has
            // said nothing for 30 s with 3008, and on a loaded machine the sending takes longer.
            if pinged.elapsed() > Duration::from_secs(10) {
                ws::send(&mut fast, json!({ "type": "ping" })).await;
                pinged = Instant::now();
            }
            match next(&mut fast, 5).await {
                Some(v) => seqs.push(
                    v["payload"]["data"]["messageAdded"]["seq"]
                        .as_i64()
                        .unwrap(),
                ),
                None => break,
            }
        }
        seqs
    });

    // Act: long messages, more than the kernel's socket buffers hold (about 4 MB).
    let long = "慢".repeat(2000);
    for i in 0..N {
        send(&app, &a, &conv, &long, &format!("slow-{i}")).await;
    }
    let seqs = reader.await.unwrap();
    let mut slow_got = 0;
    let ended = loop {
        match tokio::time::timeout(Duration::from_secs(5), slow.next()).await {
            Ok(Some(Ok(Message::Text(_)))) => slow_got += 1,
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(_)) | None) => break true,
            Err(_) => break false,
        }
    };
    let metrics = app
        .http
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    // Assert
    assert_eq!(
        seqs,
        (1..=N).collect::<Vec<i64>>(),
        "the reading client misses nothing"
    );
    assert!(
        ended,
        "the slow client's connection was closed (it read {slow_got})"
    );
    assert!(slow_got < N, "it did not get everything: {slow_got}");
    assert!(
        metrics.contains("tongxin_ws_slow_consumers_total"),
        "counted"
    );
}

/// A private Redis on its own port, killed and restarted by the test.
struct PrivateRedis {
    port: u16,
    child: Option<std::process::Child>,
}

impl PrivateRedis {
    fn start(port: u16) -> Self {
        let child = std::process::Command::new("redis-server")
            .args([
                "--bind",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("redis-server (make test installs it)");
        Self {
            port,
            child: Some(child),
        }
    }

    async fn wait_ready(&self) {
        wait_until(Duration::from_secs(5), "redis to start", || async {
            tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                .await
                .is_ok()
        })
        .await;
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.kill();
    }
}

#[tokio::test]
async fn after_redis_is_killed_and_restarted_a_subscriber_on_another_node_misses_nothing() {
    // Arrange: two nodes on a private Redis; a subscriber on node B.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut redis = PrivateRedis::start(port);
    redis.wait_ready().await;
    let mut cfg = config();
    cfg.redis.url = Some(format!("redis://127.0.0.1:{port}/"));
    let node_a = TestApp::spawn_with(cfg.clone()).await;
    let node_b = TestApp::spawn_with(cfg).await;
    let t = node_a.sign_up().await;
    let unit = node_a.create_org(&t.token, None, "重连支部", "PARTY").await;
    let (a, _) = node_a.join(&t.token, &unit, "节点甲").await;
    let (b, _) = node_a.join(&t.token, &unit, "节点乙").await;
    let conv = group_of(&conversations(&node_a, &a).await, &unit).unwrap();
    let mut ws = acked(&node_b, &b).await;
    ws::send(&mut ws, subscribe("r", &conv, 0)).await;
    let seq = |v: Value| v["payload"]["data"]["messageAdded"]["seq"].as_i64();
    send(&node_a, &a, &conv, "一", "r1").await;
    let first = next(&mut ws, 5).await.and_then(seq);

    // Act: Redis dies; a message is sent; Redis comes back; another is sent.
    redis.kill();
    let during = send(&node_a, &a, &conv, "二", "r2").await;
    let redis = PrivateRedis::start(port);
    redis.wait_ready().await;
    let restarted = Instant::now();
    let second = next(&mut ws, 5).await.and_then(seq);
    let caught_up_in = restarted.elapsed();
    send(&node_a, &a, &conv, "三", "r3").await;
    let third = next(&mut ws, 5).await.and_then(seq);
    drop(redis);

    // Assert
    assert_eq!(first, Some(1));
    assert!(
        during["errors"].is_null(),
        "sending works without Redis: {during}"
    );
    assert_eq!(second, Some(2), "caught up from the database");
    assert_eq!(third, Some(3), "live again through Redis");
    assert!(caught_up_in < Duration::from_secs(5), "{caught_up_in:?}");
}

#[tokio::test]
async fn a_notice_published_while_redis_is_down_reaches_a_subscriber_on_another_node_once_it_is_back()
 {
    // Arrange: two nodes on a private Redis; a member subscribed to notifications on node B.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut redis = PrivateRedis::start(port);
    redis.wait_ready().await;
    let mut cfg = config();
    cfg.redis.url = Some(format!("redis://127.0.0.1:{port}/"));
    let node_a = TestApp::spawn_with(cfg.clone()).await;
    let node_b = TestApp::spawn_with(cfg).await;
    let t = node_a.sign_up().await;
    let unit = node_a.create_org(&t.token, None, "断线支部", "PARTY").await;
    let (b, _) = node_a.join(&t.token, &unit, "断线成员").await;
    let mut ws = acked(&node_b, &b).await;
    ws::send(
        &mut ws,
        json!({ "id": "n", "type": "subscribe", "payload": { "query": "subscription { notificationAdded { title } }" } }),
    )
    .await;
    // The protocol does not acknowledge a subscribe; give the node time to register it.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let publish = |title: &'static str| {
        let (node_a, t, unit) = (&node_a, &t, &unit);
        async move {
            node_a
                .gql(
                    Some(&t.token),
                    "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { status } } }",
                    json!({ "i": { "issuerOrgId": unit, "title": title, "body": "<p>请阅读</p>", "category": "NOTICE", "audience": { "orgs": [{ "orgId": unit }] } } }),
                )
                .await
        }
    };
    let title = |v: Option<Value>| {
        v.and_then(|v| {
            v["payload"]["data"]["notificationAdded"]["title"]
                .as_str()
                .map(str::to_string)
        })
    };

    // Act: Redis dies; a notice goes out on node A; Redis comes back; another goes out.
    redis.kill();
    let during = publish("断线期间的通知").await;
    let redis = PrivateRedis::start(port);
    redis.wait_ready().await;
    let caught_up = title(next(&mut ws, 5).await);
    let live = publish("恢复之后的通知").await;
    let after = title(next(&mut ws, 5).await);
    drop(redis);

    // Assert
    assert_eq!(
        during["data"]["publishNotice"]["notice"]["status"], "PUBLISHED",
        "{during}"
    );
    assert_eq!(
        caught_up.as_deref(),
        Some("断线期间的通知"),
        "caught up from the database"
    );
    assert!(live["errors"].is_null(), "{live}");
    assert_eq!(
        after.as_deref(),
        Some("恢复之后的通知"),
        "live again, and nothing twice"
    );
}

#[tokio::test]
async fn a_member_moved_out_of_a_unit_stops_receiving_its_group_within_two_seconds() {
    // Arrange: a subscriber in a branch's group.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let one = app.create_org(&t.token, None, "调出支部", "PARTY").await;
    let two = app.create_org(&t.token, None, "调入支部", "PARTY").await;
    let (a, _) = app.join(&t.token, &one, "留下的人").await;
    let (b, b_id) = app.join(&t.token, &one, "调走的人").await;
    let conv = group_of(&conversations(&app, &a).await, &one).unwrap();
    let mut ws = acked(&app, &b).await;
    ws::send(&mut ws, subscribe("g", &conv, 0)).await;
    send(&app, &a, &conv, "调动前", "mv1").await;
    // The first delivery may wait behind the other tests' load; only the ending is timed.
    let before = tongxin_tests::ws::next(&mut ws, 20)
        .await
        .expect("delivered while placed");

    // Act
    app.place(&t.token, &b_id, &[&two]).await;
    let started = Instant::now();
    let ending = next(&mut ws, 5).await.expect("an ending");
    let took = started.elapsed();
    send(&app, &a, &conv, "调动后", "mv2").await;
    let after = next(&mut ws, 5).await;

    // Assert
    assert_eq!(before["payload"]["data"]["messageAdded"]["seq"], 1);
    assert!(ending.to_string().contains("NOT_FOUND"), "{ending}");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(
        after.as_ref().is_none_or(|v| v["type"] == "complete"),
        "nothing after the move: {after:?}"
    );
}

//! Graceful shutdown, with the API and the worker as real processes stopped by SIGTERM: the
//! node leaves the load balancer's rotation (`/readyz` 503) at once, keeps serving with
//! `Connection: close` for the drain, then refuses new connections, finishes what is in
//! flight within its grace period and closes WebSockets with 1001; the worker releases a job
//! it could not finish, and the next worker runs it.

use super::chat::{conversations, group_of, send};
use futures::StreamExt;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
use tongxin_core::Ctx;
use tongxin_tests::{
    TestApp, bench::free_port, cluster::Proc, mail, owner_pool, wait_for, wait_until, ws,
};

const QUERY: &str = r#"{"query":"{ __typename }"}"#;

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// An API process on a free port with the given drain and grace, ready.
async fn node(drain_ms: &str, grace_ms: &str) -> Proc {
    owner_pool().await; // migrated
    let mut node = Proc::api(
        "api",
        free_port(),
        &[
            ("TONGXIN_HTTP__SHUTDOWN_DRAIN_MS", drain_ms),
            ("TONGXIN_HTTP__SHUTDOWN_GRACE_MS", grace_ms),
        ],
        None,
    );
    node.start().expect("tongxin-api (cargo build builds it)");
    assert!(
        node.ready(&client(), Duration::from_secs(30)).await,
        "the node became ready"
    );
    node
}

fn base(node: &Proc) -> String {
    format!("http://127.0.0.1:{}", node.port.unwrap())
}

/// A connection with the head and half the body of a GraphQL POST sent: a request in flight.
async fn half_sent(port: u16) -> tokio::net::TcpStream {
    let mut conn = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let head = format!(
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        QUERY.len()
    );
    conn.write_all(head.as_bytes()).await.unwrap();
    conn.write_all(&QUERY.as_bytes()[..10]).await.unwrap();
    conn
}

/// Whether a new connection to the port is refused.
async fn refused(port: u16) -> bool {
    tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
}

#[tokio::test]
async fn on_sigterm_readyz_fails_at_once_requests_are_served_with_connection_close_until_the_drain_ends_and_the_node_exits()
 {
    // Arrange
    let mut node = node("1500", "3000").await;
    let (url, http) = (base(&node), client());
    let before = http
        .post(format!("{url}/graphql"))
        .header("content-type", "application/json")
        .body(QUERY)
        .send()
        .await
        .unwrap();
    let kept_alive_before = before.headers().get("connection").is_none();

    // Act
    let asked = Instant::now();
    node.terminate();
    let unready_after = wait_for(Duration::from_secs(2), "/readyz to fail", || async {
        let r = client().get(format!("{url}/readyz")).send().await.ok()?;
        (r.status() == 503).then(|| asked.elapsed())
    })
    .await;
    let during = client()
        .post(format!("{url}/graphql"))
        .header("content-type", "application/json")
        .body(QUERY)
        .send()
        .await
        .unwrap();
    let during_connection = during.headers().get("connection").cloned();
    let during_body: Value = during.json().await.unwrap();
    let port = node.port.unwrap();
    let refused_after = wait_for(Duration::from_secs(5), "the listener to close", || async {
        refused(port).await.then(|| asked.elapsed())
    })
    .await;
    let exit = node.exited(Duration::from_secs(10)).await;

    // Assert
    assert!(kept_alive_before, "no Connection: close before the stop");
    assert!(
        unready_after < Duration::from_millis(800),
        "/readyz failed only after {unready_after:?}"
    );
    assert_eq!(during_body["data"]["__typename"], "Query", "{during_body}");
    assert_eq!(
        during_connection.as_ref().and_then(|v| v.to_str().ok()),
        Some("close")
    );
    assert!(
        refused_after >= Duration::from_millis(1400),
        "the listener closed after {refused_after:?}, before the drain of 1.5 s ended"
    );
    assert!(exit.is_some_and(|s| s.success()), "exits cleanly: {exit:?}");
}

#[tokio::test]
async fn a_request_in_flight_when_the_listener_closes_is_answered_and_one_that_outlasts_the_grace_period_does_not_hold_the_node()
 {
    // Arrange: two requests whose bodies are half sent.
    let mut node = node("300", "2000").await;
    let port = node.port.unwrap();
    let mut finishing = half_sent(port).await;
    let _stuck = half_sent(port).await;

    // Act: stop; once new connections are refused, finish one body and read the answer.
    let asked = Instant::now();
    node.terminate();
    wait_until(Duration::from_secs(5), "the listener to close", || {
        refused(port)
    })
    .await;
    finishing.write_all(&QUERY.as_bytes()[10..]).await.unwrap();
    let mut answer = String::new();
    tokio::time::timeout(
        Duration::from_secs(5),
        finishing.read_to_string(&mut answer),
    )
    .await
    .expect("the answer and the connection's end within 5 s")
    .unwrap();
    let exit = node.exited(Duration::from_secs(10)).await;
    let stopped_after = asked.elapsed();

    // Assert
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#""__typename":"Query""#), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("connection: close"),
        "{answer}"
    );
    assert!(exit.is_some_and(|s| s.success()), "exits cleanly: {exit:?}");
    assert!(
        stopped_after >= Duration::from_millis(2000),
        "the stuck request was given its grace period ({stopped_after:?})"
    );
    assert!(
        stopped_after < Duration::from_millis(4500),
        "the stuck request held the node past drain and grace ({stopped_after:?})"
    );
}

/// The close code the server ends with, skipping other frames (within `wait`).
async fn close_code(socket: &mut ws::Ws, wait: Duration) -> Option<u16> {
    let until = Instant::now() + wait;
    loop {
        let left = until.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, socket.next()).await.ok()?? {
            Ok(Message::Close(frame)) => return frame.map(|f| u16::from(f.code)),
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

fn subscribe(id: &str, conv: &str, after: i64) -> Value {
    json!({ "id": id, "type": "subscribe", "payload": {
        "query": "subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq body } }",
        "variables": { "c": conv, "a": after } } })
}

fn seq(frame: Option<Value>) -> Option<i64> {
    frame.and_then(|v| v["payload"]["data"]["messageAdded"]["seq"].as_i64())
}

#[tokio::test]
async fn a_websocket_closes_with_1001_on_sigterm_upgrades_are_refused_while_draining_and_the_client_resumes_on_another_node_missing_nothing()
 {
    // Arrange: node A a process, node B in this test; a subscriber on A.
    let b = TestApp::spawn().await;
    let mut a_node = node("1000", "3000").await;
    let a = TestApp {
        base: base(&a_node),
        http: client(),
        app: b.app.clone(),
    };
    let t = b.sign_up().await;
    let unit = b.create_org(&t.token, None, "滚动重启支部", "PARTY").await;
    let (author, _) = b.join(&t.token, &unit, "发送者").await;
    let (reader, _) = b.join(&t.token, &unit, "订阅者").await;
    let conv = group_of(&conversations(&b, &reader).await, &unit).unwrap();
    let mut on_a = ws::connect(&a.base, &reader).await;
    ws::send(&mut on_a, subscribe("m", &conv, 0)).await;
    send(&a, &author, &conv, "一", "sd1").await;
    let first = seq(ws::next(&mut on_a, 10).await);

    // Act: stop A; while it drains, try to open a socket there; send on B meanwhile.
    a_node.terminate();
    let code = close_code(&mut on_a, Duration::from_secs(5)).await;
    let mut upgrade = format!("{}/graphql/ws", a.base.replace("http://", "ws://"))
        .into_client_request()
        .unwrap();
    upgrade.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let refused_upgrade = match tokio_tungstenite::connect_async(upgrade).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => Some(r.status().as_u16()),
        other => panic!("an upgrade while draining was not refused: {other:?}"),
    };
    let missed = send(&b, &author, &conv, "二", "sd2").await;
    let mut on_b = ws::connect(&b.base, &reader).await;
    ws::send(&mut on_b, subscribe("m", &conv, first.unwrap_or(0))).await;
    let resumed = seq(ws::next(&mut on_b, 10).await);
    send(&b, &author, &conv, "三", "sd3").await;
    let live = seq(ws::next(&mut on_b, 10).await);
    let exit = a_node.exited(Duration::from_secs(10)).await;

    // Assert
    assert_eq!(first, Some(1));
    assert_eq!(code, Some(1001), "closed as going away");
    assert_eq!(refused_upgrade, Some(503));
    assert!(missed["errors"].is_null(), "{missed}");
    assert_eq!(resumed, Some(2), "the message sent meanwhile, replayed");
    assert_eq!(live, Some(3), "then live, nothing twice");
    assert!(exit.is_some_and(|s| s.success()), "{exit:?}");
}

#[tokio::test]
async fn a_job_in_progress_at_sigterm_is_released_and_the_next_worker_sends_it_once() {
    // Arrange: an email whose SMTP server accepts the connection and then says nothing, so
    // the send is in progress when the worker is asked to stop.
    let app = TestApp::spawn().await;
    let stall = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let stall_url = format!("smtp://{}", stall.local_addr().unwrap());
    let held = tokio::spawn(async move {
        let mut conns = Vec::new();
        while let Ok((c, _)) = stall.accept().await {
            conns.push(c);
        }
    });
    let run = uuid::Uuid::now_v7().simple().to_string();
    let key = format!("shutdown:{run}");
    let mut tx = app
        .app
        .db
        .begin_tenant(&Ctx::for_tests(uuid::Uuid::now_v7()))
        .await
        .unwrap();
    tongxin_core::mail::enqueue(
        &mut tx,
        &tongxin_core::mail::Mail {
            key: key.clone(),
            to: format!("stop@{run}.example.cn"),
            subject: "停机测试".into(),
            text: format!("shutdown run {run}"),
            html: format!("<p>shutdown run {run}</p>"),
            bulk: false,
            unsubscribe: None,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let pool = owner_pool().await;
    // The queue is shared with every other test, whose mail may be waiting in it: this job goes
    // first, so the stalling worker (one job at a time) is surely holding it when it is stopped.
    sqlx::query("update graphile_worker._private_jobs set priority = -100 where key = $1")
        .bind(format!("mail:{key}"))
        .execute(&pool)
        .await
        .unwrap();
    let job = || async {
        sqlx::query_as::<_, (bool, i16, i16)>(
            "select locked_at is not null, attempts, max_attempts from graphile_worker.jobs where key = $1",
        )
        .bind(format!("mail:{key}"))
        .fetch_optional(&pool)
        .await
        .unwrap()
    };
    let sent = || async {
        sqlx::query_scalar::<_, bool>("select sent_at is not null from mail_outbox where key = $1")
            .bind(&key)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let settings = [
        ("TONGXIN_WORKER__HEARTBEAT_SECS", "1"),
        ("TONGXIN_WORKER__SWEEP_INTERVAL_SECS", "1"),
        ("TONGXIN_WORKER__SWEEP_THRESHOLD_SECS", "3"),
    ];
    let mut stalled = settings.to_vec();
    stalled.push(("TONGXIN_MAIL__SMTP_URL", &stall_url));
    stalled.push(("TONGXIN_WORKER__CONCURRENCY", "1"));
    let mut first = Proc::worker("worker-1", &stalled, None);
    first
        .start()
        .expect("tongxin-worker (cargo build builds it)");
    wait_until(Duration::from_secs(20), "the job to be taken", || async {
        job().await.is_some_and(|(locked, _, _)| locked)
    })
    .await;

    // Act
    let asked = Instant::now();
    first.terminate();
    let exit = first.exited(Duration::from_secs(20)).await;
    let stopped_in = asked.elapsed();
    let after_stop = job().await;
    let sent_after_stop = sent().await;
    let smtp = std::env::var("TONGXIN_TEST_SMTP_URL").expect("make test provides an SMTP sink");
    let mut working = settings.to_vec();
    working.push(("TONGXIN_MAIL__SMTP_URL", &smtp));
    let mut second = Proc::worker("worker-2", &working, None);
    second.start().unwrap();
    wait_until(Duration::from_secs(30), "the next worker to send it", sent).await;
    held.abort();

    // Assert
    assert!(exit.is_some_and(|s| s.success()), "{exit:?}");
    assert!(stopped_in < Duration::from_secs(15), "{stopped_in:?}");
    let (locked, attempts, max) = after_stop.expect("the job is still queued, not lost");
    assert!(!locked, "released by the stopping worker");
    assert!(
        attempts < max,
        "{attempts} of {max} attempts: still runnable"
    );
    assert!(!sent_after_stop);
    wait_until(Duration::from_secs(5), "the email in the sink", || async {
        !mail::containing(&format!("shutdown run {run}")).is_empty()
    })
    .await;
    assert_eq!(
        mail::containing(&format!("shutdown run {run}")).len(),
        1,
        "sent once"
    );
}

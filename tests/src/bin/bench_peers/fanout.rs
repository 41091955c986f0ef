//! Fan-out: many graphql-transport-ws subscribers of one group, each with its own credential;
//! a message's body carries its send time, so every subscriber measures its own delay.

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::{
    cell::{Cell, RefCell},
    rc::Rc,
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use tokio_tungstenite::tungstenite::Message;

pub fn now_us() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0)
}

/// What the subscribers saw; the generator is one thread, so plain cells do.
#[derive(Default)]
pub struct Seen {
    latencies: RefCell<Vec<u64>>,
    pub ready: Cell<usize>,
    pub closed: Cell<usize>,
    /// Subscriptions the server ended with an error.
    pub errors: Cell<usize>,
    stop: Cell<bool>,
}

impl Seen {
    pub fn received(&self) -> usize {
        self.latencies.borrow().len()
    }
    /// The latencies so far (sorted, µs), leaving none behind.
    pub fn take(&self) -> Vec<u64> {
        let mut v = std::mem::take(&mut *self.latencies.borrow_mut());
        v.sort_unstable();
        v
    }
    pub fn stop(&self) {
        self.stop.set(true);
    }
}

/// How to subscribe on one system.
#[derive(Clone)]
pub struct Subscribe {
    pub url: String,
    pub query: String,
    pub variables: Value,
}

async fn subscriber(sub: Subscribe, init: Value, seen: Rc<Seen>) -> anyhow::Result<()> {
    let mut ws = tongxin_tests::ws::open(&sub.url, init).await?;
    ws.send(Message::Text(
        json!({ "id": "1", "type": "subscribe",
                "payload": { "query": sub.query, "variables": sub.variables } })
        .to_string()
        .into(),
    ))
    .await?;
    seen.ready.set(seen.ready.get() + 1);
    // Ping as the web client does, so neither server closes a quiet socket.
    let mut keepalive = tokio::time::interval(Duration::from_secs(10));
    keepalive.tick().await;
    let mut check = tokio::time::interval(Duration::from_millis(500));
    loop {
        let msg = tokio::select! {
            msg = ws.next() => msg,
            _ = keepalive.tick() => {
                let _ = ws.send(Message::Text(r#"{"type":"ping"}"#.into())).await;
                continue;
            }
            _ = check.tick() => {
                if seen.stop.get() { let _ = ws.close(None).await; break; }
                continue;
            }
        };
        let Some(Ok(msg)) = msg else { break };
        let Message::Text(text) = msg else {
            if matches!(msg, Message::Close(_)) {
                break;
            }
            continue;
        };
        if text.contains("\"ping\"") {
            let _ = ws.send(Message::Text(r#"{"type":"pong"}"#.into())).await;
            continue;
        }
        let at = now_us();
        if let Some(i) = text.find("t=") {
            let digits: String = text[i + 2..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(sent) = digits.parse::<u64>() {
                seen.latencies.borrow_mut().push(at.saturating_sub(sent));
            }
        } else if text.contains("\"error") {
            // One line per run is enough to see why; the count shows in the totals.
            if seen.errors.get() == 0 {
                eprintln!("subscription error: {text}");
            }
            seen.errors.set(seen.errors.get() + 1);
            break;
        }
    }
    seen.closed.set(seen.closed.get() + 1);
    Ok(())
}

/// Opens one subscriber per (subscription, init payload) and waits until all have
/// subscribed.
pub async fn open(subs: Vec<(Subscribe, Value)>) -> Rc<Seen> {
    let seen = Rc::new(Seen::default());
    let total = subs.len();
    for (i, (sub, init)) in subs.into_iter().enumerate() {
        let mine = seen.clone();
        tokio::task::spawn_local(async move {
            if let Err(e) = subscriber(sub, init, mine.clone()).await {
                eprintln!("subscriber: {e}");
                mine.closed.set(mine.closed.get() + 1);
            }
        });
        // Open in batches of 100, each once the last is accepted and given 100 ms to set its
        // subscriptions up: clients arrive at a pace the server keeps up with, not in one
        // burst (a burst is a different measure: see docs/BENCHMARKS.md).
        if i % 100 == 99 {
            let batch = Instant::now();
            while seen.ready.get() + seen.closed.get() < i + 1
                && batch.elapsed() < Duration::from_secs(30)
            {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let started = Instant::now();
    while seen.ready.get() + seen.closed.get() < total
        && started.elapsed() < Duration::from_secs(180)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    seen
}

/// Waits until `count` deliveries arrived or `limit` passed.
pub async fn wait_for(seen: &Seen, count: usize, limit: Duration) {
    let started = Instant::now();
    while seen.received() < count && started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Sends one message over HTTP whose body carries its send time.
pub async fn send(
    http: &reqwest::Client,
    url: &str,
    auth: &str,
    query: &str,
    variables: impl Fn(String, String) -> Value,
) -> bool {
    let body = format!("t={}", now_us());
    let key = uuid::Uuid::new_v4().to_string();
    let answer: Value = match http
        .post(url)
        .header("authorization", auth)
        .json(&json!({ "query": query, "variables": variables(body, key) }))
        .send()
        .await
    {
        Ok(r) => r.json().await.unwrap_or(Value::Null),
        Err(_) => Value::Null,
    };
    let ok = answer.get("errors").is_none() && !answer["data"].is_null();
    if !ok {
        eprintln!("send failed: {answer}");
    }
    ok
}

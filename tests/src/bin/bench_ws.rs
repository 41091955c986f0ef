//! Realtime benchmark against the real `tongxin-api` binary, run as child processes on
//! loopback: memory per idle subscribed connection, one message fanned out to every
//! subscriber of one group, many groups at a steady message rate, and the extra latency of a
//! subscriber on another node behind Redis.
//!
//! Every subscriber is a real graphql-transport-ws connection subscribed to `messageAdded`.
//! All connections use one member's session (10,000 members would mean 10,000 password
//! hashes at set-up); the server does the same work per subscription either way. Message
//! bodies carry their send time, so latency is measured at each client without coordination.
//! Needs the environment of `scripts/pg.sh` and, for the cross-node run, `TONGXIN_REDIS__URL`.

use clap::Parser;
use futures::{SinkExt, StreamExt};
use serde_json::json;
use std::{
    process::{Command, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use tokio_tungstenite::tungstenite::Message;
use tongxin_tests::bench::{ApiNode, NodeOptions, api_binary, gql, sign_up};

#[derive(Parser, Clone)]
struct Args {
    /// Subscribers of the one big group (idle memory and fan-out).
    #[arg(long, default_value_t = 10_000)]
    connections: usize,
    /// Messages fanned out to the big group.
    #[arg(long, default_value_t = 20)]
    fanouts: usize,
    /// Groups in the steady-rate run.
    #[arg(long, default_value_t = 100)]
    groups: usize,
    /// Subscribers per group in the steady-rate run.
    #[arg(long, default_value_t = 100)]
    per_group: usize,
    /// Messages per second in the steady-rate run.
    #[arg(long, default_value_t = 200)]
    rate: u64,
    /// Seconds of the steady-rate run.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Subscribers in the cross-node run.
    #[arg(long, default_value_t = 1_000)]
    cross: usize,
}

fn now_micros() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(0)
}

async fn group(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    title: &str,
) -> anyhow::Result<String> {
    let body = gql(
        http,
        url,
        Some(token),
        "mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }",
        json!({ "i": { "title": title, "memberIds": [] } }),
    )
    .await;
    body["data"]["createGroup"]["id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("group failed: {body}"))
}

async fn send(http: &reqwest::Client, url: &str, token: &str, conv: &str) -> bool {
    let body = gql(
        http,
        url,
        Some(token),
        "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }",
        json!({ "i": { "conversationId": conv, "body": format!("t={}", now_micros()),
                       "clientMessageId": uuid::Uuid::new_v4().to_string() } }),
    )
    .await;
    body["data"]["sendMessage"]["message"]["seq"].is_i64()
}

/// What the subscribers saw.
#[derive(Default)]
struct Seen {
    latencies_us: Mutex<Vec<i64>>,
    received: AtomicUsize,
    ready: AtomicUsize,
    closed: AtomicUsize,
}

/// Opens one subscriber; it records the latency of every message it receives.
async fn subscriber(port: u16, token: String, conv: String, seen: Arc<Seen>) -> anyhow::Result<()> {
    let url = format!("ws://127.0.0.1:{port}/graphql/ws");
    let mut ws = tongxin_tests::ws::open(&url, json!({ "token": token })).await?;
    seen.ready.fetch_add(1, Ordering::Relaxed);
    ws.send(Message::Text(
        json!({ "id": "1", "type": "subscribe", "payload": {
            "query": "subscription($c: ID!) { messageAdded(conversationId: $c) { seq body } }",
            "variables": { "c": conv } } })
        .to_string()
        .into(),
    ))
    .await?;
    let trace = std::env::var_os("BENCH_WS_TRACE").is_some();
    // Ping as the web client does (it every 20 s): the server closes a socket silent for 30 s.
    let mut keepalive = tokio::time::interval(Duration::from_secs(10));
    keepalive.tick().await;
    loop {
        let msg = tokio::select! {
            msg = ws.next() => msg,
            _ = keepalive.tick() => {
                let _ = ws.send(Message::Text(r#"{"type":"ping"}"#.to_string().into())).await;
                continue;
            }
        };
        let Some(msg) = msg else { break };
        let Ok(Message::Text(text)) = msg else {
            if matches!(msg, Ok(Message::Close(_)) | Err(_)) {
                break;
            }
            continue;
        };
        if text.contains("\"ping\"") {
            let _ = ws
                .send(Message::Text(r#"{"type":"pong"}"#.to_string().into()))
                .await;
            continue;
        }
        if trace {
            eprintln!("frame: {text}");
        }
        let at = now_micros();
        if let Some(i) = text.find("t=") {
            let digits: String = text[i + 2..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(sent) = digits.parse::<i64>() {
                seen.received.fetch_add(1, Ordering::Relaxed);
                seen.latencies_us
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(at - sent);
            }
        }
    }
    seen.closed.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

async fn open_many(port: u16, token: &str, convs: &[String], per: usize, seen: &Arc<Seen>) {
    let total = convs.len() * per;
    let mut opened = 0usize;
    for conv in convs {
        for _ in 0..per {
            let (token, conv, seen) = (token.to_string(), conv.clone(), seen.clone());
            tokio::spawn(async move {
                if let Err(e) = subscriber(port, token, conv, seen.clone()).await {
                    eprintln!("subscriber: {e}");
                    seen.closed.fetch_add(1, Ordering::Relaxed);
                }
            });
            // Open in bursts so the accept queue is not overrun.
            opened += 1;
            if opened.is_multiple_of(500) {
                tokio::task::yield_now().await;
            }
        }
    }
    let started = Instant::now();
    while seen.ready.load(Ordering::Relaxed) + seen.closed.load(Ordering::Relaxed) < total
        && started.elapsed() < Duration::from_secs(120)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The subscribe follows the ack on the same socket; give the server time to run them.
    tokio::time::sleep(Duration::from_secs(2)).await;
}

/// Sends one message to each conversation and waits until every subscriber has it: from then
/// on every subscription is live (its access check and first read are done), so set-up time
/// does not count as delivery latency.
async fn warm_up(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    convs: &[String],
    seen: &Seen,
    subscribers: usize,
) {
    seen.received.store(0, Ordering::Relaxed);
    for conv in convs {
        send(http, url, token, conv).await;
    }
    wait_for(seen, subscribers, Duration::from_secs(120)).await;
    take(seen);
    seen.received.store(0, Ordering::Relaxed);
}

fn pct(sorted: &[i64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn take(seen: &Seen) -> Vec<i64> {
    let mut v = std::mem::take(&mut *seen.latencies_us.lock().unwrap_or_else(|p| p.into_inner()));
    v.sort_unstable();
    v
}

async fn wait_for(seen: &Seen, count: usize, limit: Duration) {
    let started = Instant::now();
    while seen.received.load(Ordering::Relaxed) < count && started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // The load generator keeps to one thread; the servers and PostgreSQL have the rest.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(args))
}

async fn run(args: Args) -> anyhow::Result<()> {
    let http = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(256)
        .build()?;
    let migrated = Command::new(api_binary()?)
        .arg("migrate")
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(migrated.success(), "migrate failed");
    let node = ApiNode::start(NodeOptions::default()).await?;
    let url = node.url();
    let token = sign_up(&http, &url).await?.2;

    println!("## Realtime (tongxin-api child process, loopback)\n");
    println!("| measure | figure | target |");
    println!("|---|---|---|");

    // 1. Idle memory per subscribed connection, then fan-out of one message to all of them.
    let big = group(&http, &url, &token, "万人大群").await?;
    let seen = Arc::new(Seen::default());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = node.rss_kib();
    open_many(
        node.port,
        &token,
        std::slice::from_ref(&big),
        args.connections,
        &seen,
    )
    .await;
    let ready = seen.ready.load(Ordering::Relaxed);
    let after = node.rss_kib();
    let per_conn = (after.saturating_sub(before)) as f64 / ready.max(1) as f64;
    println!(
        "| idle memory per subscribed connection ({ready} connections, server RSS {before} → {after} KiB) | {per_conn:.1} KiB | ≤ 12 KiB |"
    );
    warm_up(
        &http,
        &url,
        &token,
        std::slice::from_ref(&big),
        &seen,
        ready,
    )
    .await;
    let mut all = Vec::new();
    let mut lost = 0usize;
    for _ in 0..args.fanouts {
        seen.received.store(0, Ordering::Relaxed);
        send(&http, &url, &token, &big).await;
        wait_for(&seen, ready, Duration::from_secs(10)).await;
        lost += ready.saturating_sub(seen.received.load(Ordering::Relaxed));
        all.extend(take(&seen));
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    all.sort_unstable();
    println!(
        "| one message to {ready} subscribers ({} messages): p50 / p99 / last delivery | {:.1} / {:.1} / {:.1} ms, lost {lost} | p99 ≤ 150 ms, none lost |",
        args.fanouts,
        pct(&all, 0.5),
        pct(&all, 0.99),
        pct(&all, 1.0)
    );
    drop(node);
    tokio::time::sleep(Duration::from_secs(2)).await;

    // 2. Many groups at a steady rate.
    let node = ApiNode::start(NodeOptions::default()).await?;
    let url = node.url();
    let token = sign_up(&http, &url).await?.2;
    let mut convs = Vec::new();
    for i in 0..args.groups {
        convs.push(group(&http, &url, &token, &format!("群 {i}")).await?);
    }
    let seen = Arc::new(Seen::default());
    open_many(node.port, &token, &convs, args.per_group, &seen).await;
    let ready = seen.ready.load(Ordering::Relaxed);
    warm_up(&http, &url, &token, &convs, &seen, ready).await;
    let sent = Arc::new(AtomicUsize::new(0));
    let period = Duration::from_micros(1_000_000 / args.rate.max(1));
    let started = Instant::now();
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut i = 0usize;
    while started.elapsed() < Duration::from_secs(args.seconds) {
        tick.tick().await;
        let (http, url, token, conv, sent) = (
            http.clone(),
            url.clone(),
            token.clone(),
            convs[i % convs.len()].clone(),
            sent.clone(),
        );
        tokio::spawn(async move {
            if send(&http, &url, &token, &conv).await {
                sent.fetch_add(1, Ordering::Relaxed);
            }
        });
        i += 1;
    }
    let expected_approx = sent.load(Ordering::Relaxed) * args.per_group;
    wait_for(&seen, expected_approx, Duration::from_secs(10)).await;
    let steady = take(&seen);
    let delivered = seen.received.load(Ordering::Relaxed);
    println!(
        "| {} groups × {} subscribers ({ready} connected), {} msg/s for {} s: {} sent, {} delivered, p50 / p99 / max | {:.1} / {:.1} / {:.1} ms | p99 ≤ 50 ms |",
        args.groups,
        args.per_group,
        args.rate,
        args.seconds,
        sent.load(Ordering::Relaxed),
        delivered,
        pct(&steady, 0.5),
        pct(&steady, 0.99),
        pct(&steady, 1.0)
    );
    drop(node);
    tokio::time::sleep(Duration::from_secs(2)).await;

    // 3. Cross-node through Redis: subscribers on node B; messages sent on B, then on A.
    let Ok(redis) = std::env::var("TONGXIN_REDIS__URL") else {
        println!("| extra p99 behind Redis | not run (no TONGXIN_REDIS__URL) | ≤ 5 ms |");
        return Ok(());
    };
    let a = ApiNode::start(NodeOptions {
        redis: Some(&redis),
        ..Default::default()
    })
    .await?;
    let b = ApiNode::start(NodeOptions {
        redis: Some(&redis),
        ..Default::default()
    })
    .await?;
    let token = sign_up(&http, &a.url()).await?.2;
    let conv = group(&http, &a.url(), &token, "跨节点群").await?;
    let seen = Arc::new(Seen::default());
    open_many(
        b.port,
        &token,
        std::slice::from_ref(&conv),
        args.cross,
        &seen,
    )
    .await;
    let ready = seen.ready.load(Ordering::Relaxed);
    warm_up(
        &http,
        &b.url(),
        &token,
        std::slice::from_ref(&conv),
        &seen,
        ready,
    )
    .await;
    let run_on = |node: &ApiNode| (node.url(), seen.clone());
    let mut results = Vec::new();
    for node in [&b, &a] {
        let (url, seen) = run_on(node);
        for _ in 0..args.fanouts {
            seen.received.store(0, Ordering::Relaxed);
            send(&http, &url, &token, &conv).await;
            wait_for(&seen, ready, Duration::from_secs(10)).await;
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        results.push(take(&seen));
    }
    let (same, cross) = (&results[0], &results[1]);
    println!(
        "| {ready} subscribers on node B: p50 / p99 sent on B | {:.1} / {:.1} ms | |",
        pct(same, 0.5),
        pct(same, 0.99)
    );
    println!(
        "| the same, sent on node A (through Redis): p50 / p99; extra p99 | {:.1} / {:.1} ms; {:+.1} ms | extra ≤ 5 ms |",
        pct(cross, 0.5),
        pct(cross, 0.99),
        pct(cross, 0.99) - pct(same, 0.99)
    );
    Ok(())
}

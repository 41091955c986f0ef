//! The cluster harness's driver (run by `scripts/cluster.sh`, which provisions PostgreSQL,
//! Redis, an SMTP sink and nginx): starts three API nodes and two workers, runs traffic
//! through nginx — queries, chat messages sent over HTTP and received over WebSockets, urgent
//! notices (a live notification on each socket and an email job per recipient) — and, under
//! that load, restarts every API node one by one with SIGTERM and then a worker. It prints the
//! figures and exits non-zero when a target is missed: no failed request, no chat message
//! lost or received twice after the sockets resume with `afterSeq`, no job lost.

use clap::Parser;
use futures::StreamExt;
use serde_json::{Value, json};
use std::{
    collections::{BTreeSet, HashMap},
    io::Write,
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering::Relaxed},
    },
    time::{Duration, Instant},
};
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;
use tongxin_tests::{TestApp, cluster::Proc, mail, ws};

#[derive(Parser)]
struct Args {
    /// nginx's base URL.
    #[arg(long)]
    lb: String,
    /// The three API nodes' ports, comma-separated (nginx's upstreams).
    #[arg(long)]
    ports: String,
    /// Where the processes' logs go.
    #[arg(long)]
    logs: PathBuf,
    /// A file the id of every started process is appended to (for the script's clean-up).
    #[arg(long)]
    pids: PathBuf,
    /// nginx's access log, to count the upstream retries it made.
    #[arg(long)]
    nginx_log: Option<PathBuf>,
    /// The nodes' drain before they stop accepting (`http.shutdown_drain_ms`); 0 shows what
    /// the drain buys.
    #[arg(long, default_value_t = 1000)]
    drain_ms: u64,
    /// Chat readers (WebSocket clients, each another member).
    #[arg(long, default_value_t = 4)]
    readers: usize,
}

/// Counters shared by the load tasks.
#[derive(Default)]
struct Figures {
    requests: AtomicU64,
    failed: AtomicU64,
    failures: Mutex<Vec<String>>,
    reconnects: AtomicU64,
    going_away: AtomicU64,
    ws_connect_failures: AtomicU64,
    notices_live: AtomicU64,
    sent: Mutex<BTreeSet<i64>>,
    notices: Mutex<Vec<String>>,
}

impl Figures {
    fn fail(&self, what: String) {
        self.failed.fetch_add(1, Relaxed);
        let mut f = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if f.len() < 10 {
            f.push(what);
        }
    }
}

/// One GraphQL request through nginx, counted; the `data` when it succeeded.
async fn request(
    http: &reqwest::Client,
    lb: &str,
    figures: &Figures,
    token: &str,
    query: &str,
    variables: Value,
) -> Option<Value> {
    figures.requests.fetch_add(1, Relaxed);
    let sent = http
        .post(format!("{lb}/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await;
    let response = match sent {
        Ok(r) => r,
        Err(e) => {
            figures.fail(format!("transport: {e}"));
            return None;
        }
    };
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if !status.is_success() || !body["errors"].is_null() || body["data"].is_null() {
        figures.fail(format!("{status}: {body}"));
        return None;
    }
    Some(body["data"].clone())
}

fn record_pid(path: &PathBuf, pid: u32) {
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(f, "{pid}");
    }
}

/// What one WebSocket client saw.
#[derive(Default)]
struct Seen {
    seqs: Vec<i64>,
    duplicates: u64,
    notices: BTreeSet<String>,
}

/// A chat reader through nginx: subscribes to the group after the last seq it holds and to
/// its notifications, and on any close reconnects at once and resumes.
async fn reader(
    lb_ws: String,
    token: String,
    conv: String,
    figures: Arc<Figures>,
    seen: Arc<Mutex<Seen>>,
) {
    loop {
        let opened = tokio::time::timeout(
            Duration::from_secs(5),
            ws::open(&lb_ws, json!({ "token": token })),
        )
        .await;
        let mut socket = match opened {
            Ok(Ok(s)) => s,
            _ => {
                figures.ws_connect_failures.fetch_add(1, Relaxed);
                tokio::time::sleep(Duration::from_millis(200)).await;
                continue;
            }
        };
        let after = seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .seqs
            .last()
            .copied()
            .unwrap_or(0);
        ws::send(
            &mut socket,
            json!({ "id": "m", "type": "subscribe", "payload": {
                "query": "subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq } }",
                "variables": { "c": conv, "a": after } } }),
        )
        .await;
        ws::send(
            &mut socket,
            json!({ "id": "n", "type": "subscribe", "payload": {
                "query": "subscription { notificationAdded { title } }" } }),
        )
        .await;
        loop {
            match socket.next().await {
                Some(Ok(Message::Text(t))) => {
                    let v: Value = serde_json::from_str(&t).unwrap_or(Value::Null);
                    if v["type"] == "next" && v["id"] == "m" {
                        if let Some(s) = v["payload"]["data"]["messageAdded"]["seq"].as_i64() {
                            let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
                            if seen.seqs.last().is_some_and(|last| s <= *last) {
                                seen.duplicates += 1;
                            } else {
                                seen.seqs.push(s);
                            }
                        }
                    } else if v["type"] == "next" && v["id"] == "n" {
                        if let Some(title) =
                            v["payload"]["data"]["notificationAdded"]["title"].as_str()
                        {
                            figures.notices_live.fetch_add(1, Relaxed);
                            seen.lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .notices
                                .insert(title.to_string());
                        }
                    } else if v["type"] == "error" {
                        // A subscription refused (a set-up the node could not take): start
                        // again, as the web client does.
                        break;
                    }
                }
                Some(Ok(Message::Close(frame))) => {
                    if frame.is_some_and(|f| u16::from(f.code) == 1001) {
                        figures.going_away.fetch_add(1, Relaxed);
                    }
                    break;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
        figures.reconnects.fetch_add(1, Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `check` holds, up to `limit`; whether it did.
async fn within<F, Fut>(limit: Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let until = Instant::now() + limit;
    loop {
        if check().await {
            return true;
        }
        if Instant::now() >= until {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let started = Instant::now();
    let ports: Vec<u16> = args
        .ports
        .split(',')
        .map(|p| p.trim().parse())
        .collect::<Result<_, _>>()?;
    anyhow::ensure!(ports.len() == 3, "three node ports expected");
    let smtp = std::env::var("TONGXIN_TEST_SMTP_URL")?;
    let http = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()?;

    // Three API nodes and two workers.
    let drain_ms = args.drain_ms.to_string();
    let node_env = [
        ("TONGXIN_HTTP__SHUTDOWN_DRAIN_MS", drain_ms.as_str()),
        ("TONGXIN_HTTP__SHUTDOWN_GRACE_MS", "5000"),
    ];
    let mut nodes: Vec<Proc> = ports
        .iter()
        .enumerate()
        .map(|(i, port)| {
            let name = format!("api-{}", i + 1);
            let log = args.logs.join(format!("{name}.log"));
            Proc::api(&name, *port, &node_env, Some(&log))
        })
        .collect();
    let worker_env = [
        ("TONGXIN_MAIL__SMTP_URL", smtp.as_str()),
        ("TONGXIN_WORKER__HEARTBEAT_SECS", "1"),
        ("TONGXIN_WORKER__SWEEP_INTERVAL_SECS", "1"),
        ("TONGXIN_WORKER__SWEEP_THRESHOLD_SECS", "3"),
    ];
    let mut workers: Vec<Proc> = (1..=2)
        .map(|i| {
            let name = format!("worker-{i}");
            let log = args.logs.join(format!("{name}.log"));
            Proc::worker(&name, &worker_env, Some(&log))
        })
        .collect();
    for p in nodes.iter_mut().chain(workers.iter_mut()) {
        record_pid(&args.pids, p.start()?);
    }
    for n in &nodes {
        anyhow::ensure!(
            n.ready(&http, Duration::from_secs(60)).await,
            "{} did not become ready",
            n.name
        );
    }
    println!(
        "cluster: 3 API nodes and 2 workers ready after {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // A tenant with a Party branch: two senders and the readers in its group chat.
    let app = TestApp {
        base: args.lb.clone(),
        http: http.clone(),
        app: tongxin_core::App::connect(tongxin_core::Config::load()?).await?,
    };
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "集群支部", "PARTY").await;
    let mut members = Vec::new();
    for i in 0..(2 + args.readers) {
        members.push(app.join(&t.token, &unit, &format!("成员{i}")).await.0);
    }
    let recipients = members.len();
    let convs = app
        .gql_ok(
            Some(&members[0]),
            "{ conversations(first: 20) { edges { node { id organization { id } } } } }",
            json!({}),
        )
        .await;
    let conv = tongxin_tests::nodes(&convs["conversations"])
        .into_iter()
        .find(|c| c["organization"]["id"] == unit.as_str())
        .and_then(|c| c["id"].as_str().map(str::to_string))
        .ok_or_else(|| anyhow::anyhow!("no group chat: {convs}"))?;

    // Across nodes through Redis: a socket on node 1, a message sent on node 2.
    let mut direct = ws::connect(&format!("http://127.0.0.1:{}", ports[0]), &members[2]).await;
    ws::send(
        &mut direct,
        json!({ "id": "x", "type": "subscribe", "payload": {
            "query": "subscription($c: ID!) { messageAdded(conversationId: $c) { seq body } }",
            "variables": { "c": conv } } }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await; // no ack for a subscribe
    let node2 = TestApp {
        base: format!("http://127.0.0.1:{}", ports[1]),
        http: http.clone(),
        app: app.app.clone(),
    };
    let cross_sent = node2
        .gql_ok(
            Some(&members[0]),
            "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }",
            json!({ "i": { "conversationId": conv, "body": "跨节点", "clientMessageId": "cross-node" } }),
        )
        .await;
    let cross = ws::next(&mut direct, 10).await;
    anyhow::ensure!(
        cross
            .as_ref()
            .is_some_and(|v| v["payload"]["data"]["messageAdded"]["body"] == "跨节点"),
        "a message sent on node 2 did not reach a socket on node 1: {cross:?}"
    );
    drop(direct);
    let first_seq = cross_sent["sendMessage"]["message"]["seq"]
        .as_i64()
        .ok_or_else(|| anyhow::anyhow!("no seq: {cross_sent}"))?;
    println!(
        "cluster: tenant set up; a message sent on node 2 reached a socket on node 1 ({:.1} s)",
        started.elapsed().as_secs_f64()
    );

    // Load through nginx.
    let load_started = Instant::now();
    let figures = Arc::new(Figures::default());
    figures.sent.lock().unwrap().insert(first_seq);
    let (stop_tx, stop) = watch::channel(false);
    let lb_ws = format!("{}/graphql/ws", args.lb.replace("http://", "ws://"));
    let mut seen = Vec::new();
    let mut tasks = Vec::new();
    for token in members.iter().skip(2).take(args.readers) {
        let s = Arc::new(Mutex::new(Seen {
            seqs: vec![first_seq],
            ..Seen::default()
        }));
        seen.push(s.clone());
        tasks.push(tokio::spawn(reader(
            lb_ws.clone(),
            token.clone(),
            conv.clone(),
            figures.clone(),
            s,
        )));
    }
    let mut load = Vec::new();
    for (i, token) in members.iter().take(2).enumerate() {
        let (http, lb, figures, conv, token, stop) = (
            http.clone(),
            args.lb.clone(),
            figures.clone(),
            conv.clone(),
            token.clone(),
            stop.clone(),
        );
        load.push(tokio::spawn(async move {
            let mut n = 0;
            while !*stop.borrow() {
                n += 1;
                let data = request(
                    &http,
                    &lb,
                    &figures,
                    &token,
                    "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }",
                    json!({ "i": { "conversationId": conv, "body": format!("消息 {i}-{n}"), "clientMessageId": format!("c{i}-{n}") } }),
                )
                .await;
                if let Some(seq) = data.and_then(|d| d["sendMessage"]["message"]["seq"].as_i64()) {
                    figures.sent.lock().unwrap_or_else(|p| p.into_inner()).insert(seq);
                }
                tokio::time::sleep(Duration::from_millis(40)).await;
            }
        }));
    }
    for i in 0..3 {
        let (http, lb, figures, token, stop) = (
            http.clone(),
            args.lb.clone(),
            figures.clone(),
            members[i % members.len()].clone(),
            stop.clone(),
        );
        load.push(tokio::spawn(async move {
            while !*stop.borrow() {
                request(
                    &http,
                    &lb,
                    &figures,
                    &token,
                    "{ viewer { member { name } } conversations(first: 5) { edges { node { id lastSeq } } } }",
                    json!({}),
                )
                .await;
                tokio::time::sleep(Duration::from_millis(15)).await;
            }
        }));
    }
    let run = uuid::Uuid::now_v7().simple().to_string()[20..].to_string();
    {
        let (http, lb, figures, token, unit, stop, run) = (
            http.clone(),
            args.lb.clone(),
            figures.clone(),
            t.token.clone(),
            unit.clone(),
            stop.clone(),
            run.clone(),
        );
        load.push(tokio::spawn(async move {
            let mut n = 0;
            while !*stop.borrow() {
                n += 1;
                // The end mark keeps "-1" from matching "-10" in the mailbox.
                let title = format!("集群通知 {run}-{n}号");
                let data = request(
                    &http,
                    &lb,
                    &figures,
                    &token,
                    "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { id } } }",
                    json!({ "i": { "issuerOrgId": unit, "title": title, "body": "<p>请阅读</p>",
                                   "category": "NOTICE", "importance": "URGENT",
                                   "audience": { "orgs": [{ "orgId": unit }] } } }),
                )
                .await;
                if data.is_some() {
                    figures
                        .notices
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push(title);
                }
                tokio::time::sleep(Duration::from_millis(1500)).await;
            }
        }));
    }

    // Under that load: every API node restarted in turn, then a worker.
    tokio::time::sleep(Duration::from_secs(2)).await; // load before the first restart
    let mut restarts = Vec::new();
    for node in &mut nodes {
        let asked = Instant::now();
        node.terminate();
        let exit = node.exited(Duration::from_secs(15)).await;
        let stopped = asked.elapsed();
        anyhow::ensure!(
            exit.is_some_and(|s| s.success()),
            "{} did not stop cleanly on SIGTERM: {exit:?}",
            node.name
        );
        record_pid(&args.pids, node.start()?);
        anyhow::ensure!(
            node.ready(&http, Duration::from_secs(60)).await,
            "{} did not come back",
            node.name
        );
        let back = asked.elapsed();
        println!(
            "cluster: {} stopped in {:.2} s, ready again after {:.2} s",
            node.name,
            stopped.as_secs_f64(),
            back.as_secs_f64()
        );
        restarts.push((node.name.clone(), stopped, back));
        tokio::time::sleep(Duration::from_secs(1)).await; // traffic reaches it again
    }
    let asked = Instant::now();
    workers[0].terminate();
    let exit = workers[0].exited(Duration::from_secs(20)).await;
    anyhow::ensure!(
        exit.is_some_and(|s| s.success()),
        "worker-1 did not stop cleanly on SIGTERM: {exit:?}"
    );
    let worker_stopped = asked.elapsed();
    record_pid(&args.pids, workers[0].start()?);
    println!(
        "cluster: worker-1 stopped in {:.2} s and started again",
        worker_stopped.as_secs_f64()
    );
    tokio::time::sleep(Duration::from_secs(2)).await; // load after the last restart
    stop_tx.send_replace(true);
    for l in load {
        let _ = l.await;
    }
    let load_ended = Instant::now();

    // Every reader catches up; every notice's emails arrive.
    let sent: BTreeSet<i64> = figures.sent.lock().unwrap().clone();
    let caught_up = within(Duration::from_secs(20), || {
        let (seen, sent) = (&seen, &sent);
        async move {
            seen.iter().all(|s| {
                let s = s.lock().unwrap_or_else(|p| p.into_inner());
                sent.iter().all(|q| s.seqs.binary_search(q).is_ok())
            })
        }
    })
    .await;
    let notices: Vec<String> = figures.notices.lock().unwrap().clone();
    // Emails delivered per notice (at most one per recipient counts) and copies in all.
    let delivered = || {
        let texts: Vec<String> = mail::messages()
            .iter()
            .map(|m| mail::plain_text(m))
            .collect();
        let per: Vec<usize> = notices
            .iter()
            .map(|n| texts.iter().filter(|t| t.contains(n.as_str())).count())
            .collect();
        (
            per.iter().map(|c| (*c).min(recipients)).sum::<usize>(),
            per.iter().sum::<usize>(),
        )
    };
    within(Duration::from_secs(30), || async {
        delivered().0 >= notices.len() * recipients
    })
    .await;
    for task in tasks {
        task.abort();
    }

    // Figures.
    let requests = figures.requests.load(Relaxed);
    let failed = figures.failed.load(Relaxed);
    let mut lost = 0;
    let mut duplicates = 0;
    let mut unknown = 0;
    for s in &seen {
        let s = s.lock().unwrap_or_else(|p| p.into_inner());
        lost += sent
            .iter()
            .filter(|q| s.seqs.binary_search(q).is_err())
            .count();
        duplicates += s.duplicates;
        // A seq no sender was told about: a message whose request failed after it committed.
        unknown += s.seqs.iter().filter(|q| !sent.contains(q)).count();
    }
    let emails_expected = notices.len() * recipients;
    let (emails, copies) = delivered();
    let jobs_lost = emails_expected - emails.min(emails_expected);
    let retried = args
        .nginx_log
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|log| {
            let mut by_status: HashMap<String, usize> = HashMap::new();
            let mut retried = 0;
            for line in log.lines() {
                if line.contains("upstream=")
                    && line
                        .split("upstream=")
                        .nth(1)
                        .is_some_and(|u| u.contains(", "))
                {
                    retried += 1;
                }
                if let Some(status) = line.split(' ').nth(1) {
                    *by_status.entry(status.to_string()).or_default() += 1;
                }
            }
            (retried, by_status)
        });
    let reconnects = figures.reconnects.load(Relaxed);
    let going_away = figures.going_away.load(Relaxed);
    println!("cluster figures:");
    println!("  requests through nginx: {requests} sent, {failed} failed");
    println!(
        "  chat: {} messages sent, {} readers; lost {lost}, received twice {duplicates}, \
         unknown {unknown}; caught up {caught_up}",
        sent.len(),
        seen.len()
    );
    println!(
        "  websockets: {reconnects} reconnects ({going_away} closed with 1001), {} failed connects",
        figures.ws_connect_failures.load(Relaxed)
    );
    println!(
        "  notices: {} published, {} live notifications on {} sockets",
        notices.len(),
        figures.notices_live.load(Relaxed),
        seen.len()
    );
    println!(
        "  jobs: {emails} of {emails_expected} notice emails delivered ({copies} copies), {jobs_lost} lost"
    );
    for (name, stopped, back) in &restarts {
        println!(
            "  {name}: stopped in {:.2} s, ready after {:.2} s",
            stopped.as_secs_f64(),
            back.as_secs_f64()
        );
    }
    println!(
        "  worker-1: stopped in {:.2} s",
        worker_stopped.as_secs_f64()
    );
    if let Some((retried, by_status)) = &retried {
        println!("  nginx: {retried} requests retried on another node; statuses {by_status:?}");
    }
    println!(
        "  load ran {:.1} s; whole run {:.1} s",
        (load_ended - load_started).as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    for f in figures.failures.lock().unwrap().iter() {
        println!("  failure: {f}");
    }

    // Stop everything started here.
    for p in nodes.iter().chain(workers.iter()) {
        p.terminate();
    }
    for p in nodes.iter_mut().chain(workers.iter_mut()) {
        if p.exited(Duration::from_secs(15)).await.is_none() {
            p.kill();
        }
    }

    let mut missed = Vec::new();
    if failed > 0 {
        missed.push(format!("{failed} failed requests"));
    }
    if lost > 0 || !caught_up {
        missed.push(format!("{lost} chat messages lost"));
    }
    if duplicates > 0 {
        missed.push(format!("{duplicates} chat messages received twice"));
    }
    if jobs_lost > 0 {
        missed.push(format!("{jobs_lost} notice emails never sent"));
    }
    if going_away == 0 {
        missed.push("no socket was closed with 1001 by a stopping node".into());
    }
    if !missed.is_empty() {
        anyhow::bail!("targets missed: {}", missed.join("; "));
    }
    println!("cluster: all targets met");
    Ok(())
}

//! Notice benchmark against the real `tongxin-api` binary, run as a child process on loopback:
//! publishing one notice to an org of 10,000 members, every one of them subscribed to
//! `notificationAdded` on its own connection with its own session.
//!
//! Set-up goes around the API where the API would take minutes: one tenant is signed up and
//! one org created through GraphQL, then 10,000 accounts, members (placed in that org) and
//! sessions are inserted in bulk through the schema owner's connection, with session tokens
//! made and hashed exactly as `tongxin_core::identity::token` does at login. After a warm-up
//! notice has reached every subscriber, each measured `publishNotice` is timed from the
//! client (its round trip holds the audience resolved, the recipient and notification rows
//! written and committed) and from PostgreSQL (`pg_stat_statements`, when
//! `TONGXIN_DATABASE__ADMIN_URL` is set), and every subscriber's notification is timed from the
//! moment the mutation was sent and from the moment its answer came back. The same publishes
//! then run with no subscriber connected, which separates the write from the fan-out. Around
//! each publish the CPU time of the API node, of PostgreSQL and of this load generator is read
//! from `/proc`, so the figures show which of them the two cores were busy with.
//! Needs the environment of `scripts/pg.sh`. See tests/bench/README.md.

use clap::Parser;
use futures::{SinkExt, StreamExt};
use serde_json::json;
use sqlx::{Connection, PgConnection};
use std::{
    process::{Command, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};
use tokio_tungstenite::tungstenite::Message;
use tongxin_tests::bench::{
    ApiNode, NodeOptions, api_binary, gql, insert_members, party_org, pct, raw_id, short, sign_up,
    tenant_tx,
};
use uuid::Uuid;

#[derive(Parser, Clone)]
struct Args {
    /// Members placed in the org, each with an account and a session (the audience).
    #[arg(long, default_value_t = 10_000)]
    members: usize,
    /// How many of them hold a subscribed connection (the first ones).
    #[arg(long, default_value_t = 10_000)]
    subscribers: usize,
    /// Measured publishes with the subscribers connected, and again with none.
    #[arg(long, default_value_t = 5)]
    publishes: usize,
    /// Seconds to wait for every subscriber's notification after each publish.
    #[arg(long, default_value_t = 30)]
    wait: u64,
}

/// Inserts `n` accounts, members placed in `org` and one open session each, in one
/// transaction of three statements; returns the session tokens.
async fn seed(
    owner: &mut PgConnection,
    slug: &str,
    tenant: Uuid,
    org: Uuid,
    n: usize,
) -> anyhow::Result<Vec<String>> {
    let mut tx = tenant_tx(owner, tenant).await?;
    let (_, tokens) = insert_members(&mut tx, tenant, slug, org, n, "bench_notice").await?;
    tx.commit().await?;
    // As autovacuum would soon: plans over 10,000 fresh rows need statistics.
    sqlx::query("analyze account, member, session")
        .execute(&mut *owner)
        .await?;
    Ok(tokens)
}

/// What the subscribers saw: each notification's notice ID and arrival time.
#[derive(Default)]
struct Seen {
    arrivals: Mutex<Vec<(Box<str>, Instant)>>,
    received: AtomicUsize,
    ready: AtomicUsize,
    closed: AtomicUsize,
}

impl Seen {
    fn take(&self) -> Vec<(Box<str>, Instant)> {
        self.received.store(0, Ordering::Relaxed);
        std::mem::take(&mut *self.arrivals.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

const SUBSCRIPTION: &str = "subscription { notificationAdded { id kind createdAt noticeId } }";

/// One member's connection, subscribed to its notifications; records every arrival.
async fn subscriber(port: u16, token: String, seen: Arc<Seen>) -> anyhow::Result<()> {
    let url = format!("ws://127.0.0.1:{port}/graphql/ws");
    let mut ws = tongxin_tests::ws::open(&url, json!({ "token": token })).await?;
    ws.send(Message::Text(
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } })
            .to_string()
            .into(),
    ))
    .await?;
    seen.ready.fetch_add(1, Ordering::Relaxed);
    // Ping as the web client does: the server closes a socket silent for 30 s.
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
        let at = Instant::now();
        if text.contains("\"ping\"") {
            let _ = ws
                .send(Message::Text(r#"{"type":"pong"}"#.to_string().into()))
                .await;
            continue;
        }
        const KEY: &str = "\"noticeId\":\"";
        if let Some(i) = text.find(KEY) {
            let rest = &text[i + KEY.len()..];
            let id = &rest[..rest.find('"').unwrap_or(rest.len())];
            seen.received.fetch_add(1, Ordering::Relaxed);
            seen.arrivals
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((id.into(), at));
        } else if text.contains("\"error\"") || text.contains("\"complete\"") {
            eprintln!("subscriber: {text}");
            break;
        }
    }
    seen.closed.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

/// Opens one subscriber per token; returns their tasks once all are subscribed (or failed).
async fn open_all(
    port: u16,
    tokens: &[String],
    seen: &Arc<Seen>,
) -> Vec<tokio::task::JoinHandle<()>> {
    let mut tasks = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let (token, seen) = (t.clone(), seen.clone());
        tasks.push(tokio::spawn(async move {
            if let Err(e) = subscriber(port, token, seen.clone()).await {
                eprintln!("subscriber: {e}");
                seen.closed.fetch_add(1, Ordering::Relaxed);
            }
        }));
        // Open in bursts so the accept queue is not overrun.
        if (i + 1).is_multiple_of(500) {
            tokio::task::yield_now().await;
        }
    }
    let started = Instant::now();
    while seen.ready.load(Ordering::Relaxed) + seen.closed.load(Ordering::Relaxed) < tokens.len()
        && started.elapsed() < Duration::from_secs(180)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tasks
}

async fn wait_for(seen: &Seen, count: usize, limit: Duration) {
    let started = Instant::now();
    while seen.received.load(Ordering::Relaxed) < count && started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// One publication as the client saw it.
struct Published {
    notice: String,
    recipients: i64,
    sent: Instant,
    answered: Instant,
}

async fn publish(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    issuer: &str,
    title: &str,
) -> anyhow::Result<Published> {
    let sent = Instant::now();
    let body = gql(
        http,
        url,
        Some(token),
        "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { id status recipientCount } } }",
        json!({ "i": {
            "issuerOrgId": issuer, "title": title, "category": "NOTICE",
            "body": "<p>请各支部于本周五前完成学习，并在系统中确认收到。</p>",
            "audience": { "orgs": [{ "orgId": issuer, "includeSubtree": true }] } } }),
    )
    .await;
    let answered = Instant::now();
    let n = &body["data"]["publishNotice"]["notice"];
    match (n["id"].as_str(), n["recipientCount"].as_i64()) {
        (Some(id), Some(r)) if n["status"] == "PUBLISHED" => Ok(Published {
            notice: id.to_owned(),
            recipients: r,
            sent,
            answered,
        }),
        _ => anyhow::bail!("publish failed: {body}"),
    }
}

/// Signed milliseconds from `from` to `to`.
fn ms_between(from: Instant, to: Instant) -> f64 {
    match to.checked_duration_since(from) {
        Some(d) => d.as_secs_f64() * 1e3,
        None => -(from.duration_since(to).as_secs_f64() * 1e3),
    }
}

/// User + system CPU ticks of a process and its parent, from `/proc/PID/stat`.
fn proc_stat(pid: u32) -> Option<(u32, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces): state, ppid, …, utime, stime.
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ppid = rest.get(1)?.parse().ok()?;
    let ticks = rest.get(11)?.parse::<u64>().ok()? + rest.get(12)?.parse::<u64>().ok()?;
    Some((ppid, ticks))
}

/// CPU time of the API node, of PostgreSQL (the postmaster and its children) and of this
/// load generator.
struct Cpu {
    api: u32,
    postmaster: Option<u32>,
    pg: Vec<u32>,
    tick_ms: f64,
}

/// CPU ticks at one moment: API, PostgreSQL processes by pid, generator.
struct CpuSample {
    api: u64,
    pg: Vec<(u32, u64)>,
    me: u64,
}

impl Cpu {
    async fn new(api: u32, owner: &mut PgConnection) -> Self {
        let backend: Option<i32> = sqlx::query_scalar("select pg_backend_pid()")
            .fetch_one(owner)
            .await
            .ok();
        let postmaster = backend.and_then(|b| proc_stat(u32::try_from(b).ok()?).map(|s| s.0));
        let hz = Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse::<f64>().ok())
            .unwrap_or(100.0);
        Self {
            api,
            postmaster,
            pg: vec![],
            tick_ms: 1000.0 / hz,
        }
    }

    /// Finds PostgreSQL's processes again (backends come and go); outside timed windows.
    fn refresh(&mut self) {
        let Some(master) = self.postmaster else {
            return;
        };
        let mut pids = vec![master];
        if let Ok(dir) = std::fs::read_dir("/proc") {
            for e in dir.flatten() {
                if let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<u32>().ok())
                    && proc_stat(pid).is_some_and(|(ppid, _)| ppid == master)
                {
                    pids.push(pid);
                }
            }
        }
        self.pg = pids;
    }

    fn sample(&self) -> CpuSample {
        CpuSample {
            api: proc_stat(self.api).map_or(0, |s| s.1),
            pg: self
                .pg
                .iter()
                .filter_map(|p| proc_stat(*p).map(|s| (*p, s.1)))
                .collect(),
            me: proc_stat(std::process::id()).map_or(0, |s| s.1),
        }
    }

    /// Milliseconds of CPU from `a` to `b`: `(api, postgres, generator)`; PostgreSQL
    /// processes that ended in between are left out.
    fn between(&self, a: &CpuSample, b: &CpuSample) -> (f64, f64, f64) {
        let pg: u64 =
            b.pg.iter()
                .filter_map(|(p, t)| {
                    a.pg.iter()
                        .find(|(q, _)| q == p)
                        .map(|(_, s)| t.saturating_sub(*s))
                })
                .sum();
        (
            b.api.saturating_sub(a.api) as f64 * self.tick_ms,
            pg as f64 * self.tick_ms,
            b.me.saturating_sub(a.me) as f64 * self.tick_ms,
        )
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// pg_stat_statements on the tongxin database, through the superuser URL.
async fn statements() -> Option<PgConnection> {
    let admin = std::env::var("TONGXIN_DATABASE__ADMIN_URL").ok()?;
    let url = admin
        .rsplit_once('/')
        .map(|(base, _)| format!("{base}/tongxin"))
        .unwrap_or(admin);
    PgConnection::connect(&url).await.ok()
}

async fn reset_statements(admin: &mut Option<PgConnection>) {
    if let Some(c) = admin {
        let _ = sqlx::query("select pg_stat_statements_reset()")
            .execute(c)
            .await;
    }
}

/// The API roles' statements since the last reset: `(query, calls, total ms, max ms)`, the
/// slowest first.
async fn read_statements(admin: &mut Option<PgConnection>) -> Vec<(String, i64, f64, f64)> {
    let Some(c) = admin else { return vec![] };
    sqlx::query_as(
        "select s.query, s.calls, s.total_exec_time, s.max_exec_time
           from pg_stat_statements s join pg_roles r on r.oid = s.userid
          where r.rolname in ('tongxin_app', 'tongxin_system')
          order by s.total_exec_time desc",
    )
    .fetch_all(c)
    .await
    .unwrap_or_default()
}

/// Prints the SQL time per publish and the statements that took most of it.
fn print_statements(rows: &[(String, i64, f64, f64)], publishes: usize) {
    if rows.is_empty() {
        return;
    }
    let total: f64 = rows.iter().map(|r| r.2).sum();
    println!(
        "\nPostgreSQL execution time of the API's statements (pg_stat_statements), per publish: {:.1} ms; the largest:",
        total / publishes.max(1) as f64
    );
    for (q, calls, t, max) in rows.iter().take(8) {
        println!(
            "- {:.1} ms per publish ({calls} calls, slowest {max:.1} ms): `{}`",
            t / publishes.max(1) as f64,
            short(q, 110)
        );
    }
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // The load generator keeps to one thread; the server and PostgreSQL have the rest.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(args))
}

/// The figures of one series of publishes.
#[derive(Default)]
struct Series {
    rtts: Vec<f64>,
    from_sent: Vec<f64>,
    from_answer: Vec<f64>,
    lasts: Vec<f64>,
    lost: usize,
    recipients: i64,
    /// CPU ms summed over the publishes, sent → answered: (API, PostgreSQL, generator).
    cpu_write: (f64, f64, f64),
    /// The same, answered → last delivery.
    cpu_fanout: (f64, f64, f64),
    /// Wall ms summed, answered → last delivery (or the wait's end).
    fanout_wall: f64,
}

fn add(a: &mut (f64, f64, f64), b: (f64, f64, f64)) {
    a.0 += b.0;
    a.1 += b.1;
    a.2 += b.2;
}

/// Publishes `n` notices one after another, each once the previous one reached everyone.
#[allow(clippy::too_many_arguments)]
async fn series(
    http: &reqwest::Client,
    url: &str,
    admin: &str,
    issuer: &str,
    label: &str,
    n: usize,
    wait: Duration,
    seen: &Seen,
    ready: usize,
    cpu: &mut Cpu,
) -> anyhow::Result<Series> {
    let mut out = Series::default();
    for k in 0..n {
        cpu.refresh();
        let c0 = cpu.sample();
        let p = publish(
            http,
            url,
            admin,
            issuer,
            &format!("{label}（第{}期）", k + 1),
        )
        .await?;
        let c1 = cpu.sample();
        wait_for(seen, ready, wait).await;
        let done = Instant::now();
        let c2 = cpu.sample();
        out.recipients = p.recipients;
        out.rtts.push(ms_between(p.sent, p.answered));
        add(&mut out.cpu_write, cpu.between(&c0, &c1));
        add(&mut out.cpu_fanout, cpu.between(&c1, &c2));
        let mine: Vec<Instant> = seen
            .take()
            .into_iter()
            .filter(|(id, _)| **id == *p.notice)
            .map(|(_, at)| at)
            .collect();
        out.lost += ready.saturating_sub(mine.len());
        let last = mine.iter().max().copied();
        out.fanout_wall += ms_between(p.answered, last.unwrap_or(done)).max(0.0);
        if let Some(last) = last {
            out.lasts.push(ms_between(p.sent, last));
        }
        out.from_sent
            .extend(mine.iter().map(|at| ms_between(p.sent, *at)));
        out.from_answer
            .extend(mine.iter().map(|at| ms_between(p.answered, *at)));
        if ready > 0 {
            eprintln!(
                "{label} {}: round trip {:.0} ms, {} of {ready} delivered, last {:.0} ms after sending",
                k + 1,
                ms_between(p.sent, p.answered),
                mine.len(),
                last.map_or(f64::NAN, |l| ms_between(p.sent, l))
            );
        } else {
            eprintln!(
                "{label} {}: round trip {:.0} ms",
                k + 1,
                ms_between(p.sent, p.answered)
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    for v in [
        &mut out.rtts,
        &mut out.from_sent,
        &mut out.from_answer,
        &mut out.lasts,
    ] {
        v.sort_unstable_by(f64::total_cmp);
    }
    Ok(out)
}

fn per(total: (f64, f64, f64), n: usize) -> String {
    let n = n.max(1) as f64;
    format!(
        "API {:.0} / PostgreSQL {:.0} / generator {:.0} ms",
        total.0 / n,
        total.1 / n,
        total.2 / n
    )
}

async fn run(args: Args) -> anyhow::Result<()> {
    let owner_url = std::env::var("TONGXIN_DATABASE__URL")
        .map_err(|_| anyhow::anyhow!("TONGXIN_DATABASE__URL is not set (see scripts/pg.sh)"))?;
    let http = reqwest::Client::builder().no_proxy().build()?;
    let migrated = Command::new(api_binary()?)
        .arg("migrate")
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(migrated.success(), "migrate failed");
    let node = ApiNode::start(NodeOptions::default()).await?;
    let url = node.url();
    let (slug, tenant_id, admin) = sign_up(&http, &url).await?;
    let issuer = party_org(&http, &url, &admin, "万人党委").await?;
    let mut owner = PgConnection::connect(&owner_url).await?;
    let seeding = Instant::now();
    let tokens = seed(&mut owner, &slug, tenant_id, raw_id(&issuer)?, args.members).await?;
    let seeded = seeding.elapsed();
    let mut cpu = Cpu::new(node.child.id(), &mut owner).await;
    drop(owner);
    let wait = Duration::from_secs(args.wait);

    println!("## Notices (tongxin-api child process, loopback)\n");
    println!(
        "Seeded {} members with accounts and sessions in {:.2} s (bulk SQL). Load average at start: {}.\n",
        args.members,
        seeded.as_secs_f64(),
        load_average()
    );
    println!("| measure | figure | target |");
    println!("|---|---|---|");

    let seen = Arc::new(Seen::default());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = node.rss_kib();
    let opening = Instant::now();
    let subs = args.subscribers.min(tokens.len());
    let tasks = open_all(node.port, &tokens[..subs], &seen).await;
    let ready = seen.ready.load(Ordering::Relaxed);
    let opened = opening.elapsed();
    if subs > 0 {
        // The subscribe follows the ack on the same socket; give the server time to run them.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let after = node.rss_kib();
        println!(
            "| {ready} of {subs} subscribers connected and subscribed (in {:.1} s); server RSS idle | {:.0} → {:.0} MiB ({:.1} KiB per connection) | |",
            opened.as_secs_f64(),
            before as f64 / 1024.0,
            after as f64 / 1024.0,
            after.saturating_sub(before) as f64 / ready.max(1) as f64
        );
    }

    // Warm-up: every subscription has run its first batch read, so set-up is not counted.
    let warm = publish(&http, &url, &admin, &issuer, "预热通知").await?;
    wait_for(&seen, ready, Duration::from_secs(120)).await;
    let warmed = seen.take().len();
    println!(
        "| warm-up publish: round trip; subscribers reached | {:.0} ms; {warmed} of {ready} | |",
        ms_between(warm.sent, warm.answered)
    );
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut admin_db = statements().await;
    reset_statements(&mut admin_db).await;
    let n = args.publishes;
    let live = series(
        &http,
        &url,
        &admin,
        &issuer,
        "学习通知",
        n,
        wait,
        &seen,
        ready,
        &mut cpu,
    )
    .await?;
    let live_sql = read_statements(&mut admin_db).await;
    println!(
        "| `publishNotice` to {} recipients, {ready} subscribed, {n} publishes: round trip p50 / max (audience resolved, recipient and notification rows written and committed) | {:.0} / {:.0} ms | ≤ 2 s |",
        live.recipients,
        pct(&live.rtts, 0.5),
        pct(&live.rtts, 1.0)
    );
    println!(
        "| CPU per publish during the round trip | {} | |",
        per(live.cpu_write, n)
    );
    if ready > 0 {
        println!(
            "| delivery to {ready} subscribers, from the mutation sent: p50 / p99 / last | {:.0} / {:.0} / {:.0} ms | p99 ≤ 1 s |",
            pct(&live.from_sent, 0.5),
            pct(&live.from_sent, 0.99),
            pct(&live.from_sent, 1.0)
        );
        println!(
            "| the same, from the mutation's answer (after commit): p50 / p99 / last | {:.0} / {:.0} / {:.0} ms | |",
            pct(&live.from_answer, 0.5),
            pct(&live.from_answer, 0.99),
            pct(&live.from_answer, 1.0)
        );
        println!(
            "| all {ready} reached, per publish, from sent: best / worst; lost | {:.0} / {:.0} ms; {} of {} | none lost |",
            pct(&live.lasts, 0.0),
            pct(&live.lasts, 1.0),
            live.lost,
            ready * n
        );
        println!(
            "| CPU per publish from the answer to the last delivery ({:.0} ms wall) | {} | |",
            live.fanout_wall / n.max(1) as f64,
            per(live.cpu_fanout, n)
        );
    }
    if !live_sql.is_empty() {
        println!("\nWith {ready} subscribers:");
        print_statements(&live_sql, n);
    }
    if ready == 0 {
        println!("\nLoad average at the end: {}.", load_average());
        return Ok(());
    }

    // The same publishes with nobody connected: the write alone.
    for t in &tasks {
        t.abort();
    }
    drop(tasks);
    tokio::time::sleep(Duration::from_secs(3)).await;
    reset_statements(&mut admin_db).await;
    let quiet = series(
        &http,
        &url,
        &admin,
        &issuer,
        "无人在线通知",
        n,
        wait,
        &seen,
        0,
        &mut cpu,
    )
    .await?;
    let quiet_sql = read_statements(&mut admin_db).await;
    println!(
        "\n| measure, no subscriber connected | figure | target |\n|---|---|---|\n| `publishNotice` to {} recipients, {n} publishes: round trip p50 / max | {:.0} / {:.0} ms | ≤ 2 s |",
        quiet.recipients,
        pct(&quiet.rtts, 0.5),
        pct(&quiet.rtts, 1.0)
    );
    println!(
        "| CPU per publish during the round trip | {} | |",
        per(quiet.cpu_write, n)
    );
    if !quiet_sql.is_empty() {
        println!("\nWith no subscriber:");
        print_statements(&quiet_sql, n);
    }
    println!("\nLoad average at the end: {}.", load_average());
    Ok(())
}

//! Subscription set-up storms against the real `tongxin-api` binary, run as a child process on
//! loopback: 10,000 members reconnect after a node restart, each on its own WebSocket with its
//! own session, and subscribe to `messageAdded` of their group, (a) all at once and (b) in
//! batches of 100, each batch once the last is live.
//!
//! **Live** means the server has set the subscription up: it joined the conversation's room
//! and did the access check and the first replay read. Every subscriber resumes with
//! `afterSeq` one below the group's newest message (it missed one message while the node was
//! down), so the set-up's replay read returns exactly that message, and its `next` frame is
//! the acknowledgement — the room was joined before the read, so from then on nothing sent is
//! missed. After the storm one more message goes to every group and must reach every
//! subscriber, which checks that all of them really are live.
//!
//! Clients retry as the web client does (`web/src/api/retryExchange.ts`, `liveSocket.ts`): a
//! subscription refused with `UNAVAILABLE` is sent again on the same socket after 0.5 s, 1 s,
//! 2 s … up to 15 s, plus up to a quarter more at random; a socket closed with 1013 (or lost,
//! or not accepted) is opened again after 1 s, 2 s, 4 s … up to 30 s, plus up to 1 s. An
//! `INTERNAL` error is retried too, so the run finishes, but it fails the run (exit 1), as do
//! a closed session (4403), any other error code, a subscriber not live within `--deadline`
//! and a confirmation message that does not reach everyone.
//!
//! Set-up goes around the API where the API would take minutes: one tenant is signed up and
//! one org created through GraphQL, then the members (placed in that org) with accounts and
//! sessions, the groups, their members and a short history are inserted in bulk through the
//! schema owner's connection inside a tenant transaction (as `bench_notice` and `bench_peers`
//! do). Each measured run starts a fresh node, as after a restart; its log goes to
//! `$TMPDIR/tongxin-bench-setup/<time>-<pid>/`. Needs the environment of `scripts/pg.sh`; the
//! server's admission settings come from the environment (`TONGXIN_REALTIME__SETUP_QUEUE` …).
//! See tests/bench/README.md.

use clap::Parser;
use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};
use std::{
    cell::{Cell, RefCell},
    collections::{BTreeMap, HashMap},
    path::PathBuf,
    process::{Command, Stdio},
    rc::Rc,
    time::{Duration, Instant},
};
use tokio_tungstenite::tungstenite::Message;
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::bench::{
    ApiNode, NodeOptions, api_binary, gql, insert_members, party_org, raw_id, sign_up, tenant_tx,
};
use uuid::Uuid;

/// Command-line flags.
#[derive(Parser, Clone)]
#[command(args_override_self = true)]
struct Args {
    /// Members, each with its own session, socket and one subscription.
    #[arg(long, default_value_t = 10_000)]
    members: usize,
    /// Scenarios: the members split evenly over this many groups, one run (per mode) for each
    /// entry. `100` is a node restart in a tenant of many groups, `1` a hot group of everyone.
    #[arg(long, value_delimiter = ',', default_value = "100,1")]
    groups: Vec<usize>,
    /// Modes: `burst` (every member at once) and `batches` (of `--batch`, each once the last
    /// is live).
    #[arg(long, value_delimiter = ',', default_value = "burst,batches")]
    modes: Vec<String>,
    /// Members per batch in the `batches` mode.
    #[arg(long, default_value_t = 100)]
    batch: usize,
    /// Messages already in each group (subscribers resume one before the newest).
    #[arg(long, default_value_t = 20)]
    history: usize,
    /// Seconds a run may take until every subscriber is live.
    #[arg(long, default_value_t = 300)]
    deadline: u64,
    /// Subscribe with the shared-path selection (`{ seq body }`) instead of the web client's
    /// `MessageAdded` document (its `ChatMessageFields` fragment takes the executor's path).
    #[arg(long)]
    shared: bool,
}

/// The web client's subscription (`web/src/features/chat/operations.ts`), as it sends it.
const WEB_SUBSCRIPTION: &str = "subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {
  messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) { ...ChatMessageFields }
}
fragment ChatMessageFields on Message {
  id seq body createdAt author { id name } replyToSeq recalledAt recalledBy conversationId
  mentionIds mentionsAll mentionsViewer
  attachment { id name contentType size isImage url }
  readCount { read of }
}";
/// A selection the server renders once per message for every subscriber (`ws_shared`).
const SHARED_SUBSCRIPTION: &str = "subscription MessageAdded($conversationId: ID!, $afterSeq: Int) { messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) { seq body } }";
/// The body prefix of the message sent after the storm to check that everyone is live.
const CONFIRM: &str = "确认在线";

/// Where the nodes' logs go: a directory per invocation, so runs do not overwrite each other.
fn log_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        std::env::temp_dir()
            .join("tongxin-bench-setup")
            .join(format!("{at}-{}", std::process::id()))
    })
    .clone()
}

/// The seeded tenant: members' session tokens and, per scenario, its groups and who is where.
struct Seeded {
    tenant: Uuid,
    admin_token: String,
    tokens: Vec<String>,
    /// Per scenario (entry of `--groups`): the groups, and each member's group index.
    scenarios: Vec<(Vec<Uuid>, Vec<usize>)>,
}

/// Member `i`'s group when `n` members are split evenly over `g` groups.
fn group_of(i: usize, n: usize, g: usize) -> usize {
    i * g / n.max(1)
}

/// Inserts the members (accounts, members placed in `org`, one open session each), then for
/// each scenario its groups (the admin in each, as their admin), their members and `history`
/// messages each, in one tenant transaction; returns the session tokens and the groups.
async fn seed(
    owner: &mut PgConnection,
    slug: &str,
    tenant: Uuid,
    org: Uuid,
    args: &Args,
) -> anyhow::Result<(Vec<String>, Vec<(Vec<Uuid>, Vec<usize>)>)> {
    let n = args.members;
    let mut tx = tenant_tx(owner, tenant).await?;
    let admin: Uuid =
        sqlx::query_scalar("select id from member where tenant_id = $1 and org_id is null")
            .bind(tenant)
            .fetch_one(&mut *tx)
            .await?;
    let (members, tokens) = insert_members(&mut tx, tenant, slug, org, n, "bench_setup").await?;
    let mut scenarios = Vec::new();
    for &g in &args.groups {
        let g = g.clamp(1, n.max(1));
        let groups: Vec<Uuid> = (0..g).map(|_| tongxin_core::new_id()).collect();
        let titles: Vec<String> = (0..g)
            .map(|k| format!("第{}小组（{g}组）", k + 1))
            .collect();
        let placed: Vec<usize> = (0..n).map(|i| group_of(i, n, g)).collect();
        let member_groups: Vec<Uuid> = placed.iter().map(|&k| groups[k]).collect();
        sqlx::query(
            "insert into conversation (tenant_id, id, kind, title, created_by)
             select $1, c, 'GROUP', t, $2 from unnest($3::uuid[], $4::text[]) as u(c, t)",
        )
        .bind(tenant)
        .bind(admin)
        .bind(&groups)
        .bind(&titles)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into conversation_member (tenant_id, conversation_id, member_id, role)
             select $1, c, m, 'MEMBER' from unnest($2::uuid[], $3::uuid[]) as u(c, m)
             union all
             select $1, c, $4, 'ADMIN' from unnest($5::uuid[]) as c",
        )
        .bind(tenant)
        .bind(&member_groups)
        .bind(&members)
        .bind(admin)
        .bind(&groups)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into message (tenant_id, conversation_id, seq, id, author_id, body,
                                  client_message_id, created_at)
             select $1, c, s, gen_random_uuid(), $2, '历史消息第' || s || '条', 'seed-' || s,
                    now() - interval '1 day' + interval '1 minute' * s
               from unnest($3::uuid[]) as c cross join generate_series(1, $4::bigint) s",
        )
        .bind(tenant)
        .bind(admin)
        .bind(&groups)
        .bind(args.history.max(1) as i64)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "update conversation set last_seq = $3, last_message_at = now()
              where tenant_id = $1 and id = any($2)",
        )
        .bind(tenant)
        .bind(&groups)
        .bind(args.history.max(1) as i64)
        .execute(&mut *tx)
        .await?;
        scenarios.push((groups, placed));
    }
    tx.commit().await?;
    // As autovacuum would soon: plans over fresh rows need statistics.
    sqlx::query("analyze account, member, session, conversation, conversation_member, message")
        .execute(&mut *owner)
        .await?;
    Ok((tokens, scenarios))
}

/// The newest seq of each group.
async fn last_seqs(
    owner: &mut PgConnection,
    tenant: Uuid,
    groups: &[Uuid],
) -> anyhow::Result<HashMap<Uuid, i64>> {
    let mut tx = tenant_tx(owner, tenant).await?;
    let rows: Vec<(Uuid, i64)> = sqlx::query_as(
        "select id, last_seq from conversation where tenant_id = $1 and id = any($2)",
    )
    .bind(tenant)
    .bind(groups)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(rows.into_iter().collect())
}

/// What one subscriber needs: its session, its group's global ID and where it resumes.
struct Subscriber {
    token: String,
    conversation: String,
    after: i64,
}

/// One subscriber's timings.
#[derive(Default, Clone)]
struct Record {
    /// Upgrade to `connection_ack` of its first successful socket.
    connect: Option<Duration>,
    /// From its start (its batch's start, or the storm's) to live, retries included.
    setup: Option<Duration>,
    /// From the subscribe that succeeded to its first frame.
    subscribe_to_live: Option<Duration>,
    /// When it went live.
    live_at: Option<Instant>,
}

/// Counts shared by every subscriber of a run; the generator is one thread, so cells do.
#[derive(Default)]
struct Tally {
    live: Cell<usize>,
    /// Subscriptions refused with `UNAVAILABLE` (each is sent again).
    unavailable: Cell<usize>,
    /// Subscribes sent again on an open socket after an error.
    resubscribes: Cell<usize>,
    /// Sockets closed by the server with 1013 (at `connection_init`).
    closed_1013: Cell<usize>,
    /// Sockets that could not be opened for another reason, or were lost (each is opened again).
    reconnects: Cell<usize>,
    /// Errors with `extensions.code = "INTERNAL"`.
    internal: Cell<usize>,
    /// Sockets closed with 4403 (the session was not accepted).
    forbidden: Cell<usize>,
    /// Other error codes.
    other: RefCell<BTreeMap<String, usize>>,
    /// A few error texts, to show why.
    samples: RefCell<Vec<String>>,
    /// Subscribers that received the confirmation message.
    confirmed: Cell<usize>,
    /// Set when the run is over; every subscriber closes its socket.
    stop: tokio::sync::watch::Sender<bool>,
    done: Cell<usize>,
    records: RefCell<Vec<Record>>,
}

impl Tally {
    fn new(n: usize) -> Self {
        Self {
            records: RefCell::new(vec![Record::default(); n]),
            ..Self::default()
        }
    }

    fn bump(cell: &Cell<usize>) {
        cell.set(cell.get() + 1);
    }

    fn sample(&self, text: impl Into<String>) {
        let mut s = self.samples.borrow_mut();
        if s.len() < 5 {
            s.push(text.into());
        }
    }
}

/// Uniform in [0, 1), from the random bits of a v4 uuid.
fn unit() -> f64 {
    (Uuid::new_v4().as_u128() as u64 & ((1 << 53) - 1)) as f64 / (1u64 << 53) as f64
}

/// The wait before resubscribing after a refusal (`retryExchange.ts`): 0.5 s · 2^attempt up to
/// 15 s, plus up to a quarter more.
fn resubscribe_delay(attempt: u32) -> Duration {
    let base = (500.0 * 2f64.powi(attempt.min(10) as i32)).min(15_000.0);
    Duration::from_secs_f64(base * (1.0 + 0.25 * unit()) / 1000.0)
}

/// The wait before opening a socket again (`liveSocket.ts`): 1 s · 2^attempt up to 30 s,
/// plus up to 1 s.
fn reconnect_delay(attempt: u32) -> Duration {
    let base = (1000.0 * 2f64.powi(attempt.min(10) as i32)).min(30_000.0);
    Duration::from_secs_f64((base + 1000.0 * unit()) / 1000.0)
}

/// How one socket ended.
enum Ended {
    /// The run is over.
    Stop,
    /// Closed with this code, or lost (None): open a new one.
    Lost(Option<u16>),
}

/// The `extensions.code` of the first of `errors` (`NONE` when it has none); None when
/// `errors` is not a list of errors.
fn first_code(errors: &Value) -> Option<String> {
    let first = errors.as_array()?.first()?;
    Some(
        first["extensions"]["code"]
            .as_str()
            .unwrap_or("NONE")
            .to_owned(),
    )
}

/// Why a socket was not acknowledged.
enum Refused {
    /// The server closed it with this code (1013: the session could not be checked).
    Closed(u16),
    /// It failed otherwise (not accepted, reset, ended without a close frame).
    Failed(String),
}

/// Opens a graphql-transport-ws socket and waits for the ack, as `tongxin_tests::ws::open`
/// does, but a close before the ack reports its code (that opener passes over close frames,
/// so a 1013 and a 4403 read alike there).
async fn open(url: &str, token: &str) -> Result<tongxin_tests::ws::Ws, Refused> {
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, http::HeaderValue};
    let failed = |e: &dyn std::fmt::Display| Refused::Failed(e.to_string());
    let mut req = url.into_client_request().map_err(|e| failed(&e))?;
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(req)
        .await
        .map_err(|e| failed(&e))?;
    let init = json!({ "type": "connection_init", "payload": { "token": token } });
    ws.send(Message::Text(init.to_string().into()))
        .await
        .map_err(|e| failed(&e))?;
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t))) if t.contains("connection_ack") => return Ok(ws),
            Some(Ok(Message::Close(frame))) => {
                return Err(frame.map_or_else(
                    || Refused::Failed("closed without a code".into()),
                    |f| Refused::Closed(u16::from(f.code)),
                ));
            }
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(failed(&e)),
            None => return Err(Refused::Failed("ended before the ack".into())),
        }
    }
}

/// One member: opens its socket, subscribes until live, stays subscribed until the run stops;
/// retries as the web client does.
async fn subscriber(
    i: usize,
    sub: Rc<Subscriber>,
    url: Rc<str>,
    query: &'static str,
    tally: Rc<Tally>,
    start: Instant,
    deadline: Instant,
) {
    let mut after = sub.after;
    let mut live = false;
    let mut connects = 0u32;
    let mut op = 0u32;
    loop {
        if *tally.stop.borrow() || (!live && Instant::now() > deadline) {
            break;
        }
        let opening = Instant::now();
        let opened = tokio::time::timeout(Duration::from_secs(30), open(&url, &sub.token)).await;
        let ws = match opened {
            Ok(Ok(ws)) => ws,
            Ok(Err(refused)) => {
                match refused {
                    Refused::Closed(1013) => Tally::bump(&tally.closed_1013),
                    Refused::Closed(4403) => {
                        Tally::bump(&tally.forbidden);
                        tally.sample("connection_init refused with 4403");
                    }
                    Refused::Closed(code) => {
                        Tally::bump(&tally.reconnects);
                        tally.sample(format!("socket closed before the ack with {code}"));
                    }
                    Refused::Failed(text) => {
                        Tally::bump(&tally.reconnects);
                        tally.sample(format!("socket not opened: {text}"));
                    }
                }
                tokio::time::sleep(reconnect_delay(connects)).await;
                connects += 1;
                continue;
            }
            Err(_) => {
                Tally::bump(&tally.reconnects);
                tally.sample("socket not acknowledged within 30 s");
                tokio::time::sleep(reconnect_delay(connects)).await;
                connects += 1;
                continue;
            }
        };
        {
            let mut records = tally.records.borrow_mut();
            if records[i].connect.is_none() {
                records[i].connect = Some(opening.elapsed());
            }
        }
        // The web client counts its attempts afresh once a socket is acknowledged.
        connects = 0;
        match follow(
            i, ws, &sub, &mut after, &mut live, &mut op, query, &tally, start,
        )
        .await
        {
            Ended::Stop => break,
            Ended::Lost(code) => {
                if code == Some(1013) {
                    Tally::bump(&tally.closed_1013);
                } else {
                    Tally::bump(&tally.reconnects);
                    tally.sample(format!("socket lost (close code {code:?})"));
                }
                tokio::time::sleep(reconnect_delay(connects)).await;
                connects += 1;
            }
        }
    }
    Tally::bump(&tally.done);
}

/// Subscribes on an open socket until live (sending again after refusals), then follows it
/// until the run stops or the socket ends.
#[allow(clippy::too_many_arguments)]
async fn follow(
    i: usize,
    mut ws: tongxin_tests::ws::Ws,
    sub: &Subscriber,
    after: &mut i64,
    live: &mut bool,
    op: &mut u32,
    query: &'static str,
    tally: &Tally,
    start: Instant,
) -> Ended {
    let far = || tokio::time::Instant::now() + Duration::from_secs(86_400);
    let mut refusals = 0u32;
    // The operation in flight and when it was sent; a due resubscribe.
    let mut current: Option<(String, Instant)> = None;
    let mut resubscribe_at = Some(tokio::time::Instant::now());
    // Ping as the web client does: the server closes a socket silent for 30 s.
    let mut keepalive = tokio::time::interval(Duration::from_secs(10));
    keepalive.tick().await;
    // One shared signal rather than a timer per socket: 10,000 timers would cost the
    // generator's one thread more than the sockets do.
    let mut stop = tally.stop.subscribe();
    loop {
        let wake = resubscribe_at.unwrap_or_else(far);
        let msg = tokio::select! {
            msg = ws.next() => msg,
            () = tokio::time::sleep_until(wake), if resubscribe_at.is_some() => {
                resubscribe_at = None;
                *op += 1;
                let id = format!("s{op}");
                let frame = json!({ "id": id, "type": "subscribe", "payload": {
                    "query": query, "operationName": "MessageAdded",
                    "variables": { "conversationId": sub.conversation, "afterSeq": *after } } });
                if ws.send(Message::Text(frame.to_string().into())).await.is_err() {
                    return Ended::Lost(None);
                }
                current = Some((id, Instant::now()));
                continue;
            }
            _ = keepalive.tick() => {
                if ws.send(Message::Text(r#"{"type":"ping"}"#.into())).await.is_err() {
                    return Ended::Lost(None);
                }
                continue;
            }
            _ = stop.wait_for(|s| *s) => {
                let _ = ws.close(None).await;
                return Ended::Stop;
            }
        };
        let text = match msg {
            Some(Ok(Message::Text(t))) => t,
            Some(Ok(Message::Close(frame))) => {
                return Ended::Lost(frame.map(|f| u16::from(f.code)));
            }
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return Ended::Lost(None),
        };
        let Ok(v) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let kind = v["type"].as_str().unwrap_or("");
        if kind == "ping" {
            let _ = ws.send(Message::Text(r#"{"type":"pong"}"#.into())).await;
            continue;
        }
        let Some((id, sent)) = current.clone() else {
            continue;
        };
        if v["id"].as_str() != Some(id.as_str()) {
            continue;
        }
        let code = match kind {
            "next" => first_code(&v["payload"]["errors"]),
            "error" => Some(first_code(&v["payload"]).unwrap_or_else(|| "NONE".into())),
            "complete" => {
                // Ended by the server without a message or an error: set it up again.
                current = None;
                if resubscribe_at.is_none() {
                    tally.sample(format!("completed without a frame: {text}"));
                    *tally
                        .other
                        .borrow_mut()
                        .entry("COMPLETE".into())
                        .or_default() += 1;
                    Tally::bump(&tally.resubscribes);
                    resubscribe_at = Some((Instant::now() + resubscribe_delay(refusals)).into());
                    refusals += 1;
                }
                continue;
            }
            _ => continue,
        };
        if let Some(code) = code {
            match code.as_str() {
                "UNAVAILABLE" => Tally::bump(&tally.unavailable),
                "INTERNAL" => {
                    Tally::bump(&tally.internal);
                    tally.sample(format!("INTERNAL: {text}"));
                }
                other => {
                    *tally.other.borrow_mut().entry(other.into()).or_default() += 1;
                    tally.sample(format!("{other}: {text}"));
                }
            }
            // The operation is over on the server (an error ends it); a new id either way.
            current = None;
            Tally::bump(&tally.resubscribes);
            resubscribe_at = Some((Instant::now() + resubscribe_delay(refusals)).into());
            refusals += 1;
            continue;
        }
        let message = &v["payload"]["data"]["messageAdded"];
        let Some(seq) = message["seq"].as_i64() else {
            continue;
        };
        *after = (*after).max(seq);
        if !*live {
            *live = true;
            let now = Instant::now();
            let mut records = tally.records.borrow_mut();
            let r = &mut records[i];
            r.setup = Some(now - start);
            r.subscribe_to_live = Some(now - sent);
            r.live_at = Some(now);
            Tally::bump(&tally.live);
        } else if message["body"]
            .as_str()
            .is_some_and(|b| b.starts_with(CONFIRM))
        {
            Tally::bump(&tally.confirmed);
        }
    }
}

/// User + system CPU ticks of a process and its parent, from `/proc/PID/stat`.
fn proc_stat(pid: u32) -> Option<(u32, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ppid = rest.get(1)?.parse().ok()?;
    let ticks = rest.get(11)?.parse::<u64>().ok()? + rest.get(12)?.parse::<u64>().ok()?;
    Some((ppid, ticks))
}

/// CPU of the API node, of PostgreSQL (the postmaster's children) and of this generator.
struct Cpu {
    api: u32,
    postmaster: Option<u32>,
    tick_ms: f64,
}

/// CPU ticks at one moment: API, PostgreSQL processes by pid, generator.
struct CpuSample {
    api: u64,
    pg: Vec<(u32, u64)>,
    me: u64,
}

impl Cpu {
    fn sample(&self) -> CpuSample {
        let mut pg = Vec::new();
        if let Some(master) = self.postmaster
            && let Ok(dir) = std::fs::read_dir("/proc")
        {
            for e in dir.flatten() {
                if let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<u32>().ok())
                    && let Some((ppid, ticks)) = proc_stat(pid)
                    && (ppid == master || pid == master)
                {
                    pg.push((pid, ticks));
                }
            }
        }
        CpuSample {
            api: proc_stat(self.api).map_or(0, |s| s.1),
            pg,
            me: proc_stat(std::process::id()).map_or(0, |s| s.1),
        }
    }

    /// Seconds of CPU from `a` to `b`: `(api, postgres, generator)`; PostgreSQL processes that
    /// started in between count from zero, those that ended are left out.
    fn between(&self, a: &CpuSample, b: &CpuSample) -> (f64, f64, f64) {
        let pg: u64 =
            b.pg.iter()
                .map(|(p, t)| {
                    let before = a.pg.iter().find(|(q, _)| q == p).map_or(0, |(_, s)| *s);
                    t.saturating_sub(before)
                })
                .sum();
        let s = self.tick_ms / 1000.0;
        (
            b.api.saturating_sub(a.api) as f64 * s,
            pg as f64 * s,
            b.me.saturating_sub(a.me) as f64 * s,
        )
    }
}

/// The postmaster's pid, from a backend's parent.
async fn postmaster(owner: &mut PgConnection) -> Option<u32> {
    let backend: i32 = sqlx::query_scalar("select pg_backend_pid()")
        .fetch_one(owner)
        .await
        .ok()?;
    proc_stat(u32::try_from(backend).ok()?).map(|s| s.0)
}

fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .unwrap_or(100.0)
}

/// `p` of sorted durations in ms.
fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}

fn sorted(records: &[Record], pick: fn(&Record) -> Option<Duration>) -> Vec<Duration> {
    let mut v: Vec<Duration> = records.iter().filter_map(pick).collect();
    v.sort_unstable();
    v
}

/// The node's warnings and errors: count and the first few distinct messages.
fn log_summary(path: &PathBuf) -> (usize, usize, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (mut warn, mut error) = (0, 0);
    let mut distinct: Vec<String> = Vec::new();
    for line in text.lines() {
        let level = line.split_whitespace().nth(1).unwrap_or("");
        match level {
            "WARN" => warn += 1,
            "ERROR" => error += 1,
            _ => continue,
        }
        // The message without its timestamp, cut short, as a key.
        let key: String = line
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(160)
            .collect();
        if distinct.len() < 5 && !distinct.iter().any(|d| d == &key) {
            distinct.push(key);
        }
    }
    (warn, error, distinct)
}

/// One run's figures.
struct Outcome {
    label: String,
    n: usize,
    live: usize,
    last_live: Option<Duration>,
    setup: Vec<Duration>,
    subscribe: Vec<Duration>,
    connect: Vec<Duration>,
    unavailable: usize,
    resubscribes: usize,
    closed_1013: usize,
    reconnects: usize,
    internal: usize,
    forbidden: usize,
    other: BTreeMap<String, usize>,
    confirmed: usize,
    cpu: (f64, f64, f64),
    /// Accept-queue overflows and SYN retransmissions meanwhile (kernel-wide).
    tcp: (u64, u64),
    log: (usize, usize, Vec<String>),
    log_path: PathBuf,
}

impl Outcome {
    fn ok(&self) -> bool {
        self.live == self.n
            && self.confirmed == self.n
            && self.internal == 0
            && self.forbidden == 0
            && self.other.is_empty()
    }
}

/// One storm against a fresh node: every member subscribes to its group in `groups`.
#[allow(clippy::too_many_arguments)]
async fn storm(
    args: &Args,
    seeded: &Seeded,
    owner: &mut PgConnection,
    http: &reqwest::Client,
    groups: &[Uuid],
    placed: &[usize],
    batches: bool,
    label: String,
) -> anyhow::Result<Outcome> {
    let log = log_dir().join(format!(
        "groups{}-{}.log",
        groups.len(),
        if batches { "batches" } else { "burst" }
    ));
    let seqs = last_seqs(owner, seeded.tenant, groups).await?;
    let node = ApiNode::start(NodeOptions {
        log: Some(log.clone()),
        ..Default::default()
    })
    .await?;
    let url: Rc<str> = node.ws_url().into();
    let query = if args.shared {
        SHARED_SUBSCRIPTION
    } else {
        WEB_SUBSCRIPTION
    };
    let n = seeded.tokens.len();
    let subs: Vec<Rc<Subscriber>> = (0..n)
        .map(|i| {
            let g = groups[placed[i]];
            Rc::new(Subscriber {
                token: seeded.tokens[i].clone(),
                conversation: encode(NodeType::Conversation, g).0,
                after: seqs.get(&g).copied().unwrap_or(1) - 1,
            })
        })
        .collect();
    let cpu = Cpu {
        api: node.child.id(),
        postmaster: postmaster(owner).await,
        tick_ms: 1000.0 / clock_ticks(),
    };
    // Let the node settle after start (its pools connect) as a restarted node would.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let tally = Rc::new(Tally::new(n));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.deadline);
    let c0 = cpu.sample();
    let tcp0 = tcp_counters();
    let spawn = |i: usize, start: Instant| {
        tokio::task::spawn_local(subscriber(
            i,
            subs[i].clone(),
            url.clone(),
            query,
            tally.clone(),
            start,
            deadline,
        ));
    };
    if batches {
        let size = args.batch.max(1);
        let mut from = 0;
        while from < n && Instant::now() < deadline {
            let to = (from + size).min(n);
            let batch = Instant::now();
            (from..to).for_each(|i| spawn(i, batch));
            // Acknowledged: every subscriber of this batch (and so of all before) is live.
            while tally.live.get() < to && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            from = to;
        }
    } else {
        (0..n).for_each(|i| spawn(i, started));
    }
    while tally.live.get() < n && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let c1 = cpu.sample();
    let tcp1 = tcp_counters();
    let live = tally.live.get();
    let last_live = (live == n).then(|| {
        tally
            .records
            .borrow()
            .iter()
            .filter_map(|r| r.live_at)
            .max()
            .map_or(Duration::ZERO, |t| t - started)
    });
    // One message to each group: every live subscriber must have it.
    let mut used: Vec<Uuid> = placed.iter().map(|&k| groups[k]).collect();
    used.sort_unstable();
    used.dedup();
    for g in &used {
        let body = gql(
            http,
            &node.url(),
            Some(&seeded.admin_token),
            "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }",
            json!({ "i": { "conversationId": encode(NodeType::Conversation, *g).0,
                           "body": format!("{CONFIRM}：{label}"),
                           "clientMessageId": Uuid::new_v4().to_string() } }),
        )
        .await;
        anyhow::ensure!(
            body["data"]["sendMessage"]["message"]["seq"].is_i64(),
            "the confirmation message failed: {body}"
        );
    }
    let waiting = Instant::now();
    while tally.confirmed.get() < live && waiting.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tally.stop.send_replace(true);
    let closing = Instant::now();
    while tally.done.get() < n && closing.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(node);
    let records = tally.records.borrow().clone();
    let samples = tally.samples.borrow().clone();
    for s in &samples {
        eprintln!("{label}: {}", s.chars().take(400).collect::<String>());
    }
    let out = Outcome {
        label,
        n,
        live,
        last_live,
        setup: sorted(&records, |r| r.setup),
        subscribe: sorted(&records, |r| r.subscribe_to_live),
        connect: sorted(&records, |r| r.connect),
        unavailable: tally.unavailable.get(),
        resubscribes: tally.resubscribes.get(),
        closed_1013: tally.closed_1013.get(),
        reconnects: tally.reconnects.get(),
        internal: tally.internal.get(),
        forbidden: tally.forbidden.get(),
        other: tally.other.borrow().clone(),
        confirmed: tally.confirmed.get(),
        cpu: cpu.between(&c0, &c1),
        tcp: (tcp1.0.saturating_sub(tcp0.0), tcp1.1.saturating_sub(tcp0.1)),
        log: log_summary(&log),
        log_path: log,
    };
    eprintln!(
        "{}: {} of {} live, last at {}, confirmed {}; UNAVAILABLE {}, INTERNAL {}",
        out.label,
        out.live,
        out.n,
        out.last_live
            .map_or("—".into(), |d| format!("{:.2} s", d.as_secs_f64())),
        out.confirmed,
        out.unavailable,
        out.internal
    );
    // Let the closed sockets and the node's exit settle before the next run.
    tokio::time::sleep(Duration::from_secs(2)).await;
    Ok(out)
}

/// The soft limit on open files, from `/proc/self/limits`.
fn open_files_limit() -> Option<usize> {
    std::fs::read_to_string("/proc/self/limits")
        .ok()?
        .lines()
        .find(|l| l.starts_with("Max open files"))?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()
}

/// A server setting as the node will see it: the environment's, else the default.
fn setting(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| format!("{default} (default)"))
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// The kernel's `TcpExt` counters (`/proc/net/netstat`): accept queues that overflowed and
/// SYNs sent again. They count for the whole network namespace, this run's and anything else's.
fn tcp_counters() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/net/netstat").unwrap_or_default();
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("TcpExt:")).collect();
    let [names, values] = lines.as_slice() else {
        return (0, 0);
    };
    let get = |key: &str| {
        names
            .split_whitespace()
            .zip(values.split_whitespace())
            .find(|(n, _)| *n == key)
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0)
    };
    (get("ListenOverflows"), get("TCPSynRetrans"))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // The load generator keeps to one thread; the server and PostgreSQL have the rest.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let local = tokio::task::LocalSet::new();
    let outcomes = local.block_on(&rt, run(args))?;
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.ok()).collect();
    if !failed.is_empty() {
        for o in failed {
            eprintln!(
                "FAILED {}: {} of {} live, {} confirmed, INTERNAL {}, 4403 {}, other {:?}",
                o.label, o.live, o.n, o.confirmed, o.internal, o.forbidden, o.other
            );
        }
        std::process::exit(1);
    }
    Ok(())
}

async fn run(args: Args) -> anyhow::Result<Vec<Outcome>> {
    let n = args.members;
    // Every member holds a socket here and the node holds the other end (it inherits this
    // process's limit).
    if let Some(limit) = open_files_limit() {
        anyhow::ensure!(
            limit >= n + 512,
            "{n} sockets need more open files than the limit of {limit}: raise it (`ulimit -n {}`)",
            n + 1024
        );
    }
    let owner_url = std::env::var("TONGXIN_DATABASE__URL")
        .map_err(|_| anyhow::anyhow!("TONGXIN_DATABASE__URL is not set (see scripts/pg.sh)"))?;
    std::fs::create_dir_all(log_dir())?;
    let http = reqwest::Client::builder().no_proxy().build()?;
    let migrated = Command::new(api_binary()?)
        .arg("migrate")
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(migrated.success(), "migrate failed");
    let (slug, tenant_id, admin_token, org_id) = {
        let node = ApiNode::start(NodeOptions {
            log: Some(log_dir().join("seed.log")),
            ..Default::default()
        })
        .await?;
        let url = node.url();
        let (slug, tenant_id, admin) = sign_up(&http, &url).await?;
        let org_id = raw_id(&party_org(&http, &url, &admin, "重连测试党委").await?)?;
        (slug, tenant_id, admin, org_id)
    };
    let mut owner = PgConnection::connect(&owner_url).await?;
    let seeding = Instant::now();
    let (tokens, scenarios) = seed(&mut owner, &slug, tenant_id, org_id, &args).await?;
    let seeded_in = seeding.elapsed();
    let seeded = Seeded {
        tenant: tenant_id,
        admin_token,
        tokens,
        scenarios,
    };

    println!("## Subscription set-up storms (tongxin-api child process, loopback)\n");
    println!(
        "Seeded {n} members with accounts and sessions, and groups of {}, in {:.2} s (bulk SQL). \
         Each member opens its own socket (`connection_init` with its own session) and subscribes \
         to its group with the {} selection, resuming one message back. Server: \
         `realtime.setup_concurrency` {}, `setup_queue` {}, `setup_wait_ms` {}, \
         `database.setup_max_connections` {}. Load average at start: {}.\n",
        args.groups
            .iter()
            .map(|g| format!("{} × {}", g, n / g.max(&1)))
            .collect::<Vec<_>>()
            .join(" and "),
        seeded_in.as_secs_f64(),
        if args.shared {
            "shared-path `{ seq body }`"
        } else {
            "web client's `MessageAdded`"
        },
        setting("TONGXIN_REALTIME__SETUP_CONCURRENCY", "4"),
        setting("TONGXIN_REALTIME__SETUP_QUEUE", "10000"),
        setting("TONGXIN_REALTIME__SETUP_WAIT_MS", "20000"),
        setting("TONGXIN_DATABASE__SETUP_MAX_CONNECTIONS", "4"),
        load_average()
    );

    let mut outcomes = Vec::new();
    for (k, &g) in args.groups.iter().enumerate() {
        let (groups, placed) = &seeded.scenarios[k];
        for mode in &args.modes {
            let batches = match mode.as_str() {
                "burst" => false,
                "batches" => true,
                other => anyhow::bail!("unknown mode {other} (burst, batches)"),
            };
            let label = format!(
                "{} × {}, {}",
                groups.len(),
                n / g.clamp(1, n.max(1)),
                if batches {
                    format!("batches of {}", args.batch)
                } else {
                    "all at once".into()
                }
            );
            outcomes.push(
                storm(
                    &args, &seeded, &mut owner, &http, groups, placed, batches, label,
                )
                .await?,
            );
        }
    }

    println!(
        "| groups × members, arrival | live (confirmed) | last live | set-up p50 / p99 | subscribe → live p50 / p99 | connect p50 / p99 | CPU API / PostgreSQL / generator |"
    );
    println!("|---|---|---|---|---|---|---|");
    for o in &outcomes {
        println!(
            "| {} | {} of {} ({}) | {} | {:.0} / {:.0} ms | {:.0} / {:.0} ms | {:.0} / {:.0} ms | {:.1} / {:.1} / {:.1} s |",
            o.label,
            o.live,
            o.n,
            o.confirmed,
            o.last_live
                .map_or("not all".into(), |d| format!("{:.2} s", d.as_secs_f64())),
            pct(&o.setup, 0.5),
            pct(&o.setup, 0.99),
            pct(&o.subscribe, 0.5),
            pct(&o.subscribe, 0.99),
            pct(&o.connect, 0.5),
            pct(&o.connect, 0.99),
            o.cpu.0,
            o.cpu.1,
            o.cpu.2
        );
    }
    println!();
    println!(
        "| groups × members, arrival | UNAVAILABLE refusals | resubscribes | 1013 closes | other reconnects | INTERNAL | 4403 / other errors | server log WARN / ERROR lines | accept-queue overflows / SYN retransmits |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for o in &outcomes {
        let other: Vec<String> = o.other.iter().map(|(k, v)| format!("{k} {v}")).collect();
        println!(
            "| {} | {} | {} | {} | {} | **{}** | {} / {} | {} / {} | {} / {} |",
            o.label,
            o.unavailable,
            o.resubscribes,
            o.closed_1013,
            o.reconnects,
            o.internal,
            o.forbidden,
            if other.is_empty() {
                "0".into()
            } else {
                other.join(", ")
            },
            o.log.0,
            o.log.1,
            o.tcp.0,
            o.tcp.1
        );
    }
    for o in &outcomes {
        if !o.log.2.is_empty() {
            println!("\n{} — server log ({}):", o.label, o.log_path.display());
            for line in &o.log.2 {
                println!("- `{line}`");
            }
        }
    }
    println!(
        "\nSet-up: from a member's start (the storm's start, or its batch's) to its first frame, \
         retries and back-off included. Subscribe → live: the subscribe that succeeded to that \
         frame (the server's queue and set-up). Connect: the upgrade to `connection_ack` \
         (TCP connect, upgrade, the session lookup). CPU: from the start until the last was live. \
         Accept-queue overflows and SYN retransmits: the kernel's counters over the same span. Load average at \
         the end: {}.",
        load_average()
    );
    Ok(outcomes)
}

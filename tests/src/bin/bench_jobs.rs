//! Job benchmark: no-op throughput, a realistic job that writes a notification, and pick-up
//! latency at a fixed enqueue rate, through the same graphile_worker set-up as `tongxin-worker`.
//!
//! Loopback only, bounded in time. Needs the environment of `scripts/pg.sh`.
//! See tests/bench/README.md.

use clap::Parser;
use graphile_worker::{
    IntoTaskHandlerResult, LocalQueueConfig, TaskHandler, WorkerContext, WorkerOptions,
};
use serde::{Deserialize, Serialize};
use std::{
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use tongxin_core::{App, Config, Ctx, demo, notify};

#[derive(Parser)]
struct Args {
    /// No-op jobs drained per throughput run.
    #[arg(long, default_value_t = 20_000)]
    jobs: u64,
    /// Notification-writing jobs drained.
    #[arg(long, default_value_t = 5_000)]
    realistic: u64,
    /// Jobs per second of the pick-up latency run.
    #[arg(long, default_value_t = 500)]
    rate: u64,
    /// Seconds of the pick-up latency run.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Local queue size of the latency run's worker (0: tongxin-worker's direct fetch).
    #[arg(long, default_value_t = 0)]
    latency_queue: usize,
    /// Jobs of the direct-fetch backlog run (it drains at slots ÷ poll interval; 0 skips it).
    #[arg(long, default_value_t = 400)]
    direct: u64,
    /// Poll interval of the worker in milliseconds (`TONGXIN_WORKER__POLL_MS`).
    #[arg(long, default_value_t = 250)]
    poll_ms: u64,
    /// Worker concurrency.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Only the direct backlog and the pick-up latency runs, printed as one JSON line in the
    /// form the Node graphile-worker peer prints (`tests/bench/peers/worker.js`).
    #[arg(long)]
    json: bool,
}

/// The set-up `tongxin-worker` runs with.
const PRODUCTION: Mode = Mode::Listening;

static POLL_MS: AtomicU64 = AtomicU64::new(250);
static DONE: AtomicU64 = AtomicU64::new(0);
static PICKUP_US: Mutex<Vec<u64>> = Mutex::new(Vec::new());

fn now_us() -> u64 {
    u64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_micros(),
    )
    .unwrap_or(u64::MAX)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Noop {
    /// Enqueue time (µs since the epoch), when latency is measured.
    t: Option<u64>,
}

impl TaskHandler for Noop {
    const IDENTIFIER: &'static str = "bench_noop";

    async fn run(self, _ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        if let Some(t) = self.t {
            let lat = now_us().saturating_sub(t);
            PICKUP_US
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(lat);
        }
        DONE.fetch_add(1, Ordering::Relaxed);
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct WriteNotification {
    tenant: uuid::Uuid,
    member: uuid::Uuid,
    i: u64,
}

impl TaskHandler for WriteNotification {
    const IDENTIFIER: &'static str = "bench_notify";

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let Some(app) = ctx.get_ext::<App>() else {
            return Err("no app".to_string());
        };
        let c = Ctx::for_tests(self.tenant);
        let mut tx = app.db.begin_tenant(&c).await.map_err(|e| e.to_string())?;
        notify::write(
            &mut tx,
            app,
            &notify::NewNotification {
                member_id: self.member,
                kind: "SYSTEM",
                title: "基准测试通知",
                body: "",
                dedupe_key: Some(&format!("bench:{}", self.i)),
                detail: serde_json::json!({}),
            },
        )
        .await
        .map_err(|e| e.to_string())?;
        tx.commit().await.map_err(|e| e.to_string())?;
        DONE.fetch_add(1, Ordering::Relaxed);
        Ok::<(), String>(())
    }
}

/// How the worker fetches and completes jobs.
#[derive(Clone, Copy)]
enum Mode {
    /// One fetch per job slot per signal (NOTIFY or poll), one completion per job.
    Direct,
    /// `tongxin-worker`'s set-up (direct fetch), with the jobs enqueued while it listens:
    /// every insert's NOTIFY sends the slots fetching.
    Listening,
    /// `tongxin-worker`'s set-up: a local queue that fetches in batches, completions batched.
    Batched(usize),
}

impl Mode {
    fn label(self) -> String {
        match self {
            Mode::Direct => format!(
                "direct fetch, poll {} ms, jobs waiting before the worker starts",
                POLL_MS.load(Ordering::Relaxed)
            ),
            Mode::Listening => format!(
                "direct fetch, poll {} ms, jobs enqueued while the worker listens (tongxin-worker)",
                POLL_MS.load(Ordering::Relaxed)
            ),
            Mode::Batched(n) => format!("local queue {n} + completions batched 2 ms"),
        }
    }
}

async fn worker(
    config: &Config,
    app: &App,
    concurrency: usize,
    mode: Mode,
) -> anyhow::Result<graphile_worker::Worker> {
    let poll = Duration::from_millis(POLL_MS.load(Ordering::Relaxed).max(10));
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(u32::try_from(concurrency).unwrap_or(16) + 4)
        .connect(&config.database.url)
        .await?;
    // As tongxin-worker runs: slots keep fetching while jobs are found.
    let mut opts = tongxin_worker::keep_fetching(WorkerOptions::default(), pool.clone())
        .pg_pool(pool)
        .schema(tongxin_core::jobs::SCHEMA)
        .concurrency(concurrency)
        .poll_interval(poll)
        .add_extension(app.clone())
        .define_job::<Noop>()
        .define_job::<WriteNotification>();
    if let Mode::Batched(size) = mode {
        opts = opts
            .local_queue(LocalQueueConfig::default().with_size(size))
            .complete_job_batch_delay(Duration::from_millis(2));
    }
    Ok(opts.init().await?)
}

async fn enqueue_bulk(
    owner: &sqlx::PgPool,
    task: &str,
    payload_sql: &str,
    n: u64,
) -> anyhow::Result<Duration> {
    let start = Instant::now();
    let mut left = n;
    while left > 0 {
        let chunk = left.min(5_000);
        let sql = format!(
            "select graphile_worker.add_job($1, {payload_sql}) from generate_series($2::bigint, $3::bigint) g"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(task)
            .bind(i64::try_from(n - left).unwrap_or(0))
            .bind(i64::try_from(n - left + chunk - 1).unwrap_or(0))
            .execute(owner)
            .await?;
        left -= chunk;
    }
    Ok(start.elapsed())
}

/// Enqueues `n` jobs (before the worker starts, or — `Listening` — after it listens, in
/// one transaction per 5,000) and times until all have run. Returns (enqueue, drain) times.
#[allow(clippy::too_many_arguments)]
async fn drain(
    config: &Config,
    app: &App,
    owner: &sqlx::PgPool,
    concurrency: usize,
    mode: Mode,
    n: u64,
    task: &str,
    payload_sql: &str,
) -> anyhow::Result<(Duration, Duration)> {
    DONE.store(0, Ordering::SeqCst);
    let listening = matches!(mode, Mode::Listening);
    let mut put = Duration::ZERO;
    if !listening {
        put = enqueue_bulk(owner, task, payload_sql, n).await?;
    }
    let w = std::sync::Arc::new(worker(config, app, concurrency, mode).await?);
    let runner = w.clone();
    let handle = tokio::spawn(async move { runner.run().await });
    if listening {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let start = Instant::now();
    if listening {
        put = enqueue_bulk(owner, task, payload_sql, n).await?;
    }
    while DONE.load(Ordering::Relaxed) < n {
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(300),
            "drain took over 5 minutes"
        );
        if handle.is_finished() {
            anyhow::bail!("the worker stopped: {:?}", handle.await?);
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let took = start.elapsed();
    // A clean stop hands back anything a local queue still holds.
    w.request_shutdown();
    handle.await??;
    Ok((put, took))
}

fn pct(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    POLL_MS.store(args.poll_ms, Ordering::SeqCst);
    let config = Config::load()?.normalised();
    tongxin_core::db::migrate(&config.database.url).await?;
    let app = App::connect(config.clone()).await?;
    demo::seed(&app).await?;
    let owner = sqlx::PgPool::connect(&config.database.url).await?;
    // The owner is subject to the tenant policies too; the system role reads across tenants.
    let system = sqlx::PgPool::connect(&config.database.system_url).await?;
    let (tenant, member): (uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "select t.id, m.id from tenant t join member m on m.tenant_id = t.id where t.slug = 'demo' limit 1",
    )
    .fetch_one(&system)
    .await?;
    sqlx::query("delete from graphile_worker._private_jobs where task_id in (select id from graphile_worker._private_tasks where identifier like 'bench_%')")
        .execute(&owner)
        .await?;

    if !args.json {
        println!("| measure | setting | result |");
        println!("|---|---|---|");
    }
    let mut noop = (0, Duration::ZERO);
    for (mode, n) in [
        (Mode::Direct, args.direct),
        (Mode::Listening, args.jobs),
        (Mode::Batched(100), args.jobs),
        (Mode::Batched(500), args.jobs),
    ] {
        if n == 0 || (args.json && !matches!(mode, Mode::Direct)) {
            continue;
        }
        let (put, took) = drain(
            &config,
            &app,
            &owner,
            args.concurrency,
            mode,
            n,
            "bench_noop",
            "'{}'::json",
        )
        .await?;
        noop = (n, took);
        if args.json {
            continue;
        }
        println!(
            "| no-op jobs drained from a backlog | {n} jobs, concurrency {}, {} | **{:.0} jobs/s** ({:.2} s; bulk enqueue {:.0} jobs/s) |",
            args.concurrency,
            mode.label(),
            n as f64 / took.as_secs_f64(),
            took.as_secs_f64(),
            n as f64 / put.as_secs_f64()
        );
    }
    if !args.json {
        realistic(&args, &config, &app, &owner, tenant, member).await?;
    }
    let lat = pickup(&args, &config, &app).await?;
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "noop_jobs": noop.0,
                "noop_seconds": noop.1.as_secs_f64(),
                "noop_per_s": noop.0 as f64 / noop.1.as_secs_f64(),
                "pickup_enqueued": args.rate * args.seconds,
                "pickup_picked": lat.len(),
                "pickup_p50_ms": pct(&lat, 0.5),
                "pickup_p99_ms": pct(&lat, 0.99),
                "pickup_max_ms": pct(&lat, 1.0),
            })
        );
        return Ok(());
    }
    println!(
        "| pick-up latency (enqueue → handler start) | {} jobs/s for {} s, {} | p50 {:.1} ms, **p99 {:.1} ms**, max {:.1} ms ({} of {} picked up) |",
        args.rate,
        args.seconds,
        latency_label(&args),
        pct(&lat, 0.5),
        pct(&lat, 0.99),
        pct(&lat, 1.0),
        lat.len(),
        args.rate * args.seconds
    );
    Ok(())
}

/// Notification-writing jobs drained by `tongxin-worker`'s set-up.
async fn realistic(
    args: &Args,
    config: &Config,
    app: &App,
    owner: &sqlx::PgPool,
    tenant: uuid::Uuid,
    member: uuid::Uuid,
) -> anyhow::Result<()> {
    let offset = now_us();
    let payload = format!(
        "json_build_object('tenant', '{tenant}'::uuid, 'member', '{member}'::uuid, 'i', g + {offset})"
    );
    let (_, took) = drain(
        config,
        app,
        owner,
        args.concurrency,
        PRODUCTION,
        args.realistic,
        "bench_notify",
        &payload,
    )
    .await?;
    println!(
        "| notification-writing jobs drained | {} jobs, concurrency {}, {} | **{:.0} jobs/s** ({:.2} s) |",
        args.realistic,
        args.concurrency,
        PRODUCTION.label(),
        args.realistic as f64 / took.as_secs_f64(),
        took.as_secs_f64()
    );
    Ok(())
}

fn latency_mode(args: &Args) -> Mode {
    match args.latency_queue {
        0 => Mode::Listening,
        n => Mode::Batched(n),
    }
}

fn latency_label(args: &Args) -> String {
    latency_mode(args).label()
}

/// Pick-up latency: one job every 1/rate s (open loop) to an idle worker; returns the sorted
/// latencies in µs.
async fn pickup(args: &Args, config: &Config, app: &App) -> anyhow::Result<Vec<u64>> {
    DONE.store(0, Ordering::SeqCst);
    PICKUP_US.lock().unwrap_or_else(|p| p.into_inner()).clear();
    let w = std::sync::Arc::new(worker(config, app, args.concurrency, latency_mode(args)).await?);
    let runner = w.clone();
    let handle = tokio::spawn(async move { runner.run().await });
    tokio::time::sleep(Duration::from_secs(1)).await;
    let total = args.rate * args.seconds;
    let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / args.rate.max(1)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let producers = sqlx::postgres::PgPoolOptions::new()
        .max_connections(8)
        .connect(&config.database.url)
        .await?;
    let mut sent = 0u64;
    let mut inflight = tokio::task::JoinSet::new();
    while sent < total {
        tick.tick().await;
        let pool = producers.clone();
        inflight.spawn(async move {
            sqlx::query(
                "select graphile_worker.add_job('bench_noop', json_build_object('t', $1::bigint))",
            )
            .bind(i64::try_from(now_us()).unwrap_or(0))
            .execute(&pool)
            .await
        });
        sent += 1;
    }
    while let Some(r) = inflight.join_next().await {
        r??;
    }
    let start = Instant::now();
    while DONE.load(Ordering::Relaxed) < total && start.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    w.request_shutdown();
    handle.await??;
    let mut lat = PICKUP_US.lock().unwrap_or_else(|p| p.into_inner()).clone();
    lat.sort_unstable();
    Ok(lat)
}

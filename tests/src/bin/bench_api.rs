//! API benchmark: member page with nested org, `{ __typename }` beside an axum hello route,
//! SQL statements per request, and the cost of the tenant transaction.
//!
//! Loopback only, bounded in time. Needs the environment of `scripts/pg.sh` (including
//! `TONGXIN_DATABASE__ADMIN_URL` for pg_stat_statements). See tests/bench/README.md.

use clap::Parser;
use serde_json::{Value, json};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};
use tongxin_core::{Config, demo};

#[derive(Parser)]
struct Args {
    /// Seconds per closed-loop throughput run.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent clients in closed-loop runs.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Requests per second of the open-loop run.
    #[arg(long, default_value_t = 1000)]
    rate: u64,
}

const MEMBER_PAGE: &str = "{ members(first: 50) { edges { node { id name gender status organization { id name } } } pageInfo { hasNextPage endCursor } } }";
const TYPENAME: &str = "{ __typename }";

struct Stats {
    requests: usize,
    errors: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Stats {
    fn pct(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let mut l = self.latencies.clone();
        l.sort();
        let i = ((l.len() as f64 - 1.0) * p).round() as usize;
        l[i].as_secs_f64() * 1000.0
    }
    fn rps(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }
}

#[derive(Clone)]
struct Target {
    client: reqwest::Client,
    url: String,
    body: Option<Value>,
    token: Option<String>,
}

impl Target {
    async fn once(&self) -> bool {
        let req = match &self.body {
            Some(b) => self.client.post(&self.url).json(b),
            None => self.client.get(&self.url),
        };
        let req = match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        match req.send().await {
            Ok(r) if r.status().is_success() => {
                let bytes = r.bytes().await.unwrap_or_default();
                !bytes.windows(9).any(|w| w == b"\"errors\":")
            }
            _ => false,
        }
    }
}

async fn closed_loop(t: &Target, concurrency: usize, seconds: u64) -> Stats {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let t = t.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut errors = 0;
            while Instant::now() < deadline {
                let s = Instant::now();
                if !t.once().await {
                    errors += 1;
                }
                lat.push(s.elapsed());
            }
            (lat, errors)
        }));
    }
    let mut stats = Stats {
        requests: 0,
        errors: 0,
        elapsed: Duration::ZERO,
        latencies: vec![],
    };
    for task in tasks {
        let (lat, errors) = task.await.expect("task");
        stats.requests += lat.len();
        stats.errors += errors;
        stats.latencies.extend(lat);
    }
    stats.elapsed = start.elapsed();
    stats
}

/// Open loop: requests start on a fixed schedule; latency counts from the scheduled time.
async fn open_loop(t: &Target, rate: u64, seconds: u64) -> Stats {
    let total = rate * seconds;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(total as usize);
    let limit = Arc::new(tokio::sync::Semaphore::new(512));
    for i in 0..total {
        let scheduled = start + interval * i as u32;
        tokio::time::sleep_until(scheduled.into()).await;
        let t = t.clone();
        let permit = limit.clone().acquire_owned().await.expect("semaphore");
        tasks.push(tokio::spawn(async move {
            let ok = t.once().await;
            drop(permit);
            (scheduled.elapsed(), ok)
        }));
    }
    let mut stats = Stats {
        requests: 0,
        errors: 0,
        elapsed: Duration::ZERO,
        latencies: vec![],
    };
    for task in tasks {
        let (lat, ok) = task.await.expect("task");
        stats.requests += 1;
        stats.errors += usize::from(!ok);
        stats.latencies.push(lat);
    }
    stats.elapsed = start.elapsed();
    stats
}

fn line(name: &str, s: &Stats) -> String {
    format!(
        "| {name} | {:.0} | {:.2} | {:.2} | {} / {} |",
        s.rps(),
        s.pct(0.5),
        s.pct(0.99),
        s.errors,
        s.requests
    )
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // The server gets its own runtime; the load generator another, so neither starves the other.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let result = client_rt.block_on(run(args, &server_rt));
    drop(server_rt);
    result
}

async fn run(args: Args, server_rt: &tokio::runtime::Runtime) -> anyhow::Result<()> {
    let mut config = Config::load()?.normalised();
    config.http.port = 0;
    config.auth.per_address_per_minute = 1_000_000;
    config.database.max_connections = 16;
    tongxin_core::db::migrate(&config.database.url).await?;
    let admin_url = std::env::var("TONGXIN_DATABASE__ADMIN_URL").ok();

    // Server side: the API and a plain axum hello route on the server runtime.
    let cfg = config.clone();
    let (port, app) = server_rt
        .spawn(async move {
            let application = tongxin_api::Application::build(cfg).await?;
            let port = application.port();
            let app = application.app().clone();
            tokio::spawn(application.run_until(std::future::pending()));
            anyhow::Ok((port, app))
        })
        .await??;
    let hello_port = server_rt
        .spawn(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let port = listener.local_addr()?.port();
            let router = axum::Router::new().route("/", axum::routing::get(|| async { "hello" }));
            tokio::spawn(async move { axum::serve(listener, router).await });
            anyhow::Ok(port)
        })
        .await??;
    demo::seed(&app).await?;
    let ctx = demo::admin_ctx(&app).await?;
    let _ = ctx;

    let client = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(1024)
        .build()?;
    let login: Value = client
        .post(format!("http://127.0.0.1:{port}/graphql"))
        .json(&json!({ "query": "mutation($i: LogInInput!) { logIn(input: $i) { token } }", "variables": { "i": { "email": demo::ADMIN_EMAIL, "password": demo::ADMIN_PASSWORD, "tenantSlug": demo::SLUG } } }))
        .send()
        .await?
        .json()
        .await?;
    let token = login["data"]["logIn"]["token"]
        .as_str()
        .expect("demo login")
        .to_string();
    let gql = |q: &str, tok: Option<String>| Target {
        client: client.clone(),
        url: format!("http://127.0.0.1:{port}/graphql"),
        body: Some(json!({ "query": q })),
        token: tok,
    };
    let members = gql(MEMBER_PAGE, Some(token.clone()));
    let typename = gql(TYPENAME, None);
    let hello = Target {
        client: client.clone(),
        url: format!("http://127.0.0.1:{hello_port}/"),
        body: None,
        token: None,
    };

    // Warm up.
    closed_loop(&members, 8, 2).await;
    closed_loop(&typename, 8, 1).await;
    closed_loop(&hello, 8, 1).await;

    let m = closed_loop(&members, args.concurrency, args.seconds).await;
    let t = closed_loop(&typename, args.concurrency, args.seconds).await;
    let h = closed_loop(&hello, args.concurrency, args.seconds).await;
    let open = open_loop(&members, args.rate, args.seconds).await;

    println!("| run | req/s | p50 ms | p99 ms | errors / requests |");
    println!("|---|---|---|---|---|");
    println!(
        "{}",
        line(
            &format!("member page, closed loop, {} clients", args.concurrency),
            &m
        )
    );
    println!(
        "{}",
        line(
            &format!(
                "`{{ __typename }}`, closed loop, {} clients",
                args.concurrency
            ),
            &t
        )
    );
    println!(
        "{}",
        line(
            &format!(
                "axum hello route, closed loop, {} clients",
                args.concurrency
            ),
            &h
        )
    );
    println!(
        "{}",
        line(
            &format!("member page, open loop at {} req/s", args.rate),
            &open
        )
    );
    println!();
    println!(
        "`{{ __typename }}` throughput ÷ hello route: {:.0}%",
        100.0 * t.rps() / h.rps()
    );

    // SQL statements per member-page request (pg_stat_statements, superuser connection).
    if let Some(admin) = admin_url {
        let admin_db = admin
            .rsplit_once('/')
            .map(|(base, _)| format!("{base}/tongxin"))
            .unwrap_or(admin);
        let pool = sqlx::PgPool::connect(&admin_db).await?;
        sqlx::query("select pg_stat_statements_reset()")
            .execute(&pool)
            .await?;
        let n = 200;
        for _ in 0..n {
            members.once().await;
        }
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "select s.query, s.calls from pg_stat_statements s join pg_roles r on r.oid = s.userid
              where r.rolname in ('tongxin_app', 'tongxin_system') order by s.calls desc",
        )
        .fetch_all(&pool)
        .await?;
        let is_tx = |q: &str| {
            let q = q.trim().to_lowercase();
            q.starts_with("begin") || q.starts_with("commit") || q.starts_with("rollback")
        };
        let data: i64 = rows.iter().filter(|(q, _)| !is_tx(q)).map(|(_, c)| c).sum();
        let tx: i64 = rows.iter().filter(|(q, _)| is_tx(q)).map(|(_, c)| c).sum();
        println!();
        println!(
            "SQL per member-page request over {n} requests: {:.2} statements ({:.2} BEGIN/COMMIT besides)",
            data as f64 / n as f64,
            tx as f64 / n as f64
        );
        for (q, c) in rows.iter().filter(|(q, _)| !is_tx(q)) {
            println!(
                "- {:.2} × `{}`",
                *c as f64 / n as f64,
                q.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(110)
                    .collect::<String>()
            );
        }
    }

    // Cost of the tenant transaction against the bare query.
    let tenant = app.db.clone();
    let demo_tenant: uuid::Uuid = {
        let mut tx = tenant.begin_tenant(&demo::admin_ctx(&app).await?).await?;
        let id: uuid::Uuid = sqlx::query_scalar("select app_tenant_id()")
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        id
    };
    let ctx = tongxin_core::Ctx::for_tests(demo_tenant);
    let n = 2000;
    let q = "select id, name from member where tenant_id = $1 order by id limit 50";
    let start = Instant::now();
    for _ in 0..n {
        let mut tx = tenant.begin_tenant(&ctx).await?;
        let _: Vec<(uuid::Uuid, String)> = sqlx::query_as(q)
            .bind(demo_tenant)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    let with_tx = start.elapsed() / n;
    let owner = sqlx::PgPool::connect(&config.database.url).await?;
    let start = Instant::now();
    for _ in 0..n {
        let _: Vec<(uuid::Uuid, String)> = sqlx::query_as(q)
            .bind(demo_tenant)
            .fetch_all(&owner)
            .await?;
    }
    let bare = start.elapsed() / n;
    println!();
    println!(
        "Tenant transaction (BEGIN + set_config + query + COMMIT): {:.0} µs; bare query: {:.0} µs; overhead {:.0} µs",
        with_tx.as_secs_f64() * 1e6,
        bare.as_secs_f64() * 1e6,
        (with_tx.as_secs_f64() - bare.as_secs_f64()) * 1e6
    );
    let total_errors = m.errors + t.errors + h.errors + open.errors;
    if total_errors * 1000 > (m.requests + t.requests + h.requests + open.requests) {
        anyhow::bail!("more than 0.1% of requests failed");
    }
    Ok(())
}

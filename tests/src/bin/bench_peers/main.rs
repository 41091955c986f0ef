//! Tongxin beside its peers on one dataset: PostGraphile 4.14 and graphql-yoga 5 (Node) for
//! the member page and message history, yoga for fan-out and memory per connection, and the
//! Node graphile-worker for jobs. Rounds run interleaved; figures are medians of the rounds.
//!
//! Loopback only, bounded in time. Run by `BENCH=peers make bench` (see tests/bench/README.md),
//! which provisions PostgreSQL and installs the pinned peers from the npm registry.

mod accounts;
mod dataset;
mod fanout;
mod http_phase;
mod jobs;
mod jwt;
mod load;
mod realtime;
mod servers;
mod stats;

use clap::Parser;
use servers::{Placement, Postgres};

/// Command-line flags (a later flag overrides an earlier one).
#[derive(Parser, Clone)]
#[command(args_override_self = true)]
pub struct Args {
    /// Interleaved rounds per measure; figures are the median over them.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Seconds per closed-loop concurrency level.
    #[arg(long, default_value_t = 2.0)]
    level_seconds: f64,
    /// Closed-loop concurrency levels tried, lowest first.
    #[arg(long, value_delimiter = ',', default_value = "1,2,4,8,16,32,64")]
    levels: Vec<usize>,
    /// The latency bound of the throughput figure (p99, ms).
    #[arg(long, default_value_t = 50.0)]
    bound_ms: f64,
    /// Requests per second of the open-loop run.
    #[arg(long, default_value_t = 200)]
    rate: u64,
    /// Seconds of the open-loop run.
    #[arg(long, default_value_t = 4.0)]
    open_seconds: f64,
    /// Subscribers of the fan-out group (each with its own credential).
    #[arg(long, default_value_t = 10_000)]
    subscribers: usize,
    /// Messages sent to the fan-out group per round.
    #[arg(long, default_value_t = 3)]
    fanout_messages: usize,
    /// Steady-rate measure: messages per second over the steady groups.
    #[arg(long, default_value_t = 200)]
    steady_rate: u64,
    /// Steady-rate measure: seconds of sending.
    #[arg(long, default_value_t = 20.0)]
    steady_seconds: f64,
    /// Cross-node measure (needs TONGXIN_REDIS__URL): subscribers on the second node.
    #[arg(long, default_value_t = 1000)]
    cross: usize,
    /// Cross-node measure: messages sent on each node per round.
    #[arg(long, default_value_t = 10)]
    cross_messages: usize,
    /// No-op jobs drained per round.
    #[arg(long, default_value_t = 2000)]
    jobs: u64,
    /// Jobs per second of the pick-up latency run.
    #[arg(long, default_value_t = 500)]
    job_rate: u64,
    /// Seconds of the pick-up latency run.
    #[arg(long, default_value_t = 10)]
    job_seconds: u64,
    /// Run the servers and PostgreSQL on every core instead of pinning them to the last one
    /// and the load generator to the first.
    #[arg(long)]
    unpinned: bool,
    /// Measures to run: http, fanout, jobs.
    #[arg(long, value_delimiter = ',', default_value = "http,fanout,jobs")]
    only: Vec<String>,
    /// Dataset: tenants.
    #[arg(long, default_value_t = 200)]
    tenants: usize,
    /// Dataset: members in all.
    #[arg(long, default_value_t = 100_000)]
    members: usize,
    /// Dataset: groups in all.
    #[arg(long, default_value_t = 4_000)]
    groups: usize,
    /// Dataset: messages in all.
    #[arg(long, default_value_t = 2_000_000)]
    messages: usize,
    /// Dataset: members of the fan-out group.
    #[arg(long, default_value_t = 10_000)]
    fanout: usize,
    /// The dataset's seed.
    #[arg(long, default_value_t = 20_261_204)]
    seed: u64,
}

fn env(name: &str) -> anyhow::Result<String> {
    std::env::var(name)
        .map_err(|_| anyhow::anyhow!("{name} is not set (see tests/bench/README.md)"))
}

/// The superuser's URL for the application's database (pg_stat_statements lives there).
fn admin_url_of_app_database() -> anyhow::Result<String> {
    let admin = env("TONGXIN_DATABASE__ADMIN_URL")?;
    let owner = env("TONGXIN_DATABASE__URL")?;
    let db = owner.rsplit('/').next().unwrap_or("tongxin");
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Ok(format!("{base}/{db}"))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // One thread: pinned to one core, the generator should not also fight itself.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let local = tokio::task::LocalSet::new();
    let failed = local.block_on(&rt, run(args))?;
    if failed {
        std::process::exit(1);
    }
    Ok(())
}

/// Runs every chosen measure; true when too many requests failed (> 0.1 %).
async fn run(args: Args) -> anyhow::Result<bool> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let last = (cores - 1).to_string();
    let pg = Postgres::find(&env("TONGXIN_DATABASE__ADMIN_URL")?).await?;
    let place = if args.unpinned || cores < 2 {
        let all = format!("0-{last}");
        pg.pin(&all);
        servers::pin_self(&all);
        Placement { server_cores: None }
    } else {
        pg.pin(&last);
        servers::pin_self("0");
        Placement {
            server_cores: Some(last.clone()),
        }
    };
    let mode = match &place.server_cores {
        Some(c) => format!("pinned: load generator on core 0, servers and PostgreSQL on core {c}"),
        None => format!("unpinned: everything on cores 0–{last}"),
    };
    let setup = accounts::Setup::make(&args, place.clone()).await?;
    println!(
        "Machine: {cores} cores, {} GiB, {}; {mode}. Dataset: {} tenants, {} members, {} groups, {} messages, fan-out group of {} (seed {}).",
        mem_gib(),
        kernel(),
        args.tenants,
        args.members,
        args.groups,
        args.messages,
        args.fanout,
        args.seed
    );
    let mut failed = false;
    if args.only.iter().any(|m| m == "http") {
        failed |= http_phase::run(&args, &setup, &pg).await?;
    }
    if args.only.iter().any(|m| m == "fanout") {
        realtime::run(&args, &setup).await?;
    }
    if args.only.iter().any(|m| m == "jobs") {
        jobs::run(&args, &place).await?;
    }
    Ok(failed)
}

fn mem_gib() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map_or(0, |kib| kib / 1024 / 1024)
}

fn kernel() -> String {
    std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| format!("Linux {}", s.trim()))
        .unwrap_or_default()
}

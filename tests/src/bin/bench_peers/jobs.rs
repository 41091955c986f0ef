//! Jobs: Tongxin's worker set-up (`bench_jobs --json`) beside the Node graphile-worker
//! (`tests/bench/peers/worker.js`), each run as its own process on the server core; the Node
//! worker gets a database of its own so the two `graphile_worker` schemas do not meet.

use crate::{
    Args, env,
    servers::{Placement, peers_dir},
    stats::{Spread, ratios},
};
use serde_json::Value;
use sqlx::{Connection, PgConnection};
use std::process::{Command, Stdio};

const PEER_DB: &str = "peer_jobs";

async fn peer_database() -> anyhow::Result<String> {
    let mut admin = PgConnection::connect(&env("TONGXIN_DATABASE__ADMIN_URL")?).await?;
    let exists: bool =
        sqlx::query_scalar("select exists (select 1 from pg_database where datname = $1)")
            .bind(PEER_DB)
            .fetch_one(&mut admin)
            .await?;
    if !exists {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "create database {PEER_DB} owner tongxin_owner"
        )))
        .execute(&mut admin)
        .await?;
    }
    let owner = env("TONGXIN_DATABASE__URL")?;
    let base = owner
        .rsplit_once('/')
        .map(|(b, _)| b)
        .ok_or_else(|| anyhow::anyhow!("no database in {owner}"))?;
    Ok(format!("{base}/{PEER_DB}"))
}

/// Runs a harness process and reads the one JSON line it prints.
fn json_of(mut cmd: Command) -> anyhow::Result<Value> {
    let out = cmd.stderr(Stdio::inherit()).output()?;
    anyhow::ensure!(out.status.success(), "{cmd:?} failed: {}", out.status);
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .ok_or_else(|| anyhow::anyhow!("{cmd:?} printed no JSON: {text}"))?;
    Ok(serde_json::from_str(line)?)
}

fn tongxin(args: &Args, place: &Placement) -> anyhow::Result<Value> {
    let exe = std::env::current_exe()?
        .parent()
        .map(|d| d.join("bench_jobs"))
        .ok_or_else(|| anyhow::anyhow!("no directory"))?;
    let mut c = place.command(&exe);
    c.args([
        "--json",
        "--direct",
        &args.jobs.to_string(),
        "--rate",
        &args.job_rate.to_string(),
        "--seconds",
        &args.job_seconds.to_string(),
    ])
    .env("RUST_LOG", "warn");
    json_of(c)
}

fn node(args: &Args, place: &Placement, url: &str) -> anyhow::Result<Value> {
    let node = std::env::var("NODE").unwrap_or_else(|_| "node".into());
    let mut c = place.command(std::path::Path::new(&node));
    c.arg(peers_dir().join("worker.js"))
        .args([
            "--jobs",
            &args.jobs.to_string(),
            "--rate",
            &args.job_rate.to_string(),
            "--seconds",
            &args.job_seconds.to_string(),
        ])
        .env("DATABASE_URL", url);
    json_of(c)
}

/// Runs the rounds and prints the table.
pub async fn run(args: &Args, place: &Placement) -> anyhow::Result<()> {
    let url = peer_database().await?;
    let mut results: [Vec<Value>; 2] = [Vec::new(), Vec::new()];
    for round in 0..args.rounds {
        for k in 0..2 {
            let which = (round + k) % 2;
            let v = if which == 0 {
                tongxin(args, place)?
            } else {
                node(args, place, &url)?
            };
            eprintln!("jobs round {round} {}: {v}", ["Tongxin", "Node"][which]);
            results[which].push(v);
        }
    }
    let col = |which: usize, key: &str| -> Vec<f64> {
        results[which]
            .iter()
            .map(|v| v[key].as_f64().unwrap_or(f64::NAN))
            .collect()
    };
    println!(
        "\n#### Jobs ({} no-op jobs drained from a backlog; pick-up at {} jobs/s for {} s; concurrency 16)\n",
        args.jobs, args.job_rate, args.job_seconds
    );
    println!(
        "| worker | no-op jobs/s | pick-up p50 / p99 ms | picked up (of {}) |",
        args.job_rate * args.job_seconds
    );
    println!("|---|---|---|---|");
    for (which, label) in [
        (0, "Tongxin (graphile_worker 0.14, Rust)"),
        (1, "graphile-worker (Node)"),
    ] {
        println!(
            "| {label} | {} | {} / {} | {} |",
            Spread::of(&col(which, "noop_per_s")).show(0),
            Spread::of(&col(which, "pickup_p50_ms")).show(1),
            Spread::of(&col(which, "pickup_p99_ms")).show(1),
            Spread::of(&col(which, "pickup_picked")).show(0),
        );
    }
    println!();
    println!("| ratio Tongxin ÷ Node (per round, median (min–max)) | value |");
    println!("|---|---|");
    println!(
        "| no-op throughput | {} |",
        ratios(&col(0, "noop_per_s"), &col(1, "noop_per_s")).show(2)
    );
    println!(
        "| pick-up p99 | {} |",
        ratios(&col(0, "pickup_p99_ms"), &col(1, "pickup_p99_ms")).show(2)
    );
    Ok(())
}

//! Points rankings benchmark against the real `tongxin-api` binary, run as a child process on
//! loopback: a tenant of 100,000 members under one party committee (20 general branches of 10
//! branches each, 500 members a branch) and 5,000,000 ledger entries (50 a member, four in
//! five of them this year), then, sequentially, p50 / p99 of the round trip and the SQL
//! statements per request of
//! - `pointRankings` (the first 50) of the committee (every member), of a general branch
//!   (5,000) and of a branch (500);
//! - `branchPointRankings` (支部对标) of the committee (200 branches).
//!
//! The org tree is created through GraphQL; members, accounts and sessions are inserted in bulk
//! (`tongxin_tests::bench::insert_members`), and the entries with `generate_series` through the
//! schema owner's connection with the ledger's balance trigger set aside, the balances then
//! summed from them in one statement (what the trigger would have written, row by row). At the
//! end one ranking is checked against a recount from the ledger. Needs the environment of
//! `scripts/pg.sh`. See tests/bench/README.md.

use clap::Parser;
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};
use std::{
    process::{Command, Stdio},
    time::Instant,
};
use tongxin_tests::bench::{
    ApiNode, NodeOptions, api_binary, calls, gql_data, insert_members, party_org, pct, raw_id,
    short, sign_up, statements, tenant_tx,
};
use uuid::Uuid;

#[derive(Parser, Clone)]
struct Args {
    /// General branches (党总支) under the committee.
    #[arg(long, default_value_t = 20)]
    general: usize,
    /// Branches (党支部) under each general branch.
    #[arg(long, default_value_t = 10)]
    branches: usize,
    /// Members in each branch.
    #[arg(long, default_value_t = 500)]
    per_branch: usize,
    /// Ledger entries per member.
    #[arg(long, default_value_t = 50)]
    entries: usize,
    /// Measured requests of each kind (after 10 of warm-up).
    #[arg(long, default_value_t = 200)]
    requests: usize,
}

const RANKINGS: &str = "query($o: ID!, $y: Int!) { pointRankings(orgId: $o, year: $y, first: 50) { rank memberId memberName points } }";
const BRANCHES: &str = "query($o: ID!, $y: Int!) { branchPointRankings(orgId: $o, year: $y) { rank organizationName members total average } }";

async fn org(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    parent: &str,
    name: String,
    kind: &str,
) -> anyhow::Result<String> {
    let d = gql_data(
        http,
        url,
        token,
        "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }",
        json!({ "i": { "name": name, "line": "PARTY", "kind": kind, "parentId": parent } }),
    )
    .await?;
    Ok(d["createOrganization"]["organization"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Times `n` sequential requests; sorted milliseconds and the last answer.
async fn time(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    q: &str,
    vars: &Value,
    n: usize,
) -> anyhow::Result<(Vec<f64>, Value)> {
    let mut ms = Vec::with_capacity(n);
    let mut last = Value::Null;
    for _ in 0..n {
        let start = Instant::now();
        last = gql_data(http, url, token, q, vars.clone()).await?;
        ms.push(start.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(f64::total_cmp);
    Ok((ms, last))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let owner_url = std::env::var("TONGXIN_DATABASE__URL")
        .map_err(|_| anyhow::anyhow!("TONGXIN_DATABASE__URL is not set (see scripts/pg.sh)"))?;
    let migrated = Command::new(api_binary()?)
        .arg("migrate")
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(migrated.success(), "migrate failed");
    let node = ApiNode::start(NodeOptions::default()).await?;
    let url = node.url();
    let http = reqwest::Client::builder().no_proxy().build()?;
    let (slug, tenant, admin) = sign_up(&http, &url).await?;

    // The org tree, through the API.
    let setup = Instant::now();
    let committee = party_org(&http, &url, &admin, "基准党委").await?;
    let mut general = vec![];
    let mut branches: Vec<String> = vec![];
    for g in 1..=args.general {
        let id = org(
            &http,
            &url,
            &admin,
            &committee,
            format!("第{g}党总支"),
            "PARTY_GENERAL_BRANCH",
        )
        .await?;
        for b in 1..=args.branches {
            branches.push(
                org(
                    &http,
                    &url,
                    &admin,
                    &id,
                    format!("第{g}-{b}党支部"),
                    "PARTY_BRANCH",
                )
                .await?,
            );
        }
        general.push(id);
    }
    let branch_ids: Vec<Uuid> = branches
        .iter()
        .map(|b| raw_id(b))
        .collect::<Result<_, _>>()?;

    // Members, then the ledger, in bulk as the owner inside the tenant.
    let members_n = branches.len() * args.per_branch;
    let mut owner = PgConnection::connect(&owner_url).await?;
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let (members, _) = insert_members(
        &mut tx,
        tenant,
        &slug,
        raw_id(&committee)?,
        members_n,
        "bench_rankings",
    )
    .await?;
    sqlx::query(
        "update member m set org_id = ($2::uuid[])[1 + (u.i - 1) / $3],
                             party_org_id = ($2::uuid[])[1 + (u.i - 1) / $3]
           from unnest($1::uuid[]) with ordinality as u(id, i) where m.id = u.id",
    )
    .bind(&members)
    .bind(&branch_ids)
    .bind(args.per_branch as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let year: i32 =
        sqlx::query_scalar("select extract(year from now() at time zone 'Asia/Shanghai')::int")
            .fetch_one(&mut owner)
            .await?;
    sqlx::query("alter table point_entry disable trigger point_entry_balance")
        .execute(&mut owner)
        .await?;
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    // In slices of 10,000 members (500,000 entries) to keep each statement's memory small.
    for slice in members.chunks(10_000) {
        sqlx::query(
            "insert into point_entry (tenant_id, id, member_id, year, action, requested, points,
                                      source_kind, source_id, source_title, occurred_at)
             select $1, gen_random_uuid(), m, y.year, 'MANUAL', p.pts, p.pts, 'MANUAL',
                    'bench-' || i || '-' || k, '基准奖励',
                    make_timestamptz(y.year, 1 + k % 12, 1 + k % 28, 4, 0, 0, 'UTC')
               from unnest($2::uuid[]) with ordinality as u(m, i)
              cross join generate_series(1, $3) k
              cross join lateral (select case when k % 5 = 0 then $4 - 1 else $4 end as year) y
              cross join lateral (select 1 + ((i * 7 + k * 13) % 5)::int as pts) p",
        )
        .bind(tenant)
        .bind(slice)
        .bind(args.entries as i32)
        .bind(year)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "insert into point_balance (tenant_id, member_id, year, points)
         select tenant_id, member_id, year, sum(points) from point_entry
          where tenant_id = $1 group by tenant_id, member_id, year",
    )
    .bind(tenant)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query("alter table point_entry enable trigger point_entry_balance")
        .execute(&mut owner)
        .await?;
    sqlx::query("analyze account, member, session, org_unit, point_entry, point_balance")
        .execute(&mut owner)
        .await?;
    println!(
        "set-up: {} orgs, {members_n} members, {} entries in {:.0} s",
        1 + general.len() + branches.len(),
        members_n * args.entries,
        setup.elapsed().as_secs_f64()
    );

    let cases = [
        (
            format!("pointRankings, the committee ({members_n} members)"),
            RANKINGS,
            json!({ "o": committee, "y": year }),
        ),
        (
            format!(
                "pointRankings, a general branch ({} members)",
                args.branches * args.per_branch
            ),
            RANKINGS,
            json!({ "o": general[0], "y": year }),
        ),
        (
            format!("pointRankings, a branch ({} members)", args.per_branch),
            RANKINGS,
            json!({ "o": branches[0], "y": year }),
        ),
        (
            format!(
                "branchPointRankings, the committee ({} branches)",
                branches.len()
            ),
            BRANCHES,
            json!({ "o": committee, "y": year }),
        ),
    ];
    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!();
    println!("| request | p50 ms | p99 ms | SQL statements / request | target |");
    println!("|---|---|---|---|---|");
    let mut admin_conn = statements().await;
    let mut slowest = vec![];
    let mut whole = Value::Null;
    for (name, q, vars) in &cases {
        time(&http, &url, &admin, q, vars, 10).await?;
        let _ = calls(&mut admin_conn).await;
        let (ms, last) = time(&http, &url, &admin, q, vars, args.requests).await?;
        let c = calls(&mut admin_conn).await;
        let per = c
            .as_ref()
            .map(|(n, _)| format!("{:.1}", *n as f64 / args.requests as f64))
            .unwrap_or_else(|| "n/a".into());
        println!(
            "| {name} | {:.1} | {:.1} | {per} | p99 ≤ 100 ms |",
            pct(&ms, 0.5),
            pct(&ms, 0.99)
        );
        if let Some((q, n, t)) =
            c.and_then(|(_, rows)| rows.into_iter().max_by(|a, b| a.2.total_cmp(&b.2)))
        {
            slowest.push(format!(
                "- {name}: {:.1} ms a call ({n} calls): `{}`",
                t / n.max(1) as f64,
                short(&q, 90)
            ));
        }
        if whole.is_null() {
            whole = last;
        }
    }
    if !slowest.is_empty() {
        println!("\nthe slowest statement of each:");
        for s in slowest {
            println!("{s}");
        }
    }

    // The committee's first 50 against a recount from the ledger.
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let recount: Vec<i64> = sqlx::query_scalar(
        "select coalesce(sum(points), 0)::bigint from point_entry
          where tenant_id = $1 and year = $2 group by member_id order by 1 desc limit 50",
    )
    .bind(tenant)
    .bind(year)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let ranked: Vec<i64> = whole["pointRankings"]
        .as_array()
        .map(|rows| rows.iter().filter_map(|r| r["points"].as_i64()).collect())
        .unwrap_or_default();
    println!(
        "\nthe committee's first 50 equal a recount from the ledger: {}",
        if ranked == recount { "yes" } else { "NO" }
    );
    anyhow::ensure!(ranked == recount, "the ranking differs from the recount");
    Ok(())
}

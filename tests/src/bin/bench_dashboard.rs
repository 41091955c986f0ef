//! Org dashboard benchmark against the real `tongxin-api` binary, run as a child process on
//! loopback: a tenant of 100,000 members under one party committee (20 general branches of 10
//! branches each, 500 members a branch) with birth dates, genders, political statuses, a
//! profile (education, date of joining) for two in three and a probationary stage for every
//! fourth, one open session each; then, sequentially, p50 / p99 of the round trip and the SQL
//! statements per request of `orgDashboard` for the committee (every member), a general branch
//! (5,000) and a branch (500). The org tree is created through GraphQL; the rest is inserted in
//! bulk with `generate_series`/`unnest` through the schema owner's connection. At the end the
//! committee's total and one age band are checked against a recount. Needs the environment of
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
    /// Measured requests of each kind (after 10 of warm-up).
    #[arg(long, default_value_t = 200)]
    requests: usize,
}

const DASHBOARD: &str = "query($o: ID) { orgDashboard(organizationId: $o) {
  generatedAt
  members { total byLine { key count } byPoliticalStatus { key count } byGender { key count }
            byAgeBand { key count } byEducation { key count } byJoinYear { key count } }
  pipeline { stage members overdue dueSoon }
  meetings { required done complianceRate }
  dues { dueFen paidFen collectionRate arrearsMembers arrearsFen }
  notices { required acknowledged acknowledgementRate }
  participation { votes surveys activities participants members participationRate }
  study { assigned completed completionRate }
  points { yearTotal total earners }
  grid { total open closed onTimeRate }
  engagement { label active } } }";

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
    vars: &Value,
    n: usize,
) -> anyhow::Result<(Vec<f64>, Value)> {
    let mut ms = Vec::with_capacity(n);
    let mut last = Value::Null;
    for _ in 0..n {
        let start = Instant::now();
        last = gql_data(http, url, token, DASHBOARD, vars.clone()).await?;
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

    // Members and their figures, in bulk as the owner inside the tenant.
    let members_n = branches.len() * args.per_branch;
    let mut owner = PgConnection::connect(&owner_url).await?;
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let (members, _) = insert_members(
        &mut tx,
        tenant,
        &slug,
        raw_id(&committee)?,
        members_n,
        "bench_dashboard",
    )
    .await?;
    sqlx::query(
        "update member m set org_id = ($2::uuid[])[1 + (u.i - 1) / $3],
                             party_org_id = ($2::uuid[])[1 + (u.i - 1) / $3],
                             gender = case when u.i % 11 = 0 then null
                                           when u.i % 2 = 0 then 'MALE' else 'FEMALE' end,
                             birth_date = case when u.i % 13 = 0 then null
                                               else date '1950-01-01' + ((u.i * 37) % 20000)::int end,
                             political_status = (array['FULL_MEMBER', 'FULL_MEMBER', 'FULL_MEMBER',
                                                       'PROBATIONARY', 'ACTIVIST', 'APPLICANT',
                                                       'DEVELOPMENT_TARGET', 'MASSES'])[1 + u.i % 8]
           from unnest($1::uuid[]) with ordinality as u(id, i) where m.id = u.id",
    )
    .bind(&members)
    .bind(&branch_ids)
    .bind(args.per_branch as i64)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into member_profile (tenant_id, member_id, education, party_joined_on)
         select $1, u.id,
                (array['DOCTORATE', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY_VOCATIONAL',
                       'HIGH_SCHOOL', 'JUNIOR_HIGH_OR_BELOW'])[1 + u.i % 7],
                date '1980-07-01' + ((u.i * 53) % 15000)::int
           from unnest($2::uuid[]) with ordinality as u(id, i) where u.i % 3 <> 0",
    )
    .bind(tenant)
    .bind(&members)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into member_stage (tenant_id, id, member_id, stage, started_on)
         select $1, gen_random_uuid(), u.id, 'PROBATIONARY', date '2000-07-01' + ((u.i * 29) % 9000)::int
           from unnest($2::uuid[]) with ordinality as u(id, i) where u.i % 4 = 0",
    )
    .bind(tenant)
    .bind(&members)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query("analyze account, member, member_profile, member_stage, session, org_unit")
        .execute(&mut owner)
        .await?;
    println!(
        "set-up: {} orgs, {members_n} members in {:.0} s",
        1 + general.len() + branches.len(),
        setup.elapsed().as_secs_f64()
    );

    let cases = [
        (
            format!("orgDashboard, the committee ({members_n} members)"),
            json!({ "o": committee }),
        ),
        (
            format!(
                "orgDashboard, a general branch ({} members)",
                args.branches * args.per_branch
            ),
            json!({ "o": general[0] }),
        ),
        (
            format!("orgDashboard, a branch ({} members)", args.per_branch),
            json!({ "o": branches[0] }),
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
    for (name, vars) in &cases {
        time(&http, &url, &admin, vars, 10).await?;
        let _ = calls(&mut admin_conn).await;
        let (ms, last) = time(&http, &url, &admin, vars, args.requests).await?;
        let c = calls(&mut admin_conn).await;
        let per = c
            .as_ref()
            .map(|(n, _)| format!("{:.1}", *n as f64 / args.requests as f64))
            .unwrap_or_else(|| "n/a".into());
        println!(
            "| {name} | {:.1} | {:.1} | {per} | p99 ≤ 200 ms |",
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

    // The committee's total and its members without a birth date against a recount.
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let (total, unknown): (i64, i64) = sqlx::query_as(
        "select count(*), count(*) filter (where birth_date is null) from member
          where tenant_id = $1 and status = 'ACTIVE' and party_org_id = any($2)",
    )
    .bind(tenant)
    .bind(&branch_ids)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    let m = &whole["orgDashboard"]["members"];
    let shown_unknown = m["byAgeBand"]
        .as_array()
        .and_then(|v| v.iter().find(|c| c["key"] == "UNKNOWN"))
        .and_then(|c| c["count"].as_i64());
    anyhow::ensure!(
        m["total"].as_i64() == Some(total) && shown_unknown == Some(unknown),
        "the dashboard disagrees with the recount: {m} vs {total} / {unknown}"
    );
    println!("\nrecount: {total} members, {unknown} without a birth date — as shown");
    Ok(())
}

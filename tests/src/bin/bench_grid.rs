//! Grid supervision benchmark against the real `tongxin-api` binary, run as a child process on
//! loopback with the Redis bus:
//!
//! 1. `taskBoard` for the whole tenant (an area over 200 grids holding 100,000 cases in a
//!    realistic state mix) and for one grid: p50 / p99 of the round trip, sequentially, and
//!    the SQL statements per request (`pg_stat_statements`, when `TONGXIN_DATABASE__ADMIN_URL`
//!    is set);
//! 2. a transition's delivery to 100 subscribed boards: the case row and its timeline row are
//!    written, the event is published on the Redis bus the way the case service does after
//!    its commit, and each board's `taskBoardChanged` frame is timed from the publish;
//! 3. `reminder::scan` over 100,000 open due items of the cases (`GRID_CASE_RESOLVE`, rule
//!    `grid.case`), none due and then 500 due.
//!
//! The 200 grids are created through GraphQL; the cases and due items are inserted in bulk
//! with `generate_series` through the schema owner's connection (row-level security applies:
//! the transaction sets the tenant). Needs the environment of `scripts/pg.sh` and
//! `scripts/redis.sh`. See tests/bench/README.md.

use clap::Parser;
use futures::{SinkExt, StreamExt};
use serde_json::json;
use sqlx::{Connection, PgConnection};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
use tongxin_tests::bench::{
    ApiNode, NodeOptions, calls, gql, pct, raw_id, short, sign_up, statements, tenant_tx,
};
use uuid::Uuid;

#[derive(Parser, Clone)]
struct Args {
    /// Grids under the area.
    #[arg(long, default_value_t = 200)]
    grids: usize,
    /// Cases over the grids.
    #[arg(long, default_value_t = 100_000)]
    cases: usize,
    /// Measured board requests of each kind (after 20 of warm-up).
    #[arg(long, default_value_t = 200)]
    requests: usize,
    /// Subscribed boards.
    #[arg(long, default_value_t = 100)]
    subscribers: usize,
    /// Measured transitions delivered to every board.
    #[arg(long, default_value_t = 20)]
    transitions: usize,
}

const BOARD: &str = r#"query($org: ID!, $f: TaskBoardFilter) {
  taskBoard(orgId: $org, filter: $f, first: 20) {
    columns { state count overdueCount hasMore endCursor
      cards { id number title gridName categoryName assigneeName dueAt overdue secondsLeft thumbnailUrl actions } }
  }
}"#;

const CHANGED: &str = r#"subscription($org: ID!) {
  taskBoardChanged(orgId: $org) { kind fromState toState card { id number state } }
}"#;

/// Times `n` sequential board requests; returns sorted milliseconds.
async fn time_board(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    vars: serde_json::Value,
    n: usize,
) -> anyhow::Result<Vec<f64>> {
    let mut ms = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        let body = gql(http, url, Some(token), BOARD, vars.clone()).await;
        ms.push(start.elapsed().as_secs_f64() * 1e3);
        if body["data"]["taskBoard"].is_null() {
            anyhow::bail!("board failed: {body}");
        }
    }
    ms.sort_by(f64::total_cmp);
    Ok(ms)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let redis = std::env::var("TONGXIN_REDIS__URL")
        .map_err(|_| anyhow::anyhow!("TONGXIN_REDIS__URL is needed (the bench publishes on it)"))?;
    let node = ApiNode::start(NodeOptions {
        redis: Some(&redis),
        log: None,
    })
    .await?;
    let url = node.url();
    let http = reqwest::Client::builder().no_proxy().build()?;
    let (_slug, tenant, token) = sign_up(&http, &url).await?;

    // 200 grids under one area, through the API.
    let setup = Instant::now();
    let create = "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }";
    let area = gql(
        &http,
        &url,
        Some(&token),
        create,
        json!({ "i": { "name": "基准片区", "line": "GRID" } }),
    )
    .await;
    let area = area["data"]["createOrganization"]["organization"]["id"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("area failed: {area}"))?
        .to_string();
    let mut grids = Vec::new();
    for i in 0..args.grids {
        let g = gql(&http, &url, Some(&token), create,
            json!({ "i": { "name": format!("网格{:03}", i + 1), "line": "GRID", "parentId": area } })).await;
        let id = g["data"]["createOrganization"]["organization"]["id"]
            .as_str()
            .ok_or_else(|| anyhow::anyhow!("grid failed: {g}"))?;
        grids.push(id.to_string());
    }
    let grid_ids: Vec<Uuid> = grids.iter().map(|g| raw_id(g)).collect::<Result<_, _>>()?;
    let viewer = gql(
        &http,
        &url,
        Some(&token),
        "{ viewer { member { id } } }",
        json!({}),
    )
    .await;
    let admin = raw_id(
        viewer["data"]["viewer"]["member"]["id"]
            .as_str()
            .unwrap_or_default(),
    )?;

    // 100,000 cases in a realistic mix (most closed or rated), with their due items.
    let owner_url = std::env::var("TONGXIN_DATABASE__URL")?;
    let mut owner = PgConnection::connect(&owner_url).await?;
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    sqlx::query(
        "insert into grid_case (tenant_id, id, number, grid_id, category_key, category_name, title,
                                description, reporter_id, state, assignee_member_id, accept_due_at,
                                due_at, reported_at, accepted_at, dispatched_at, feedback_at,
                                closed_at, rating, resolved)
         select $1, gen_random_uuid(), 'WG-B-' || lpad(i::text, 6, '0'), $2[1 + i % cardinality($2)],
                (array['OPINION','HAZARD','DISPUTE','SAFETY','SANITATION','OTHER'])[1 + i % 6],
                (array['社情民意','隐患排查','矛盾纠纷','安全隐患','环境卫生','其他'])[1 + i % 6],
                '基准案件 ' || i, '', $3, s.state,
                case when s.state in ('DISPATCHED','IN_PROGRESS','FEEDBACK','CLOSED','RATED') then $3 end,
                now() - interval '30 days' + (i % 43200) * interval '1 minute',
                case when s.state in ('DISPATCHED','IN_PROGRESS','FEEDBACK','CLOSED','RATED')
                     then now() - interval '5 days' + (i % 14400) * interval '1 minute' end,
                now() - interval '31 days' + (i % 43200) * interval '1 minute',
                case when s.state not in ('REPORTED','CANCELLED') then now() - interval '30 days' end,
                case when s.state in ('DISPATCHED','IN_PROGRESS','FEEDBACK','CLOSED','RATED') then now() - interval '29 days' end,
                case when s.state in ('FEEDBACK','CLOSED','RATED') then now() - interval '20 days' end,
                case when s.state in ('CLOSED','RATED') then now() - interval '19 days' end,
                case when s.state = 'RATED' then (1 + i % 5)::smallint end,
                case when s.state in ('CLOSED','RATED') and i % 6 = 2 then i % 3 > 0 end
           from generate_series(1, $4) i
           cross join lateral (select case
                  when i % 100 < 4  then 'REPORTED'
                  when i % 100 < 8  then 'ACCEPTED'
                  when i % 100 < 16 then 'DISPATCHED'
                  when i % 100 < 26 then 'IN_PROGRESS'
                  when i % 100 < 32 then 'FEEDBACK'
                  when i % 100 < 62 then 'CLOSED'
                  when i % 100 < 94 then 'RATED'
                  else 'CANCELLED' end as state) s",
    )
    .bind(tenant)
    .bind(&grid_ids)
    .bind(admin)
    .bind(args.cases as i64)
    .execute(&mut *tx)
    .await?;
    // Every case an open resolve timer (as if all were still open), offsets of the rule:
    // 4 h before, at, 24 h after; none is due yet.
    sqlx::query(
        "insert into due_item (tenant_id, id, kind, title, due_at, rule_key, subject_member_id,
                               offsets_minutes)
         select $1, gen_random_uuid(), 'GRID_CASE_RESOLVE', '案件办理期限', now() + interval '5 hours'
                + (i % 10000) * interval '1 minute', 'grid.case', $2, array[-240, 0, 1440]
           from generate_series(1, $3) i",
    )
    .bind(tenant)
    .bind(admin)
    .bind(args.cases as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query("analyze grid_case, grid_case_count, due_item, org_unit")
        .execute(&mut owner)
        .await?;
    println!(
        "set-up: {} grids, {} cases, {} due items in {:.1} s",
        args.grids,
        args.cases,
        args.cases,
        setup.elapsed().as_secs_f64()
    );

    // 1. The board.
    let whole = json!({ "org": area });
    let one = json!({ "org": grids[0] });
    time_board(&http, &url, &token, whole.clone(), 20).await?;
    time_board(&http, &url, &token, one.clone(), 20).await?;
    let mut admin_conn = statements().await;
    let tenant_ms = time_board(&http, &url, &token, whole, args.requests).await?;
    let tenant_calls = calls(&mut admin_conn).await;
    let grid_ms = time_board(&http, &url, &token, one, args.requests).await?;
    let grid_calls = calls(&mut admin_conn).await;
    println!();
    println!(
        "| taskBoard ({} cases, {} grids) | p50 ms | p99 ms | SQL statements / request |",
        args.cases, args.grids
    );
    println!("|---|---|---|---|");
    for (name, ms, c) in [
        (
            "whole tenant (the area over every grid)",
            &tenant_ms,
            &tenant_calls,
        ),
        ("one grid", &grid_ms, &grid_calls),
    ] {
        let per = c
            .as_ref()
            .map(|(n, _)| format!("{:.1}", *n as f64 / args.requests as f64))
            .unwrap_or_else(|| "n/a".into());
        println!(
            "| {name} | {:.1} | {:.1} | {per} |",
            pct(ms, 0.5),
            pct(ms, 0.99)
        );
    }
    if let Some((_, rows)) = &tenant_calls {
        println!(
            "\nstatements of the whole-tenant board (calls over {} requests, total ms):",
            args.requests
        );
        for (q, n, t) in rows.iter().take(12) {
            println!("- {n} × {:.1} ms: `{}`", t, short(q, 100));
        }
    }

    // 2. Delivery to 100 subscribed boards.
    let mut sockets = Vec::new();
    for _ in 0..args.subscribers {
        let mut req = node.ws_url().into_client_request()?;
        req.headers_mut().insert(
            "sec-websocket-protocol",
            HeaderValue::from_static("graphql-transport-ws"),
        );
        let (mut ws, _) = tokio_tungstenite::connect_async(req).await?;
        ws.send(Message::Text(
            json!({ "type": "connection_init", "payload": { "token": token } })
                .to_string()
                .into(),
        ))
        .await?;
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) if t.contains("connection_ack") => break,
                Some(Ok(_)) => continue,
                other => anyhow::bail!("no ack: {other:?}"),
            }
        }
        ws.send(Message::Text(
            json!({ "id": "1", "type": "subscribe",
            "payload": { "query": CHANGED, "variables": { "org": area } } })
            .to_string()
            .into(),
        ))
        .await?;
        sockets.push(ws);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let bus = tongxin_core::bus::Bus::connect(Some(&redis)).await?;
    let accepted: Vec<Uuid> = {
        let mut tx = tenant_tx(&mut owner, tenant).await?;
        let ids = sqlx::query_scalar(
            "select id from grid_case where tenant_id = $1 and state = 'ACCEPTED' limit $2",
        )
        .bind(tenant)
        .bind(args.transitions as i64 + 1)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        ids
    };
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    for (i, ws) in sockets.into_iter().enumerate() {
        let done = done_tx.clone();
        tokio::spawn(async move {
            let mut ws = ws;
            while let Some(Ok(msg)) = ws.next().await {
                if let Message::Text(t) = msg
                    && t.contains("taskBoardChanged")
                {
                    let _ = done.send((i, Instant::now()));
                }
            }
        });
    }
    let mut delivery = Vec::new();
    let mut missing = 0;
    for (round, case) in accepted.iter().enumerate() {
        let mut tx = tenant_tx(&mut owner, tenant).await?;
        sqlx::query("update grid_case set state = 'DISPATCHED', due_at = now() + interval '1 day' where tenant_id = $1 and id = $2")
            .bind(tenant)
            .bind(case)
            .execute(&mut *tx)
            .await?;
        let event = tongxin_core::new_id();
        sqlx::query(
            "insert into grid_case_event (tenant_id, id, case_id, kind, from_state, to_state)
                     values ($1, $2, $3, 'DISPATCHED', 'ACCEPTED', 'DISPATCHED')",
        )
        .bind(tenant)
        .bind(event)
        .bind(case)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        let sent = Instant::now();
        bus.publish(tongxin_core::bus::Event {
            tenant,
            topic: tongxin_core::grid::events::CASE_TOPIC.to_string(),
            subject: *case,
            id: event,
        })
        .await;
        let mut got = 0;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while got < args.subscribers {
            match tokio::time::timeout_at(deadline, done_rx.recv()).await {
                Ok(Some((_, at))) => {
                    got += 1;
                    // The first round warms the node up.
                    if round > 0 {
                        delivery.push(at.duration_since(sent).as_secs_f64() * 1e3);
                    }
                }
                _ => break,
            }
        }
        missing += args.subscribers - got;
    }
    delivery.sort_by(f64::total_cmp);
    println!();
    println!(
        "transition delivered to {} subscribed boards, {} transitions: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; frames missing: {missing}",
        args.subscribers,
        accepted.len().saturating_sub(1),
        pct(&delivery, 0.5),
        pct(&delivery, 0.99),
        delivery.last().copied().unwrap_or(f64::NAN),
    );

    // 3. The SLA scan over 100,000 open due items.
    let config = tongxin_core::Config::load()?;
    let app = tongxin_core::App::connect(config).await?;
    let start = Instant::now();
    let enqueued = tongxin_core::reminder::scan(&app, chrono::Utc::now()).await?;
    let idle = start.elapsed();
    // 500 of them come due (their warning offset passes).
    let start_due = Instant::now();
    let enqueued_due = tongxin_core::reminder::scan(
        &app,
        chrono::Utc::now() + chrono::Duration::hours(1) + chrono::Duration::minutes(49),
    )
    .await?;
    let due = start_due.elapsed();
    println!();
    println!(
        "reminder::scan over {} open due items: none due {:.0} ms ({enqueued} enqueued); with the warnings of 500 items due {:.0} ms ({enqueued_due} enqueued)",
        args.cases,
        idle.as_secs_f64() * 1e3,
        due.as_secs_f64() * 1e3,
    );
    Ok(())
}

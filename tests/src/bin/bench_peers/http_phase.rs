//! Member page and message history on Tongxin, PostGraphile and yoga: throughput at the p99
//! bound, open-loop latency at a fixed rate, CPU per request of the server and of
//! PostgreSQL, and SQL statements per request.

use crate::{
    Args,
    accounts::Setup,
    load::{self, Target},
    servers::{self, Postgres, Server, System},
    stats::{Spread, ratios},
};
use serde_json::json;
use sqlx::{Connection, PgConnection};
use std::rc::Rc;
use tongxin_api::graphql::ids::{NodeType, encode};

const SYSTEMS: [System; 3] = [System::Tongxin, System::PostGraphile, System::Yoga];

const TONGXIN_MEMBER_PAGE: &str = "{ members(first: 50) { edges { node { id name gender status organization { id name } } } pageInfo { hasNextPage endCursor } } }";
const TONGXIN_HISTORY: &str = "query History($c: ID!) { messages(conversationId: $c, first: 50) { seq body createdAt author { id name } } }";

#[derive(Clone, Copy, PartialEq)]
enum Query {
    MemberPage,
    History,
}

impl Query {
    fn label(self) -> &'static str {
        match self {
            Query::MemberPage => "member page (50 members with their org)",
            Query::History => "message history (50 newest with authors)",
        }
    }
}

/// One round's figures for one system and query.
#[derive(Default, Clone)]
struct Figures {
    rps: f64,
    at: f64,
    open_p50: f64,
    open_p99: f64,
    server_us: f64,
    pg_us: f64,
    statements: f64,
}

fn target(setup: &Setup, sys: System, q: Query) -> Target {
    let qs = &setup.queries;
    let requests = setup
        .admins
        .iter()
        .zip(&setup.data.tenants)
        .map(|((session, jwt), t)| {
            let auth = match sys {
                System::Tongxin => format!("Bearer {session}"),
                _ => format!("Bearer {jwt}"),
            };
            let conv = match sys {
                System::Tongxin => encode(NodeType::Conversation, t.busiest).0,
                _ => t.busiest.to_string(),
            };
            let body = match (sys, q) {
                (System::Tongxin, Query::MemberPage) => json!({ "query": TONGXIN_MEMBER_PAGE }),
                (System::Tongxin, Query::History) => {
                    json!({ "query": TONGXIN_HISTORY, "variables": { "c": conv } })
                }
                (System::PostGraphile, Query::MemberPage) => {
                    json!({ "query": qs.postgraphile_member_page })
                }
                (System::PostGraphile, Query::History) => {
                    json!({ "query": qs.postgraphile_history, "variables": { "c": conv } })
                }
                (System::Yoga, Query::MemberPage) => json!({ "query": qs.yoga_member_page }),
                (System::Yoga, Query::History) => {
                    json!({ "query": qs.yoga_history, "variables": { "c": conv } })
                }
            };
            (auth, body.to_string())
        })
        .collect();
    Target {
        client: setup.http.clone(),
        url: String::new(),
        requests: Rc::new(requests),
        expect: match q {
            Query::MemberPage => "\"name\"",
            Query::History => "\"seq\"",
        },
    }
}

/// Counts statements PostgreSQL ran for everyone but the counting connection.
struct Statements(PgConnection);

impl Statements {
    async fn reset(&mut self) -> anyhow::Result<()> {
        sqlx::query("select pg_stat_statements_reset()")
            .execute(&mut self.0)
            .await?;
        Ok(())
    }
    async fn count(&mut self) -> anyhow::Result<f64> {
        let n: i64 = sqlx::query_scalar(
            "select coalesce(sum(calls), 0)::bigint from pg_stat_statements
              where userid <> (select oid from pg_roles where rolname = current_user)",
        )
        .fetch_one(&mut self.0)
        .await?;
        Ok(n as f64)
    }
    /// The statements run most often since the reset: (calls, mean ms, text).
    async fn top(&mut self, n: i64) -> anyhow::Result<Vec<(i64, f64, String)>> {
        Ok(sqlx::query_as(
            "select calls, mean_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
               from pg_stat_statements
              where userid <> (select oid from pg_roles where rolname = current_user)
              order by calls desc, total_exec_time desc limit $1",
        )
        .bind(n)
        .fetch_all(&mut self.0)
        .await?)
    }
}

/// Runs the rounds; prints the tables. True when over 0.1 % of requests failed.
pub async fn run(args: &Args, setup: &Setup, pg: &Postgres) -> anyhow::Result<bool> {
    let mut running = Vec::new();
    for sys in SYSTEMS {
        running.push(Server::start(sys, &setup.place, &setup.env, false).await?);
    }
    let mut stmts = Statements(PgConnection::connect(&crate::admin_url_of_app_database()?).await?);
    let mut figures: Vec<Vec<Vec<Figures>>> = vec![vec![Vec::new(); SYSTEMS.len()]; 2];
    let (mut errors, mut requests) = (0usize, 0usize);
    for q in [Query::MemberPage, Query::History] {
        // Every target must answer correctly before it is timed.
        for server in &running {
            let mut t = target(setup, server.system, q);
            t.url = server.url();
            let check = load::closed_loop(&t, 1, 0.2).await;
            if check.errors > 0 || check.requests == 0 {
                anyhow::bail!(
                    "{} does not answer the {}; first request: {}; its answer: {}",
                    server.system.label(),
                    q.label(),
                    t.requests[0].1,
                    t.probe().await
                );
            }
        }
    }
    for round in 0..args.rounds {
        for (qi, q) in [Query::MemberPage, Query::History].into_iter().enumerate() {
            // Interleaved: each round starts with the next system.
            for k in 0..SYSTEMS.len() {
                let si = (round + k) % SYSTEMS.len();
                let server = &running[si];
                let mut t = target(setup, server.system, q);
                t.url = server.url();
                let (best, at, tally) =
                    load::throughput_at_bound(&t, &args.levels, args.level_seconds, args.bound_ms)
                        .await;
                stmts.reset().await?;
                let (cpu0, pg0) = (servers::cpu_us(server.pid()), pg.cpu_us());
                let open = load::open_loop(&t, args.rate, args.open_seconds).await;
                let (cpu1, pg1) = (servers::cpu_us(server.pid()), pg.cpu_us());
                let n = open.requests.max(1) as f64;
                let f = Figures {
                    rps: best.rps(),
                    at: at as f64,
                    open_p50: open.p50(),
                    open_p99: open.p99(),
                    server_us: (cpu1 - cpu0) as f64 / n,
                    pg_us: pg1.saturating_sub(pg0) as f64 / n,
                    statements: stmts.count().await? / n,
                };
                if round == 0 {
                    // What PostgreSQL ran for this system, for the report's explanations.
                    for (calls, mean, text) in stmts.top(8).await? {
                        eprintln!("  sql {calls} × {mean:.3} ms: {text}");
                    }
                }
                errors += tally.0 + open.errors;
                requests += tally.1 + open.requests;
                eprintln!(
                    "round {round} {} {}: {:.0} req/s at {at} clients; open p99 {:.1} ms; {:.0} / {:.0} µs CPU; {:.1} statements; errors {}",
                    server.system.label(),
                    q.label(),
                    f.rps,
                    f.open_p99,
                    f.server_us,
                    f.pg_us,
                    f.statements,
                    tally.0 + open.errors
                );
                figures[qi][si].push(f);
            }
        }
    }
    report(args, &figures);
    let rate = errors as f64 / requests.max(1) as f64;
    println!(
        "\nRequest errors: {errors} of {requests} ({:.3} %; the run fails above 0.1 %).",
        rate * 100.0
    );
    Ok(rate > 0.001)
}

fn spread(f: &[Figures], pick: fn(&Figures) -> f64) -> Spread {
    Spread::of(&f.iter().map(pick).collect::<Vec<_>>())
}

fn report(args: &Args, figures: &[Vec<Vec<Figures>>]) {
    for (qi, q) in [Query::MemberPage, Query::History].into_iter().enumerate() {
        println!("\n#### {}\n", q.label());
        println!(
            "| system | req/s at p99 ≤ {:.0} ms (clients) | open loop {} req/s: p50 / p99 ms | server CPU µs/req | PostgreSQL CPU µs/req | SQL statements/req |",
            args.bound_ms, args.rate
        );
        println!("|---|---|---|---|---|---|");
        for (si, sys) in SYSTEMS.into_iter().enumerate() {
            let f = &figures[qi][si];
            println!(
                "| {} | {} ({:.0}) | {} / {} | {} | {} | {:.1} |",
                sys.label(),
                spread(f, |x| x.rps).show(0),
                spread(f, |x| x.at).median,
                spread(f, |x| x.open_p50).show(1),
                spread(f, |x| x.open_p99).show(1),
                spread(f, |x| x.server_us).show(0),
                spread(f, |x| x.pg_us).show(0),
                spread(f, |x| x.statements).median,
            );
        }
        let col = |si: usize, pick: fn(&Figures) -> f64| -> Vec<f64> {
            figures[qi][si].iter().map(pick).collect()
        };
        let tp_pg = ratios(&col(0, |x| x.rps), &col(1, |x| x.rps));
        let p99_pg = ratios(&col(0, |x| x.open_p99), &col(1, |x| x.open_p99));
        let tp_yoga = ratios(&col(0, |x| x.rps), &col(2, |x| x.rps));
        let p99_yoga = ratios(&col(0, |x| x.open_p99), &col(2, |x| x.open_p99));
        println!();
        println!("| ratio Tongxin ÷ peer (per round, median (min–max)) | value |");
        println!("|---|---|");
        println!("| throughput ÷ PostGraphile | {} |", tp_pg.show(2));
        println!("| open-loop p99 ÷ PostGraphile | {} |", p99_pg.show(2));
        println!("| throughput ÷ yoga | {} |", tp_yoga.show(2));
        println!("| open-loop p99 ÷ yoga | {} |", p99_yoga.show(2));
    }
}

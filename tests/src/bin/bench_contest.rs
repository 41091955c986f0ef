//! Live contest benchmark against the real `tongxin-api` binary, run as a child process on
//! loopback: a 知识竞赛 with 1,000 participants, each on its own connection with its own
//! session, subscribed to `contestStateChanged`, and the host following
//! `contestLeaderboardChanged`.
//!
//! Set-up goes around the API where it would take minutes: one tenant is signed up, its org
//! and bank created through GraphQL, then the members, accounts and sessions inserted in bulk
//! through the schema owner's connection (`tongxin_tests::bench::insert_members`) and spread
//! over four branches. Every participant joins through the API. Then, per question:
//! - question delivery: from sending `nextContestQuestion` to each participant's receipt of the
//!   question on its socket;
//! - answers: every participant answers at once (at most `--in-flight` requests open), timed
//!   per request, and the throughput over the whole burst;
//! - leaderboard update: from an answer's acknowledgement to the first leaderboard the host
//!   receives that counts at least as many answers as had been acknowledged by then.
//!
//! At the end the leaderboard is checked against a recount from the raw answers.
//! Needs the environment of `scripts/pg.sh`. See tests/bench/README.md.

use clap::Parser;
use futures::{SinkExt, StreamExt, stream};
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};
use std::{
    process::{Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use tokio_tungstenite::tungstenite::Message;
use tongxin_tests::bench::{
    ApiNode, NodeOptions, api_binary, gql, gql_data, insert_members, party_org, pct, raw_id,
    sign_up, tenant_tx,
};

#[derive(Parser, Clone)]
struct Args {
    /// Participants, each with a session and a subscribed connection.
    #[arg(long, default_value_t = 1_000)]
    participants: usize,
    /// Questions pushed and answered.
    #[arg(long, default_value_t = 5)]
    questions: usize,
    /// Answer requests open at once.
    #[arg(long, default_value_t = 100)]
    in_flight: usize,
}

const STATE: &str =
    "subscription($c: ID!) { contestStateChanged(contestId: $c) { phase question { position } } }";
const BOARD: &str = "subscription($c: ID!) { contestLeaderboardChanged(contestId: $c) { answeredCurrent members { memberId score } } }";

/// Arrivals on the sockets: `(position, when)` of each participant's question, and
/// `(answered, when)` of each leaderboard the host received.
#[derive(Default)]
struct Seen {
    questions: Mutex<Vec<(i64, Instant)>>,
    boards: Mutex<Vec<(i64, Instant)>>,
    ready: std::sync::atomic::AtomicUsize,
}

async fn follow(
    ws_url: String,
    token: String,
    query: &'static str,
    contest: String,
    seen: Arc<Seen>,
    host: bool,
) -> anyhow::Result<()> {
    let mut ws = tongxin_tests::ws::open(&ws_url, json!({ "token": token })).await?;
    ws.send(Message::Text(
        json!({ "id": "1", "type": "subscribe",
                "payload": { "query": query, "variables": { "c": contest } } })
        .to_string()
        .into(),
    ))
    .await?;
    let mut first = true;
    while let Some(Ok(msg)) = ws.next().await {
        let Message::Text(text) = msg else { continue };
        let at = Instant::now();
        if text.contains("\"ping\"") {
            let _ = ws
                .send(Message::Text(r#"{"type":"pong"}"#.to_string().into()))
                .await;
            continue;
        }
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if v["type"] != "next" {
            eprintln!("socket: {text}");
            break;
        }
        if first {
            seen.ready
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            first = false;
        }
        let data = &v["payload"]["data"];
        if host {
            let n = data["contestLeaderboardChanged"]["answeredCurrent"]
                .as_i64()
                .unwrap_or(-1);
            seen.boards
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((n, at));
        } else if let Some(p) = data["contestStateChanged"]["question"]["position"].as_i64() {
            seen.questions
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((p, at));
        }
    }
    Ok(())
}

fn ms(from: Instant, to: Instant) -> f64 {
    to.checked_duration_since(from)
        .map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

fn line(name: &str, mut v: Vec<f64>, target: &str) {
    v.sort_unstable_by(f64::total_cmp);
    println!(
        "| {name} | {} | {:.0} | {:.0} | {:.0} | {target} |",
        v.len(),
        pct(&v, 0.5),
        pct(&v, 0.99),
        v.last().copied().unwrap_or(f64::NAN)
    );
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    rt.block_on(run(args))
}

async fn run(args: Args) -> anyhow::Result<()> {
    let owner_url = std::env::var("TONGXIN_DATABASE__URL")
        .map_err(|_| anyhow::anyhow!("TONGXIN_DATABASE__URL is not set (see scripts/pg.sh)"))?;
    let http = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(args.in_flight)
        .build()?;
    let migrated = Command::new(api_binary()?)
        .arg("migrate")
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(migrated.success(), "migrate failed");
    let node = ApiNode::start(NodeOptions::default()).await?;
    let url = node.url();
    let (slug, tenant, admin) = sign_up(&http, &url).await?;
    let committee = party_org(&http, &url, &admin, "竞赛党委").await?;
    let mut branches = vec![];
    for i in 1..=4 {
        let d = gql_data(&http, &url, &admin,
            "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }",
            json!({ "i": { "name": format!("第{i}党支部"), "line": "PARTY", "parentId": committee } })).await?;
        branches.push(raw_id(
            d["createOrganization"]["organization"]["id"]
                .as_str()
                .unwrap_or(""),
        )?);
    }
    let mut owner = PgConnection::connect(&owner_url).await?;
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let (members, tokens) = insert_members(
        &mut tx,
        tenant,
        &slug,
        raw_id(&committee)?,
        args.participants,
        "bench_contest",
    )
    .await?;
    sqlx::query(
        "update member m set org_id = ($2::uuid[])[1 + (u.i % 4)], party_org_id = ($2::uuid[])[1 + (u.i % 4)]
           from unnest($1::uuid[]) with ordinality as u(id, i) where m.id = u.id",
    )
    .bind(&members)
    .bind(&branches)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query("analyze account, member, session")
        .execute(&mut owner)
        .await?;

    let bank = gql_data(
        &http,
        &url,
        &admin,
        "mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }",
        json!({ "i": { "orgId": committee, "name": "竞赛题库", "description": "" } }),
    )
    .await?["createQuestionBank"]["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    for i in 0..args.questions {
        gql_data(&http, &url, &admin,
            "mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }",
            json!({ "i": { "bankId": bank, "question": { "kind": "SINGLE",
                "stem": format!("第{}题：党的最高领导机关是？", i + 1),
                "options": ["中央政治局", "党的全国代表大会和它所产生的中央委员会"], "answer": ["B"] } } })).await?;
    }
    let contest = gql_data(
        &http,
        &url,
        &admin,
        "mutation($i: CreateContestInput!) { createContest(input: $i) { id } }",
        json!({ "i": { "orgId": committee, "bankId": bank, "title": "千人知识竞赛",
                       "questionCount": args.questions, "secondsPerQuestion": 120 } }),
    )
    .await?["createContest"]["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();

    // Everyone joins through the API.
    let joining = Instant::now();
    let joined: Vec<anyhow::Result<Value>> = stream::iter(tokens.iter())
        .map(|t| {
            gql_data(
                &http,
                &url,
                t,
                "mutation($c: ID!) { joinContest(contestId: $c) { joined } }",
                json!({ "c": contest }),
            )
        })
        .buffer_unordered(args.in_flight)
        .collect()
        .await;
    let join_secs = joining.elapsed().as_secs_f64();
    anyhow::ensure!(joined.iter().all(Result::is_ok), "a join failed");

    let seen = Arc::new(Seen::default());
    let ws_url = node.ws_url();
    for t in &tokens {
        tokio::spawn(follow(
            ws_url.clone(),
            t.clone(),
            STATE,
            contest.clone(),
            seen.clone(),
            false,
        ));
    }
    tokio::spawn(follow(
        ws_url.clone(),
        admin.clone(),
        BOARD,
        contest.clone(),
        seen.clone(),
        true,
    ));
    let started = Instant::now();
    while seen.ready.load(std::sync::atomic::Ordering::Relaxed) < tokens.len() + 1
        && started.elapsed() < Duration::from_secs(120)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ready = seen.ready.load(std::sync::atomic::Ordering::Relaxed);
    gql_data(
        &http,
        &url,
        &admin,
        "mutation($c: ID!) { startContest(contestId: $c) { status } }",
        json!({ "c": contest }),
    )
    .await?;

    let (mut delivery, mut answer_rtt, mut board_lag, mut rates) = (vec![], vec![], vec![], vec![]);
    let mut lost = 0usize;
    for k in 1..=args.questions {
        let k = i64::try_from(k)?;
        seen.boards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        let sent = Instant::now();
        gql_data(
            &http,
            &url,
            &admin,
            "mutation($c: ID!) { nextContestQuestion(contestId: $c) { phase } }",
            json!({ "c": contest }),
        )
        .await?;
        let waiting = Instant::now();
        while seen
            .questions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter(|(p, _)| *p == k)
            .count()
            < tokens.len()
            && waiting.elapsed() < Duration::from_secs(30)
        {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let got: Vec<f64> = seen
            .questions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter(|(p, _)| *p == k)
            .map(|(_, at)| ms(sent, *at))
            .collect();
        lost += tokens.len().saturating_sub(got.len());
        delivery.extend(got);

        // Everyone answers at once.
        let burst = Instant::now();
        let acks: Vec<Option<(Instant, f64)>> = stream::iter(tokens.iter())
            .map(|t| {
                let (http, url, contest) = (&http, &url, &contest);
                async move {
                    let t0 = Instant::now();
                    let body = gql(http, url, Some(t),
                        "mutation($i: AnswerContestQuestionInput!) { answerContestQuestion(input: $i) { elapsedMs } }",
                        json!({ "i": { "contestId": contest, "position": k, "answer": ["B"] } })).await;
                    let done = Instant::now();
                    body["errors"].is_null().then_some((done, ms(t0, done)))
                }
            })
            .buffer_unordered(args.in_flight)
            .collect()
            .await;
        let burst_secs = burst.elapsed().as_secs_f64();
        let mut acks: Vec<(Instant, f64)> = acks.into_iter().flatten().collect();
        anyhow::ensure!(
            acks.len() == tokens.len(),
            "{} answers failed",
            tokens.len() - acks.len()
        );
        rates.push(acks.len() as f64 / burst_secs);
        acks.sort_by_key(|a| a.0);
        let waiting = Instant::now();
        while seen
            .boards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .all(|(n, _)| *n < i64::try_from(tokens.len()).unwrap_or(i64::MAX))
            && waiting.elapsed() < Duration::from_secs(30)
        {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let boards = seen
            .boards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        for (i, (done, rtt)) in acks.iter().enumerate() {
            answer_rtt.push(*rtt);
            let need = i64::try_from(i + 1).unwrap_or(i64::MAX);
            if let Some((_, at)) = boards.iter().find(|(n, at)| *n >= need && at >= done) {
                board_lag.push(ms(*done, *at));
            }
        }
        gql_data(
            &http,
            &url,
            &admin,
            "mutation($c: ID!) { revealContestAnswer(contestId: $c) { phase } }",
            json!({ "c": contest }),
        )
        .await?;
        eprintln!(
            "question {k}: delivered, {} answers at {:.0}/s",
            acks.len(),
            acks.len() as f64 / burst_secs
        );
    }

    // The leaderboard equals a recount from the raw answers.
    let board = gql_data(&http, &url, &admin, "query($c: ID!) { contestLeaderboard(contestId: $c) { members { score } branches { totalScore } } }", json!({ "c": contest })).await?;
    let total: i64 = board["contestLeaderboard"]["branches"]
        .as_array()
        .map_or(0, |b| {
            b.iter().filter_map(|x| x["totalScore"].as_i64()).sum()
        });
    let mut tx = tenant_tx(&mut owner, tenant).await?;
    let recount: i64 = sqlx::query_scalar(
        "select coalesce(sum(earned), 0)::bigint from contest_answer where contest_id = $1",
    )
    .bind(raw_id(&contest)?)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;

    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{} participants on their own connections ({ready} subscribed, host included), {} questions; joins: {:.0}/s; questions lost: {lost}; leaderboard total {total} = recount {recount}: {}",
        tokens.len(),
        args.questions,
        tokens.len() as f64 / join_secs,
        if total == recount { "yes" } else { "NO" }
    );
    println!();
    println!("| measure | samples | p50 ms | p99 ms | max ms | target |");
    println!("|---|---|---|---|---|---|");
    line(
        "question delivery (push sent → on each socket)",
        delivery,
        "p99 ≤ 200 ms",
    );
    line(
        "answer round trip (1,000 at once, ≤ in-flight open)",
        answer_rtt,
        "",
    );
    line(
        "leaderboard update after an answer's acknowledgement",
        board_lag,
        "p99 ≤ 500 ms",
    );
    rates.sort_unstable_by(f64::total_cmp);
    println!(
        "\nanswer throughput per burst: median {:.0} answers/s, lowest {:.0}",
        pct(&rates, 0.5),
        rates.first().copied().unwrap_or(f64::NAN)
    );
    anyhow::ensure!(total == recount, "the leaderboard differs from the recount");
    Ok(())
}

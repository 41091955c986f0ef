//! Live knowledge contests against the real server: twenty participants over WebSocket receive
//! the same question at once, answers after the limit (server clock), after the reveal, for
//! another question or twice are refused, the live leaderboard equals a recomputation from the
//! raw answers, only the host runs it, and outsiders and other tenants get NOT_FOUND beside
//! positive controls; hostile input is VALIDATION.

use futures::future::join_all;
use serde_json::{Value, json};
use std::collections::HashMap;
use tongxin_tests::{Tenant, TestApp, code, owner_execute, owner_pool, uuid_of, ws};
use uuid::Uuid;

const CREATE_BANK: &str =
    "mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }";
const CREATE_QUESTION: &str =
    "mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }";
const CREATE: &str = "mutation($i: CreateContestInput!) { createContest(input: $i) { id status questionCount secondsPerQuestion pointsPerQuestion canHost joined } }";
const CONTEST: &str =
    "query($id: ID!) { contest(id: $id) { id title status participantCount canHost joined } }";
const JOIN: &str = "mutation($c: ID!) { joinContest(contestId: $c) { joined participantCount } }";
const START: &str = "mutation($c: ID!) { startContest(contestId: $c) { status } }";
const NEXT: &str = "mutation($c: ID!) { nextContestQuestion(contestId: $c) { phase question { position stem deadline } } }";
const REVEAL: &str = "mutation($c: ID!) { revealContestAnswer(contestId: $c) { phase question { correctAnswer explanation } } }";
const FINISH: &str = "mutation($c: ID!) { finishContest(contestId: $c) { status } }";
const ANSWER: &str = "mutation($i: AnswerContestQuestionInput!) { answerContestQuestion(input: $i) { position elapsedMs } }";
const BOARD: &str = "query($c: ID!) { contestLeaderboard(contestId: $c) { participants answeredCurrent members { rank memberId memberName orgName score correctCount answerMs } branches { rank orgName participants totalScore averageScore } } }";
const MINE: &str =
    "query($c: ID!) { myContestStanding(contestId: $c) { rank score correctCount answeredCount } }";
const LIVE_SUB: &str = "subscription($c: ID!) { contestStateChanged(contestId: $c) { status phase questionCount serverNow question { position stem options deadline correctAnswer } } }";
const BOARD_SUB: &str = "subscription($c: ID!) { contestLeaderboardChanged(contestId: $c) { participants answeredCurrent members { memberId score answerMs } } }";

/// A party committee (the host, its secretary an officer) over two branches with members,
/// and a third branch outside the hosting sub-tree... here the host is the committee, so the
/// outsider sits in another committee.
struct World {
    app: TestApp,
    t: Tenant,
    tenant: Uuid,
    committee: String,
    branches: Vec<String>,
    officer: (String, String),
    outsider: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "公司党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let mut branches = vec![];
    for name in ["第一党支部", "第二党支部"] {
        branches.push(
            app.create_org_of(&t.token, Some(&committee), name, "PARTY", "PARTY_BRANCH")
                .await,
        );
    }
    let elsewhere = app
        .create_org_of(&t.token, None, "分公司党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let officer = app.join(&t.token, &committee, "党委委员").await;
    app.assign_position(&t.token, &committee, &officer.1, "党委书记", "2026-01-01")
        .await;
    let outsider = app.join(&t.token, &elsewhere, "外单位成员").await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    World {
        app,
        t,
        tenant,
        committee,
        branches,
        officer,
        outsider,
    }
}

/// A bank of `n` single-choice questions whose key is always B.
async fn bank(w: &World, n: usize) -> String {
    let b = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CREATE_BANK,
            json!({ "i": { "orgId": w.committee, "name": "竞赛题库", "description": "" } }),
        )
        .await["createQuestionBank"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for i in 0..n {
        w.app
            .gql_ok(
                Some(&w.officer.0),
                CREATE_QUESTION,
                json!({ "i": { "bankId": b, "question": {
                    "kind": "SINGLE", "stem": format!("第{}题：党的最高领导机关是？", i + 1),
                    "options": ["党的中央委员会", "党的全国代表大会和它所产生的中央委员会", "中央政治局"],
                    "answer": ["B"], "explanation": "党章第十条。" } } }),
            )
            .await;
    }
    b
}

async fn contest(w: &World, bank: &str, questions: i32, extra: Value) -> String {
    let mut input = json!({ "orgId": w.committee, "bankId": bank, "title": "党章知识竞赛",
                            "questionCount": questions });
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    w.app
        .gql_ok(Some(&w.officer.0), CREATE, json!({ "i": input }))
        .await["createContest"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A contest of `questions` drawn from a bank of as many, joined by the `players` (session
/// tokens), started, with its first question on screen; the bank's id and the contest's.
async fn running(w: &World, questions: usize, players: &[&str]) -> (String, String) {
    let b = bank(w, questions).await;
    let c = contest(w, &b, questions as i32, json!({})).await;
    for token in players {
        w.app.gql_ok(Some(token), JOIN, json!({ "c": c })).await;
    }
    for step in [START, NEXT] {
        w.app
            .gql_ok(Some(&w.officer.0), step, json!({ "c": c }))
            .await;
    }
    (b, c)
}

async fn answer(w: &World, token: &str, c: &str, position: i32, choice: &str) -> Value {
    w.app
        .gql(
            Some(token),
            ANSWER,
            json!({ "i": { "contestId": c, "position": position, "answer": [choice] } }),
        )
        .await
}

/// Each member's score recomputed from the raw answers, as the database owner.
async fn recount(tenant: Uuid, contest: &str) -> HashMap<Uuid, (i64, i64)> {
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let rows: Vec<(Uuid, i64, i64)> = sqlx::query_as(
        "select member_id, sum(earned)::bigint,
                coalesce(sum(elapsed_ms) filter (where correct), 0)::bigint
           from contest_answer where contest_id = $1 group by member_id",
    )
    .bind(uuid_of(contest))
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    rows.into_iter().map(|(m, s, ms)| (m, (s, ms))).collect()
}

/// The next subscription item's data, skipping nothing.
async fn item(socket: &mut ws::Ws, field: &str) -> Value {
    let frame = ws::next(socket, 10).await.expect("an item within 10 s");
    assert!(frame["payload"]["errors"].is_null(), "{frame}");
    frame["payload"]["data"][field].clone()
}

#[tokio::test]
async fn twenty_participants_get_the_same_question_at_once_and_the_leaderboard_equals_a_recount() {
    // Arrange: 20 members over two branches, each joined and following the contest.
    let w = world().await;
    let b = bank(&w, 3).await;
    let c = contest(&w, &b, 3, json!({ "secondsPerQuestion": 60 })).await;
    let players: Vec<(String, String)> = join_all((0..20).map(|i| {
        let (app, token, branch) = (&w.app, &w.t.token, &w.branches[i % 2]);
        async move { app.join(token, branch, &format!("参赛者{i:02}")).await }
    }))
    .await;
    for (token, _) in &players {
        let joined = w.app.gql_ok(Some(token), JOIN, json!({ "c": c })).await;
        assert_eq!(joined["joinContest"]["joined"], true);
    }
    let mut sockets = join_all(
        players
            .iter()
            .map(|(token, _)| ws::subscribe(&w.app.base, token, LIVE_SUB, json!({ "c": c }))),
    )
    .await;
    for s in &mut sockets {
        assert_eq!(item(s, "contestStateChanged").await["phase"], "WAITING");
    }
    let mut host_board =
        ws::subscribe(&w.app.base, &w.officer.0, BOARD_SUB, json!({ "c": c })).await;
    assert_eq!(
        item(&mut host_board, "contestLeaderboardChanged").await["participants"],
        20
    );

    // Act: the host starts and pushes the first question.
    w.app
        .gql_ok(Some(&w.officer.0), START, json!({ "c": c }))
        .await;
    for s in &mut sockets {
        let started = item(s, "contestStateChanged").await;
        assert_eq!(
            (started["status"].as_str(), started["phase"].as_str()),
            (Some("LIVE"), Some("WAITING"))
        );
    }
    let pushed = w
        .app
        .gql_ok(Some(&w.officer.0), NEXT, json!({ "c": c }))
        .await;
    let received: Vec<Value> = join_all(
        sockets
            .iter_mut()
            .map(|s| async move { item(s, "contestStateChanged").await }),
    )
    .await;

    // Assert: the same question, with the same server deadline, reached all twenty.
    let q = &pushed["nextContestQuestion"]["question"];
    for r in &received {
        assert_eq!(r["phase"], "QUESTION", "{r}");
        assert_eq!(r["question"]["position"], 1);
        assert_eq!(r["question"]["stem"], q["stem"]);
        assert_eq!(r["question"]["deadline"], q["deadline"]);
        assert!(
            r["question"]["correctAnswer"].is_null(),
            "no key before the reveal"
        );
    }

    // Act: all answer at once, half right (B), half wrong (A).
    let answers = join_all(players.iter().enumerate().map(|(i, (token, _))| {
        let (w, c) = (&w, &c);
        async move { answer(w, token, c, 1, if i % 2 == 0 { "B" } else { "A" }).await }
    }))
    .await;
    for a in &answers {
        assert!(a["errors"].is_null(), "{a}");
    }

    // Assert: the host's live leaderboard reaches all twenty answers, and its scores and
    // times equal a recomputation from the raw answers.
    let mut board = Value::Null;
    for _ in 0..40 {
        board = item(&mut host_board, "contestLeaderboardChanged").await;
        if board["answeredCurrent"] == 20 {
            break;
        }
    }
    assert_eq!(board["answeredCurrent"], 20, "{board}");
    let recounted = recount(w.tenant, &c).await;
    let members = board["members"].as_array().unwrap();
    assert_eq!(members.len(), 20);
    for m in members {
        let (score, ms) = recounted[&uuid_of(m["memberId"].as_str().unwrap())];
        assert_eq!(m["score"].as_i64(), Some(score), "{m}");
        assert_eq!(m["answerMs"].as_i64(), Some(ms), "{m}");
    }
    let tens = members.iter().filter(|m| m["score"] == 10).count();
    assert_eq!(tens, 10);
    let full = w
        .app
        .gql_ok(Some(&w.officer.0), BOARD, json!({ "c": c }))
        .await;
    let branches = full["contestLeaderboard"]["branches"].as_array().unwrap();
    assert_eq!(branches.len(), 2);
    assert_eq!(
        branches
            .iter()
            .map(|b| b["totalScore"].as_i64().unwrap())
            .sum::<i64>(),
        100
    );

    // And the reveal reaches everyone with the key.
    w.app
        .gql_ok(Some(&w.officer.0), REVEAL, json!({ "c": c }))
        .await;
    for s in &mut sockets {
        let shown = item(s, "contestStateChanged").await;
        assert_eq!(shown["phase"], "REVEALED");
        assert_eq!(shown["question"]["correctAnswer"], json!(["B"]));
    }
    let mine = w
        .app
        .gql_ok(Some(&players[0].0), MINE, json!({ "c": c }))
        .await;
    assert_eq!(mine["myContestStanding"]["score"], 10);
    assert_eq!(mine["myContestStanding"]["correctCount"], 1);
}

#[tokio::test]
async fn answers_after_the_limit_after_the_reveal_for_another_question_or_twice_are_refused() {
    // Arrange
    let w = world().await;
    let b = bank(&w, 2).await;
    let c = contest(&w, &b, 2, json!({})).await;
    let p = w.app.join(&w.t.token, &w.branches[0], "答题者").await;
    let late = w.app.join(&w.t.token, &w.branches[1], "迟到者").await;
    for token in [&p.0, &late.0] {
        w.app.gql_ok(Some(token), JOIN, json!({ "c": c })).await;
    }
    let before_start = answer(&w, &p.0, &c, 1, "B").await;
    w.app
        .gql_ok(Some(&w.officer.0), START, json!({ "c": c }))
        .await;
    w.app
        .gql_ok(Some(&w.officer.0), NEXT, json!({ "c": c }))
        .await;

    // Act: one answers in time, twice, and for the next question; then 45 s pass on the
    // server's clock (moved back as the database owner) before the other answers.
    let in_time = answer(&w, &p.0, &c, 1, "B").await;
    let twice = answer(&w, &p.0, &c, 1, "B").await;
    let ahead = answer(&w, &p.0, &c, 2, "B").await;
    owner_execute(
        w.tenant,
        "update contest set current_started_at = current_started_at - interval '46 seconds',
                current_deadline = current_deadline - interval '46 seconds' where id = $1",
        uuid_of(&c),
    )
    .await;
    let after_limit = answer(&w, &late.0, &c, 1, "B").await;
    w.app
        .gql_ok(Some(&w.officer.0), NEXT, json!({ "c": c }))
        .await;
    w.app
        .gql_ok(Some(&w.officer.0), REVEAL, json!({ "c": c }))
        .await;
    let after_reveal = answer(&w, &late.0, &c, 2, "B").await;

    // Assert
    assert_eq!(code(&before_start), Some("CONFLICT"), "{before_start}");
    assert!(in_time["errors"].is_null(), "{in_time}");
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    assert_eq!(code(&ahead), Some("CONFLICT"), "{ahead}");
    assert_eq!(code(&after_limit), Some("CONFLICT"), "{after_limit}");
    assert_eq!(
        after_limit["errors"][0]["message"], "本题作答时间已过",
        "{after_limit}"
    );
    assert_eq!(code(&after_reveal), Some("CONFLICT"), "{after_reveal}");
    let board = w
        .app
        .gql_ok(Some(&w.officer.0), BOARD, json!({ "c": c }))
        .await;
    let scores: Vec<i64> = board["contestLeaderboard"]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["score"].as_i64().unwrap())
        .collect();
    assert_eq!(scores, vec![10, 0]);
}

#[tokio::test]
async fn parallel_answers_of_one_member_count_once() {
    // Arrange
    let w = world().await;
    let p = w.app.join(&w.t.token, &w.branches[0], "手快者").await;
    let (_, c) = running(&w, 1, &[&p.0]).await;

    // Act
    let tries = join_all((0..8).map(|_| answer(&w, &p.0, &c, 1, "B"))).await;

    // Assert
    let ok = tries.iter().filter(|t| t["errors"].is_null()).count();
    assert_eq!(ok, 1, "{tries:?}");
    assert!(
        tries
            .iter()
            .filter(|t| !t["errors"].is_null())
            .all(|t| code(t) == Some("CONFLICT"))
    );
    let mine = w.app.gql_ok(Some(&p.0), MINE, json!({ "c": c })).await;
    assert_eq!(mine["myContestStanding"]["score"], 10);
    assert_eq!(mine["myContestStanding"]["answeredCount"], 1);
}

#[tokio::test]
async fn only_the_host_runs_it_and_its_states_move_in_order() {
    // Arrange
    let w = world().await;
    let b = bank(&w, 1).await;
    let c = contest(&w, &b, 1, json!({})).await;
    let p = w.app.join(&w.t.token, &w.branches[0], "参赛者").await;
    w.app.gql_ok(Some(&p.0), JOIN, json!({ "c": c })).await;

    // Act
    let by_member = w.app.gql(Some(&p.0), START, json!({ "c": c })).await;
    let next_early = w.app.gql(Some(&w.officer.0), NEXT, json!({ "c": c })).await;
    let started = w
        .app
        .gql(Some(&w.officer.0), START, json!({ "c": c }))
        .await;
    let again = w
        .app
        .gql(Some(&w.officer.0), START, json!({ "c": c }))
        .await;
    let reveal_early = w
        .app
        .gql(Some(&w.officer.0), REVEAL, json!({ "c": c }))
        .await;
    let first = w.app.gql(Some(&w.officer.0), NEXT, json!({ "c": c })).await;
    let past_last = w.app.gql(Some(&w.officer.0), NEXT, json!({ "c": c })).await;
    let finished = w
        .app
        .gql(Some(&w.officer.0), FINISH, json!({ "c": c }))
        .await;
    let finished_twice = w
        .app
        .gql(Some(&w.officer.0), FINISH, json!({ "c": c }))
        .await;
    let late_join = w
        .app
        .gql(
            Some(&w.app.join(&w.t.token, &w.branches[1], "迟来者").await.0),
            JOIN,
            json!({ "c": c }),
        )
        .await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(code(&next_early), Some("CONFLICT"));
    assert_eq!(
        started["data"]["startContest"]["status"], "LIVE",
        "{started}"
    );
    assert_eq!(code(&again), Some("CONFLICT"));
    assert_eq!(code(&reveal_early), Some("CONFLICT"));
    assert!(first["errors"].is_null(), "{first}");
    assert_eq!(code(&past_last), Some("CONFLICT"));
    assert_eq!(finished["data"]["finishContest"]["status"], "FINISHED");
    assert_eq!(code(&finished_twice), Some("CONFLICT"));
    assert_eq!(code(&late_join), Some("CONFLICT"), "{late_join}");
}

#[tokio::test]
async fn outsiders_and_other_tenants_get_not_found_beside_positive_controls() {
    // Arrange
    let w = world().await;
    let b = bank(&w, 1).await;
    let c = contest(&w, &b, 1, json!({})).await;
    let insider = w.app.join(&w.t.token, &w.branches[0], "本单位成员").await;
    let other = w.app.sign_up().await;

    // Act
    let seen = w
        .app
        .gql(Some(&insider.0), CONTEST, json!({ "id": c }))
        .await;
    let by_outsider = w
        .app
        .gql(Some(&w.outsider.0), CONTEST, json!({ "id": c }))
        .await;
    let join_outsider = w
        .app
        .gql(Some(&w.outsider.0), JOIN, json!({ "c": c }))
        .await;
    let board_outsider = w
        .app
        .gql(Some(&w.outsider.0), BOARD, json!({ "c": c }))
        .await;
    let answer_outsider = answer(&w, &w.outsider.0, &c, 1, "B").await;
    let by_other = w
        .app
        .gql(Some(&other.token), CONTEST, json!({ "id": c }))
        .await;
    let start_other = w
        .app
        .gql(Some(&other.token), START, json!({ "c": c }))
        .await;
    let mut sub_outsider =
        ws::subscribe(&w.app.base, &w.outsider.0, LIVE_SUB, json!({ "c": c })).await;
    let mut sub_other =
        ws::subscribe(&w.app.base, &other.token, BOARD_SUB, json!({ "c": c })).await;
    let mut sub_insider = ws::subscribe(&w.app.base, &insider.0, LIVE_SUB, json!({ "c": c })).await;
    let listed_insider = w
        .app
        .gql_ok(
            Some(&insider.0),
            "query { contests { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let listed_outsider = w
        .app
        .gql_ok(
            Some(&w.outsider.0),
            "query { contests { edges { node { id } } } }",
            json!({}),
        )
        .await;

    // Assert
    assert!(seen["errors"].is_null(), "positive control: {seen}");
    assert_eq!(seen["data"]["contest"]["joined"], false);
    for refused in [
        &by_outsider,
        &join_outsider,
        &board_outsider,
        &answer_outsider,
        &by_other,
        &start_other,
    ] {
        assert_eq!(code(refused), Some("NOT_FOUND"), "{refused}");
    }
    for s in [&mut sub_outsider, &mut sub_other] {
        let frame = ws::next(s, 5).await.expect("an answer");
        assert_eq!(
            frame["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND",
            "{frame}"
        );
    }
    assert_eq!(
        item(&mut sub_insider, "contestStateChanged").await["phase"],
        "WAITING"
    );
    assert_eq!(
        listed_insider["contests"]["edges"][0]["node"]["id"],
        c.as_str()
    );
    assert_eq!(listed_outsider["contests"]["edges"], json!([]));
}

#[tokio::test]
async fn hostile_or_out_of_range_input_is_a_validation_error() {
    // Arrange
    let w = world().await;
    let p = w.app.join(&w.t.token, &w.branches[0], "参赛者").await;
    let (b, c) = running(&w, 2, &[&p.0]).await;
    let create = |extra: Value| {
        let mut input =
            json!({ "orgId": w.committee, "bankId": b, "title": "竞赛", "questionCount": 1 });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        w.app.gql(Some(&w.officer.0), CREATE, json!({ "i": input }))
    };

    // Act
    let results = vec![
        create(json!({ "title": "竞赛\u{0}" })).await,
        create(json!({ "title": "长".repeat(101) })).await,
        create(json!({ "questionCount": 0 })).await,
        create(json!({ "questionCount": 3 })).await,
        create(json!({ "secondsPerQuestion": 4 })).await,
        create(json!({ "pointsPerQuestion": 101 })).await,
        answer(&w, &p.0, &c, 1, "B\u{7}").await,
        answer(&w, &p.0, &c, 1, &"B".repeat(201)).await,
        w.app
            .gql(
                Some(&p.0),
                ANSWER,
                json!({ "i": { "contestId": c, "position": 1, "answer": [] } }),
            )
            .await,
    ];
    let wrong_id = w.app.gql(Some(&p.0), CONTEST, json!({ "id": b })).await;

    // Assert
    for r in &results {
        assert_eq!(code(r), Some("VALIDATION"), "{r}");
    }
    assert!(
        matches!(code(&wrong_id), Some("NOT_FOUND" | "VALIDATION")),
        "{wrong_id}"
    );
    let mine = w.app.gql_ok(Some(&p.0), MINE, json!({ "c": c })).await;
    assert_eq!(
        mine["myContestStanding"]["answeredCount"], 0,
        "nothing was recorded"
    );
}

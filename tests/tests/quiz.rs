//! Question banks and quizzes against the real server: scoring of every kind end to end, the
//! .xlsx import with its per-row report, the server's time limit (answers after the deadline
//! refused, the attempt closed with what was saved, by a read and by the worker's turn), max
//! attempts under parallel starts, the review only after submission, random draws stored per
//! attempt, results with the export, points for a pass, and NOT_FOUND outside the audience and
//! across tenants beside positive controls; hostile strings are VALIDATION.

use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, code, nodes, owner_execute, owner_pool, uuid_of};
use uuid::Uuid;

const CREATE_BANK: &str = "mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id name questionCount editable } }";
const CREATE_QUESTION: &str =
    "mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id kind answer blanks } }";
const IMPORT: &str = "mutation($i: ImportQuestionsInput!) { importQuestions(input: $i) { total imported rows { row ok message } } }";
const QUESTIONS: &str = "query($b: ID!) { questions(bankId: $b, first: 100) { edges { node { id kind stem options answer blanks explanation difficulty tags } } } }";
const BANK: &str = "query($id: ID!) { questionBank(id: $id) { id name questionCount } }";
const CREATE_QUIZ: &str = "mutation($i: CreateQuizInput!) { createQuiz(input: $i) { id title questionCount totalPoints audienceCount accepting } }";
const QUIZ: &str = "query($id: ID!) { quiz(id: $id) { id title invited canViewResults myAttemptCount myAttemptsLeft myBestScore myPassed myOpenAttemptId myLastAttemptId } }";
const MY_QUIZZES: &str =
    "query { myQuizzes(first: 20) { edges { node { id title myAttemptsLeft } } } }";
const ATTEMPT_FIELDS: &str = "id number status startedAt deadline score maxScore passed questions { position kind stem options blankCount points myAnswer correctAnswer acceptedBlanks explanation earned correct }";
const RESULTS: &str = "query($q: ID!, $o: ID) { quizResults(quizId: $q, orgId: $o, first: 50) { audience participants passed passRate average edges { node { memberName attempts bestScore passed } } pageInfo { hasNextPage } } }";

fn start_q() -> String {
    format!("mutation($q: ID!) {{ startQuizAttempt(quizId: $q) {{ {ATTEMPT_FIELDS} }} }}")
}
fn save_q() -> String {
    format!(
        "mutation($i: SaveQuizAnswerInput!) {{ saveQuizAnswer(input: $i) {{ {ATTEMPT_FIELDS} }} }}"
    )
}
fn submit_q() -> String {
    format!(
        "mutation($i: SubmitQuizAttemptInput!) {{ submitQuizAttempt(input: $i) {{ {ATTEMPT_FIELDS} }} }}"
    )
}
fn attempt_q() -> String {
    format!("query($id: ID!) {{ quizAttempt(id: $id) {{ {ATTEMPT_FIELDS} }} }}")
}

/// A tenant with a party committee over two branches: the first branch's secretary (an
/// officer) and three members; one member in the second branch.
struct World {
    app: TestApp,
    t: Tenant,
    tenant: Uuid,
    committee: String,
    branch: String,
    officer: (String, String),
    members: Vec<(String, String)>,
    outsider: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "公司党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let branch = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第一党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let other = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let officer = app.join(&t.token, &branch, "书记").await;
    app.assign_position(&t.token, &branch, &officer.1, "支部书记", "2026-01-01")
        .await;
    let mut members = vec![];
    for name in ["甲成员", "乙成员", "丙成员"] {
        members.push(app.join(&t.token, &branch, name).await);
    }
    let outsider = app.join(&t.token, &other, "丁成员").await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    World {
        app,
        t,
        tenant,
        committee,
        branch,
        officer,
        members,
        outsider,
    }
}

async fn bank(w: &World, token: &str, org: &str) -> String {
    let b = w
        .app
        .gql_ok(
            Some(token),
            CREATE_BANK,
            json!({ "i": { "orgId": org, "name": "党章题库", "description": "基础题" } }),
        )
        .await;
    b["createQuestionBank"]["id"].as_str().unwrap().to_string()
}

async fn question(w: &World, token: &str, bank: &str, q: Value) -> String {
    let r = w
        .app
        .gql_ok(
            Some(token),
            CREATE_QUESTION,
            json!({ "i": { "bankId": bank, "question": q } }),
        )
        .await;
    r["createQuestion"]["id"].as_str().unwrap().to_string()
}

/// One question of each kind: single (B), multiple (A, C), true/false (false), two blanks.
async fn four_questions(w: &World, bank: &str) -> Vec<String> {
    let token = &w.officer.0;
    vec![
        question(w, token, bank, json!({ "kind": "SINGLE", "stem": "中共一大召开于哪一年？",
            "options": ["1919年", "1921年", "1927年"], "answer": ["B"], "explanation": "1921年7月。" })).await,
        question(w, token, bank, json!({ "kind": "MULTIPLE", "stem": "“三会”包括：",
            "options": ["支部党员大会", "职代会", "支部委员会"], "answer": ["A", "C"] })).await,
        question(w, token, bank, json!({ "kind": "TRUE_FALSE", "stem": "预备党员有表决权。",
            "answer": ["FALSE"] })).await,
        question(w, token, bank, json!({ "kind": "FILL_BLANK", "stem": "按照____制组织起来；宗旨是____。",
            "blanks": [["民主集中"], ["全心全意为人民服务", "为人民服务"]] })).await,
    ]
}

fn quiz_input(w: &World, bank: &str, ids: &[String], extra: Value) -> Value {
    let now = Utc::now();
    let mut i = json!({
        "orgId": w.branch, "bankId": bank, "title": "党章测验", "mode": "FIXED",
        "questionIds": ids, "pointsPerQuestion": 10, "passMark": 30, "timeLimitMinutes": 20,
        "opensAt": (now - Duration::minutes(1)).to_rfc3339(),
        "closesAt": (now + Duration::days(3)).to_rfc3339(),
        "maxAttempts": 2, "audience": { "orgIds": [w.branch] }
    });
    for (k, v) in extra.as_object().unwrap() {
        i[k] = v.clone();
    }
    i
}

async fn create_quiz(w: &World, input: Value) -> String {
    let r = w
        .app
        .gql_ok(Some(&w.officer.0), CREATE_QUIZ, json!({ "i": input }))
        .await;
    r["createQuiz"]["id"].as_str().unwrap().to_string()
}

async fn fixed_quiz(w: &World) -> (String, String, Vec<String>) {
    let b = bank(w, &w.officer.0, &w.branch).await;
    let ids = four_questions(w, &b).await;
    let q = create_quiz(w, quiz_input(w, &b, &ids, json!({}))).await;
    (b, q, ids)
}

async fn start(w: &World, token: &str, quiz: &str) -> Value {
    w.app
        .gql(Some(token), &start_q(), json!({ "q": quiz }))
        .await
}

async fn save(w: &World, token: &str, attempt: &str, position: i32, response: Value) -> Value {
    w.app
        .gql(
            Some(token),
            &save_q(),
            json!({ "i": { "attemptId": attempt, "position": position, "response": response } }),
        )
        .await
}

async fn submit(w: &World, token: &str, attempt: &str, answers: Value) -> Value {
    w.app
        .gql(
            Some(token),
            &submit_q(),
            json!({ "i": { "attemptId": attempt, "answers": answers } }),
        )
        .await
}

/// Moves an attempt's start and deadline back by `seconds`, as the database owner (time
/// passing).
async fn age_attempt(w: &World, attempt: &str, seconds: i64) {
    let moved = owner_execute(
        w.tenant,
        &format!(
            "update quiz_attempt set started_at = started_at - interval '{seconds} seconds',
                    deadline = deadline - interval '{seconds} seconds' where id = $1"
        ),
        uuid_of(attempt),
    )
    .await;
    assert_eq!(moved, 1);
}

/// A query's single scalar, as the database owner inside the tenant.
async fn owner_row<T>(tenant: Uuid, sql: &str, id: &str) -> T
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let row = sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(uuid_of(id))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    row
}

fn by_kind<'a>(attempt: &'a Value, kind: &str) -> &'a Value {
    attempt["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == kind)
        .unwrap()
}

#[tokio::test]
async fn a_member_is_scored_per_kind_and_sees_keys_and_explanations_only_after_submitting() {
    // Arrange
    let w = world().await;
    let (_, quiz, _) = fixed_quiz(&w).await;
    let member = &w.members[0].0;
    let started = start(&w, member, &quiz).await;
    let attempt = started["data"]["startQuizAttempt"].clone();
    let id = attempt["id"].as_str().unwrap().to_string();
    let pos = |k: &str| by_kind(&attempt, k)["position"].as_i64().unwrap();

    // Act
    let saved = save(&w, member, &id, pos("SINGLE") as i32, json!(["B"])).await;
    let before = w
        .app
        .gql(Some(member), &attempt_q(), json!({ "id": id }))
        .await;
    let done = submit(
        &w,
        member,
        &id,
        json!([
            { "position": pos("MULTIPLE"), "response": ["C", "A"] },
            { "position": pos("TRUE_FALSE"), "response": ["TRUE"] },
            { "position": pos("FILL_BLANK"), "response": [" 民主集中 ", "为人民服务"] }
        ]),
    )
    .await;
    let again = submit(&w, member, &id, json!([])).await;

    // Assert
    assert!(started["errors"].is_null(), "{started}");
    assert_eq!(attempt["questions"].as_array().unwrap().len(), 4);
    assert!(saved["errors"].is_null(), "{saved}");
    let open = &before["data"]["quizAttempt"];
    assert_eq!(open["status"], "OPEN");
    for q in open["questions"].as_array().unwrap() {
        assert!(
            q["correctAnswer"].is_null() && q["explanation"].is_null(),
            "{q}"
        );
        assert!(q["earned"].is_null(), "{q}");
    }
    assert_eq!(by_kind(open, "FILL_BLANK")["blankCount"], 2);
    let a = &done["data"]["submitQuizAttempt"];
    assert_eq!(a["status"], "SUBMITTED", "{done}");
    assert_eq!(by_kind(a, "SINGLE")["earned"], 10);
    assert_eq!(by_kind(a, "MULTIPLE")["earned"], 10);
    assert_eq!(by_kind(a, "TRUE_FALSE")["earned"], 0);
    assert_eq!(by_kind(a, "TRUE_FALSE")["correctAnswer"], json!(["FALSE"]));
    assert_eq!(by_kind(a, "FILL_BLANK")["earned"], 10);
    assert_eq!(by_kind(a, "SINGLE")["explanation"], "1921年7月。");
    assert_eq!(a["score"], 30);
    assert_eq!(a["maxScore"], 40);
    assert_eq!(a["passed"], true);
    assert_eq!(code(&again), Some("CONFLICT"));
}

#[tokio::test]
async fn a_pass_earns_quiz_points_once_per_quiz() {
    // Arrange
    let w = world().await;
    let (_, quiz, _) = fixed_quiz(&w).await;
    let member = &w.members[0].0;
    let year = tongxin_core::points::rules::year_of(Utc::now());
    let answers = |a: &Value| {
        json!([
            { "position": by_kind(a, "SINGLE")["position"], "response": ["B"] },
            { "position": by_kind(a, "MULTIPLE")["position"], "response": ["A", "C"] },
            { "position": by_kind(a, "TRUE_FALSE")["position"], "response": ["FALSE"] },
        ])
    };

    // Act
    for _ in 0..2 {
        let a = start(&w, member, &quiz).await["data"]["startQuizAttempt"].clone();
        let done = submit(&w, member, a["id"].as_str().unwrap(), answers(&a)).await;
        assert_eq!(done["data"]["submitQuizAttempt"]["passed"], true, "{done}");
    }
    let account = w
        .app
        .gql_ok(
            Some(member),
            "query($y: Int!) { myPoints(year: $y) { balance entries(first: 20) { edges { node { action points } } } } }",
            json!({ "y": year }),
        )
        .await;

    // Assert
    let entries: Vec<Value> = nodes(&account["myPoints"]["entries"])
        .into_iter()
        .filter(|e| e["action"] == "QUIZ_PASSED")
        .collect();
    assert_eq!(entries.len(), 1, "{account}");
    assert_eq!(entries[0]["points"], 2);
}

#[tokio::test]
async fn an_import_writes_the_good_rows_and_reports_each_bad_row_with_its_reason() {
    // Arrange
    let w = world().await;
    let b = bank(&w, &w.officer.0, &w.branch).await;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let rows: Vec<Vec<&str>> = vec![
        vec![
            "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H",
            "答案", "解析", "难度", "标签",
        ],
        vec![
            "单选题",
            "党的最高领导机关是？",
            "全国代表大会和中央委员会",
            "中央政治局",
            "",
            "",
            "",
            "",
            "",
            "",
            "A",
            "党章第十条",
            "易",
            "党章",
        ],
        vec![
            "多选题",
            "三大作风包括？",
            "理论联系实际",
            "密切联系群众",
            "批评和自我批评",
            "好大喜功",
            "",
            "",
            "",
            "",
            "ABC",
            "",
            "中",
            "",
        ],
        vec![
            "判断题",
            "预备期为一年。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "对",
            "",
            "2",
            "",
        ],
        vec![
            "填空题",
            "最高理想是实现____。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "共产主义",
            "",
            "",
            "",
        ],
        vec![
            "问答题",
            "这是什么？",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "A",
            "",
            "",
            "",
        ],
        vec![
            "单选题",
            "答案不在选项中",
            "甲",
            "乙",
            "",
            "",
            "",
            "",
            "",
            "",
            "D",
            "",
            "",
            "",
        ],
        vec![
            "判断题",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "对",
            "",
            "",
            "",
        ],
        vec![
            "单选题",
            "难度不对",
            "甲",
            "乙",
            "",
            "",
            "",
            "",
            "",
            "",
            "A",
            "",
            "9",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    use base64::Engine;
    let content = base64::engine::general_purpose::STANDARD.encode(bytes);

    // Act
    let report = w
        .app
        .gql(
            Some(&w.officer.0),
            IMPORT,
            json!({ "i": { "bankId": b, "fileName": "题库.xlsx", "contentBase64": content } }),
        )
        .await;
    let listed = w
        .app
        .gql_ok(Some(&w.officer.0), QUESTIONS, json!({ "b": b }))
        .await;
    let member_import = w
        .app
        .gql(
            Some(&w.members[0].0),
            IMPORT,
            json!({ "i": { "bankId": b, "fileName": "题库.xlsx", "contentBase64": "" } }),
        )
        .await;

    // Assert
    let r = &report["data"]["importQuestions"];
    assert_eq!(r["total"], 8, "{report}");
    assert_eq!(r["imported"], 4);
    let rows = r["rows"].as_array().unwrap();
    let status: Vec<(i64, bool)> = rows
        .iter()
        .map(|x| (x["row"].as_i64().unwrap(), x["ok"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        status,
        vec![
            (2, true),
            (3, true),
            (4, true),
            (5, true),
            (6, false),
            (7, false),
            (8, false),
            (9, false)
        ]
    );
    assert!(
        rows[4]["message"].as_str().unwrap().contains("题型"),
        "{report}"
    );
    assert!(
        rows[5]["message"].as_str().unwrap().starts_with("答案"),
        "{report}"
    );
    assert!(
        rows[6]["message"].as_str().unwrap().starts_with("题干"),
        "{report}"
    );
    assert!(
        rows[7]["message"].as_str().unwrap().contains("难度"),
        "{report}"
    );
    let qs = nodes(&listed["questions"]);
    assert_eq!(qs.len(), 4);
    assert_eq!(qs[1]["answer"], json!(["A", "B", "C"]));
    assert_eq!(qs[2]["answer"], json!(["TRUE"]));
    assert_eq!(qs[3]["blanks"], json!([["共产主义"]]));
    assert_eq!(qs[0]["difficulty"], 1);
    assert_eq!(code(&member_import), Some("NOT_FOUND"));
}

#[tokio::test]
async fn answers_after_the_deadline_are_refused_and_the_attempt_is_scored_with_what_was_saved() {
    // Arrange
    let w = world().await;
    let (_, quiz, _) = fixed_quiz(&w).await;
    let member = &w.members[0].0;
    let a = start(&w, member, &quiz).await["data"]["startQuizAttempt"].clone();
    let id = a["id"].as_str().unwrap().to_string();
    let single = by_kind(&a, "SINGLE")["position"].as_i64().unwrap() as i32;
    let tf = by_kind(&a, "TRUE_FALSE")["position"].as_i64().unwrap() as i32;
    assert!(save(&w, member, &id, single, json!(["B"])).await["errors"].is_null());
    // Within the grace: 20 minutes and 2 seconds after the start still counts.
    age_attempt(&w, &id, 20 * 60 + 2).await;
    let in_grace = save(&w, member, &id, tf, json!(["FALSE"])).await;
    // Past the grace.
    age_attempt(&w, &id, tongxin_core::quiz::GRACE_SECONDS + 1).await;

    // Act
    let late_save = save(&w, member, &id, tf, json!(["TRUE"])).await;
    let late_submit = submit(&w, member, &id, json!([])).await;
    let read = w
        .app
        .gql(Some(member), &attempt_q(), json!({ "id": id }))
        .await;

    // Assert
    assert!(in_grace["errors"].is_null(), "{in_grace}");
    assert_eq!(code(&late_save), Some("CONFLICT"));
    assert_eq!(late_save["errors"][0]["message"], "已超时");
    assert_eq!(code(&late_submit), Some("CONFLICT"));
    let closed = &read["data"]["quizAttempt"];
    assert_eq!(closed["status"], "EXPIRED", "{read}");
    assert_eq!(closed["score"], 20, "the two saved answers count");
    assert_eq!(by_kind(closed, "TRUE_FALSE")["myAnswer"], json!(["FALSE"]));
}

#[tokio::test]
async fn the_workers_turn_closes_an_attempt_left_open_past_its_deadline() {
    // Arrange
    let w = world().await;
    let (_, quiz, _) = fixed_quiz(&w).await;
    let member = &w.members[1].0;
    let a = start(&w, member, &quiz).await["data"]["startQuizAttempt"].clone();
    let id = a["id"].as_str().unwrap().to_string();
    let single = by_kind(&a, "SINGLE")["position"].as_i64().unwrap() as i32;
    save(&w, member, &id, single, json!(["B"])).await;
    let job = tongxin_core::quiz::DueJob {
        tenant_id: w.tenant,
        attempt_id: uuid_of(&id),
    };
    let early = tongxin_core::quiz::run_due(&w.app.app, &job).await.unwrap();
    age_attempt(&w, &id, 21 * 60).await;

    // Act
    let done = tongxin_core::quiz::run_due(&w.app.app, &job).await.unwrap();
    let again = tongxin_core::quiz::run_due(&w.app.app, &job).await.unwrap();

    // Assert
    assert_eq!(early, "nothing due");
    assert_eq!(done, "expired");
    assert_eq!(again, "nothing due");
    let (status, score): (String, Option<i32>) = owner_row(
        w.tenant,
        "select status, score from quiz_attempt where id = $1",
        &id,
    )
    .await;
    assert_eq!((status.as_str(), score), ("EXPIRED", Some(10)));
}

#[tokio::test]
async fn parallel_starts_by_one_member_never_exceed_one_open_attempt_or_the_maximum() {
    // Arrange
    let w = world().await;
    let b = bank(&w, &w.officer.0, &w.branch).await;
    let ids = four_questions(&w, &b).await;
    let quiz = create_quiz(&w, quiz_input(&w, &b, &ids, json!({ "maxAttempts": 1 }))).await;
    let member = &w.members[0].0;

    // Act
    let results = join_all((0..8).map(|_| start(&w, member, &quiz))).await;
    let first = results
        .iter()
        .find_map(|r| r["data"]["startQuizAttempt"]["id"].as_str())
        .unwrap()
        .to_string();
    submit(&w, member, &first, json!([])).await;
    let after = start(&w, member, &quiz).await;

    // Assert
    for r in &results {
        match r["data"]["startQuizAttempt"]["id"].as_str() {
            Some(id) => assert_eq!(id, first, "the same attempt, resumed"),
            None => assert_eq!(code(r), Some("CONFLICT"), "{r}"),
        }
    }
    let (n,): (i64,) = owner_row(
        w.tenant,
        "select count(*) from quiz_attempt where quiz_id = $1",
        &quiz,
    )
    .await;
    assert_eq!(n, 1);
    assert_eq!(code(&after), Some("CONFLICT"));
    assert!(
        after["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("最多作答次数")
    );
}

#[tokio::test]
async fn random_quizzes_draw_per_member_at_the_start_and_keep_the_draw_with_the_attempt() {
    // Arrange
    let w = world().await;
    let b = bank(&w, &w.officer.0, &w.branch).await;
    for i in 0..6 {
        question(
            &w,
            &w.officer.0,
            &b,
            json!({ "kind": "SINGLE", "stem": format!("单选 {i}"),
            "options": ["甲", "乙"], "answer": ["A"] }),
        )
        .await;
    }
    for i in 0..4 {
        question(
            &w,
            &w.officer.0,
            &b,
            json!({ "kind": "TRUE_FALSE", "stem": format!("判断 {i}"),
            "answer": ["TRUE"] }),
        )
        .await;
    }
    let too_many = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUIZ,
            json!({ "i": quiz_input(&w, &b, &[], json!({ "mode": "RANDOM",
                "randomCounts": { "single": 7 }, "passMark": 0 })) }),
        )
        .await;
    let quiz = create_quiz(
        &w,
        quiz_input(
            &w,
            &b,
            &[],
            json!({ "mode": "RANDOM",
            "randomCounts": { "single": 3, "trueFalse": 2 }, "passMark": 30 }),
        ),
    )
    .await;

    // Act
    let mut drawn = vec![];
    for m in &w.members {
        let a = start(&w, &m.0, &quiz).await["data"]["startQuizAttempt"].clone();
        let again = start(&w, &m.0, &quiz).await["data"]["startQuizAttempt"].clone();
        let read = w
            .app
            .gql_ok(Some(&m.0), &attempt_q(), json!({ "id": a["id"] }))
            .await["quizAttempt"]
            .clone();
        drawn.push((a, again, read));
    }

    // Assert
    assert_eq!(code(&too_many), Some("VALIDATION"));
    for (a, again, read) in &drawn {
        let stems = |x: &Value| -> Vec<String> {
            x["questions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["stem"].as_str().unwrap().to_string())
                .collect()
        };
        let kinds: Vec<&str> = a["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            vec!["SINGLE", "SINGLE", "SINGLE", "TRUE_FALSE", "TRUE_FALSE"]
        );
        assert_eq!(stems(a), stems(again), "resumed with the same draw");
        assert_eq!(stems(a), stems(read), "the draw is stored");
        assert_eq!(a["maxScore"], 50);
    }
}

#[tokio::test]
async fn outside_the_audience_and_across_tenants_quizzes_banks_and_attempts_are_not_found() {
    // Arrange
    let w = world().await;
    let (b, quiz, ids) = fixed_quiz(&w).await;
    let a = start(&w, &w.members[0].0, &quiz).await["data"]["startQuizAttempt"].clone();
    let attempt = a["id"].as_str().unwrap().to_string();
    let stranger = w.app.sign_up().await;

    // Act
    let member_sees = w
        .app
        .gql(Some(&w.members[1].0), QUIZ, json!({ "id": quiz }))
        .await;
    let outsider_sees = w
        .app
        .gql(Some(&w.outsider.0), QUIZ, json!({ "id": quiz }))
        .await;
    let outsider_starts = start(&w, &w.outsider.0, &quiz).await;
    let other_member_attempt = w
        .app
        .gql(
            Some(&w.members[1].0),
            &attempt_q(),
            json!({ "id": attempt }),
        )
        .await;
    let officer_attempt = w
        .app
        .gql(Some(&w.officer.0), &attempt_q(), json!({ "id": attempt }))
        .await;
    let member_bank = w
        .app
        .gql(Some(&w.members[1].0), BANK, json!({ "id": b }))
        .await;
    let stranger_quiz = w
        .app
        .gql(Some(&stranger.token), QUIZ, json!({ "id": quiz }))
        .await;
    let stranger_starts = start(&w, &stranger.token, &quiz).await;
    let stranger_bank = w
        .app
        .gql(Some(&stranger.token), BANK, json!({ "id": b }))
        .await;
    let stranger_attempt = w
        .app
        .gql(
            Some(&stranger.token),
            &attempt_q(),
            json!({ "id": attempt }),
        )
        .await;
    let stranger_results = w
        .app
        .gql(Some(&stranger.token), RESULTS, json!({ "q": quiz }))
        .await;
    let stranger_edit = w
        .app
        .gql(
            Some(&stranger.token),
            "mutation($i: UpdateQuestionInput!) { updateQuestion(input: $i) { id } }",
            json!({ "i": { "questionId": ids[0], "question": { "kind": "TRUE_FALSE", "stem": "改", "answer": ["TRUE"] } } }),
        )
        .await;
    let member_results = w
        .app
        .gql(Some(&w.members[1].0), RESULTS, json!({ "q": quiz }))
        .await;
    let admin_bank = w.app.gql(Some(&w.t.token), BANK, json!({ "id": b })).await;
    let listed = w
        .app
        .gql_ok(Some(&w.members[1].0), MY_QUIZZES, json!({}))
        .await;
    let outsider_listed = w
        .app
        .gql_ok(Some(&w.outsider.0), MY_QUIZZES, json!({}))
        .await;

    // Assert
    assert_eq!(
        member_sees["data"]["quiz"]["invited"], true,
        "{member_sees}"
    );
    assert_eq!(nodes(&listed["myQuizzes"]).len(), 1);
    assert_eq!(nodes(&outsider_listed["myQuizzes"]).len(), 0);
    assert!(officer_attempt["errors"].is_null(), "{officer_attempt}");
    assert!(admin_bank["errors"].is_null(), "{admin_bank}");
    for r in [
        &outsider_sees,
        &outsider_starts,
        &other_member_attempt,
        &member_bank,
        &stranger_quiz,
        &stranger_starts,
        &stranger_bank,
        &stranger_attempt,
        &stranger_results,
        &stranger_edit,
        &member_results,
    ] {
        assert_eq!(code(r), Some("NOT_FOUND"), "{r}");
    }
}

#[tokio::test]
async fn a_branch_officer_builds_a_quiz_from_the_tenant_wide_bank() {
    // Arrange
    let w = world().await;
    let b = bank(&w, &w.t.token, &w.committee).await;
    let ids = vec![
        question(
            &w,
            &w.t.token,
            &b,
            json!({ "kind": "TRUE_FALSE", "stem": "判断", "answer": ["TRUE"] }),
        )
        .await,
    ];

    // Act
    let banks = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            "query($o: ID!) { questionBanks(orgId: $o) { id editable } }",
            json!({ "o": w.branch }),
        )
        .await;
    let listed = w
        .app
        .gql(Some(&w.officer.0), QUESTIONS, json!({ "b": b }))
        .await;
    let created = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUIZ,
            json!({ "i": quiz_input(&w, &b, &ids, json!({ "passMark": 10 })) }),
        )
        .await;
    let edit = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUESTION,
            json!({ "i": { "bankId": b, "question": { "kind": "TRUE_FALSE", "stem": "新", "answer": ["TRUE"] } } }),
        )
        .await;

    // Assert
    let banks = banks["questionBanks"].as_array().unwrap();
    assert_eq!(banks.len(), 1);
    assert_eq!(banks[0]["editable"], false);
    assert!(listed["errors"].is_null(), "{listed}");
    assert_eq!(
        created["data"]["createQuiz"]["audienceCount"], 4,
        "{created}"
    );
    assert_eq!(code(&edit), Some("NOT_FOUND"));
}

#[tokio::test]
async fn results_count_the_audience_participants_and_passes_and_export_as_xlsx() {
    // Arrange
    let w = world().await;
    let (_, quiz, _) = fixed_quiz(&w).await;
    for (i, m) in w.members.iter().take(2).enumerate() {
        let a = start(&w, &m.0, &quiz).await["data"]["startQuizAttempt"].clone();
        let single = by_kind(&a, "SINGLE")["position"].clone();
        let tf = by_kind(&a, "TRUE_FALSE")["position"].clone();
        let multiple = by_kind(&a, "MULTIPLE")["position"].clone();
        let answers = if i == 0 {
            json!([{ "position": single, "response": ["B"] }, { "position": tf, "response": ["FALSE"] },
                   { "position": multiple, "response": ["A", "C"] }])
        } else {
            json!([{ "position": single, "response": ["B"] }])
        };
        submit(&w, &m.0, a["id"].as_str().unwrap(), answers).await;
    }

    // Act
    let r = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            RESULTS,
            json!({ "q": quiz, "o": w.branch }),
        )
        .await;
    let export = w
        .app
        .http
        .get(format!(
            "{}/export/quiz-results.xlsx?quiz={quiz}",
            w.app.base
        ))
        .bearer_auth(&w.officer.0)
        .send()
        .await
        .unwrap();
    let member_export = w
        .app
        .http
        .get(format!(
            "{}/export/quiz-results.xlsx?quiz={quiz}",
            w.app.base
        ))
        .bearer_auth(&w.members[0].0)
        .send()
        .await
        .unwrap();

    // Assert
    let res = &r["quizResults"];
    assert_eq!(res["audience"], 4, "{r}");
    assert_eq!(res["participants"], 2);
    assert_eq!(res["passed"], 1);
    assert_eq!(res["passRate"], 0.5);
    assert_eq!(res["average"], 20.0);
    let rows = nodes(res);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["bestScore"], 30);
    assert_eq!(rows[0]["memberName"], "甲成员");
    assert!(rows[3]["bestScore"].is_null());
    assert_eq!(export.status(), 200);
    let bytes = export.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"));
    assert_eq!(member_export.status(), 404);
}

#[tokio::test]
async fn hostile_strings_in_banks_questions_and_answers_are_validation_errors() {
    // Arrange
    let w = world().await;
    let (b, quiz, _) = fixed_quiz(&w).await;
    let a = start(&w, &w.members[0].0, &quiz).await["data"]["startQuizAttempt"].clone();
    let id = a["id"].as_str().unwrap().to_string();

    // Act
    let bank_name = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_BANK,
            json!({ "i": { "orgId": w.branch, "name": "坏\u{0}名" } }),
        )
        .await;
    let stem = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUESTION,
            json!({ "i": { "bankId": b, "question": { "kind": "TRUE_FALSE", "stem": "题\u{7}干", "answer": ["TRUE"] } } }),
        )
        .await;
    let blank = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUESTION,
            json!({ "i": { "bankId": b, "question": { "kind": "FILL_BLANK", "stem": "空", "blanks": [["a\u{0}"]] } } }),
        )
        .await;
    let response = save(&w, &w.members[0].0, &id, 0, json!(["\u{0}"])).await;
    let long = save(&w, &w.members[0].0, &id, 0, json!(["长".repeat(600)])).await;
    let window = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_QUIZ,
            json!({ "i": { "orgId": w.branch, "bankId": b, "title": "t", "mode": "FIXED",
                "questionIds": [], "pointsPerQuestion": 1, "passMark": 0, "timeLimitMinutes": 1,
                "opensAt": "9999-01-01T00:00:00Z", "closesAt": "9999-01-02T00:00:00Z",
                "audience": { "orgIds": [w.branch] } } }),
        )
        .await;

    // Assert
    for r in [&bank_name, &stem, &blank, &response, &long, &window] {
        assert_eq!(code(r), Some("VALIDATION"), "{r}");
    }
}

//! Whistleblowing (检举控告) through the API: anonymity that leaves no trace of the reporter,
//! the receipt code without login and its rate limit, visibility for the handling org's
//! inspectors only (never the accused, never a tenant administrator who is not one), routing
//! one level up for an org's head, the handling rules under parallel requests, deadlines in
//! working days with reminders and escalation under a controlled clock, encryption at rest with
//! a KEK rotation, sealed evidence, deletion at the end of retention, and every operation
//! refused from another tenant beside its positive control.

use chrono::{DateTime, Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_core::{reminder, whistleblowing};
use tongxin_tests::{
    Tenant, TestApp, assert_ok, code, nodes, owner_execute, owner_fetch, owner_pool, reminders,
    uuid_of,
};
use uuid::Uuid;

const SUBMIT: &str = "mutation($i: SubmitReportInput!) { submitReport(input: $i) {
    receiptCode report { id title status messages { author body } } } }";
const CASE: &str = "query($id: ID!) { reportCase(id: $id) { id title body status anonymous
    reporterName accusedName subjectOrganizationName handlingOrganizationName routedUp
    createdAt transferDueAt acceptanceDueAt decidedAt closedAt resultDueAt resultNotifiedAt
    expiresAt overdue availableActions messages { author handlerName body }
    steps { action actionLabel fromStatus toStatus note actorName } files { id name size url } } }";
const CASES: &str = "query { reportCases(first: 50) { edges { node { id title status body } } } }";
const HANDLE: &str = "mutation($i: HandleReportInput!) { handleReport(input: $i) {
    report { id status availableActions resultDueAt resultNotifiedAt closedAt expiresAt } } }";
const BY_RECEIPT: &str = "query($c: String!) { reportByReceipt(receiptCode: $c) { id title status
    statusLabel acceptanceDueAt messages { author handlerName body } } }";

/// A group org above a committee above a branch; an inspector at each of the committee and
/// the branch; the branch's 书记; two members of the branch.
struct World {
    app: TestApp,
    admin: Tenant,
    committee: String,
    branch: String,
    committee_inspector: String,
    branch_inspector: String,
    head: String,
    head_id: String,
    reporter: String,
    reporter_id: String,
    accused: String,
    accused_id: String,
}

async fn world() -> World {
    world_on(TestApp::spawn().await).await
}

async fn world_on(app: TestApp) -> World {
    let admin = app.sign_up().await;
    let t = admin.token.clone();
    let group = app.create_org(&t, None, "集团党委", "PARTY").await;
    let committee = app.create_org(&t, Some(&group), "机关党委", "PARTY").await;
    let branch = app
        .create_org(&t, Some(&committee), "第一党支部", "PARTY")
        .await;
    let (committee_inspector, ci) = app.join(&t, &committee, "纪委委员").await;
    app.grant_role(
        &t,
        json!({ "memberId": ci, "role": "discipline_inspector", "organizationId": committee }),
    )
    .await;
    let (branch_inspector, bi) = app.join(&t, &branch, "支部纪检委员").await;
    app.grant_role(
        &t,
        json!({ "memberId": bi, "role": "discipline_inspector", "organizationId": branch }),
    )
    .await;
    let (head, head_id) = app.join(&t, &branch, "支部书记").await;
    app.assign_position(&t, &branch, &head_id, "书记", "2026-01-01")
        .await;
    let (reporter, reporter_id) = app.join(&t, &branch, "检举人").await;
    let (accused, accused_id) = app.join(&t, &branch, "被反映人").await;
    World {
        app,
        admin,
        committee,
        branch,
        committee_inspector,
        branch_inspector,
        head,
        head_id,
        reporter,
        reporter_id,
        accused,
        accused_id,
    }
}

impl World {
    /// The branch inspector's member id.
    async fn branch_inspector_id(&self, app: &TestApp) -> String {
        let data = app
            .gql_ok(
                Some(&self.branch_inspector),
                "{ viewer { member { id } } }",
                json!({}),
            )
            .await;
        data["viewer"]["member"]["id"].as_str().unwrap().to_string()
    }

    async fn submit(&self, token: &str, input: Value) -> Value {
        self.app
            .gql(Some(token), SUBMIT, json!({ "i": input }))
            .await
    }

    /// A report about `accused` by the reporter; returns (receipt code, global id if named).
    async fn report_member(&self, accused: &str, anonymous: bool) -> (String, Option<String>) {
        let data = assert_ok!(
            self.submit(
                &self.reporter,
                json!({ "accusedMemberId": accused, "anonymous": anonymous,
                        "title": "反映违规收受礼品", "body": "多次收受供应商购物卡，约三千元。" }),
            )
            .await
        );
        let r = &data["submitReport"];
        (
            r["receiptCode"].as_str().unwrap().to_string(),
            r["report"]["id"].as_str().map(str::to_string),
        )
    }

    /// The id of the only case the committee inspector handles with `title`.
    async fn case_id(&self, token: &str, title: &str) -> String {
        let data = self.app.gql_ok(Some(token), CASES, json!({})).await;
        nodes(&data["reportCases"])
            .into_iter()
            .find(|n| n["title"] == title)
            .unwrap_or_else(|| panic!("no case {title}: {data}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    async fn handle(&self, token: &str, id: &str, action: &str, note: Option<&str>) -> Value {
        self.app
            .gql(
                Some(token),
                HANDLE,
                json!({ "i": { "reportId": id, "action": action, "note": note } }),
            )
            .await
    }
}

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn an_anonymous_report_leaves_no_trace_of_its_reporter_and_opens_by_receipt_without_login() {
    // Arrange
    let w = world().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    let reporter = uuid_of(&w.reporter_id);

    // Act
    let data = assert_ok!(
        w.submit(
            &w.reporter,
            json!({ "organizationId": w.branch, "anonymous": true,
                    "title": "反映支部党费收缴不规范", "body": "支部代缴党费，未按月公示。机密细节甲乙丙。" }),
        )
        .await
    );
    let receipt = data["submitReport"]["receiptCode"]
        .as_str()
        .unwrap()
        .to_string();
    let id = w
        .case_id(&w.committee_inspector, "反映支部党费收缴不规范")
        .await;
    let report = uuid_of(&id);

    // Assert: the answer carries no report for an anonymous reporter, only the code.
    assert!(data["submitReport"]["report"].is_null());
    let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits.len(), 20, "{receipt}");
    // The report row, its trail and every audit row about it name no one.
    let rows = owner_fetch(
        tenant,
        "select count(*) as n from report where id = $1 and reporter_member_id is null and anonymous",
        report,
    )
    .await;
    assert_eq!(sqlx::Row::get::<i64, _>(&rows[0], "n"), 1);
    let audit = owner_fetch(
        tenant,
        "select actor_id, ip, detail::text as detail from audit_log where object_id = $1::text",
        report,
    )
    .await;
    assert!(!audit.is_empty());
    for row in &audit {
        assert!(sqlx::Row::get::<Option<Uuid>, _>(row, "actor_id").is_none());
        assert!(sqlx::Row::get::<Option<String>, _>(row, "ip").is_none());
        assert!(!sqlx::Row::get::<String, _>(row, "detail").contains(&reporter.to_string()));
    }
    let traces = owner_fetch(
        tenant,
        "select 1 from report_step where actor_id = $1
         union all select 1 from report_message where handler_id = $1
         union all select 1 from notification where member_id = $1 and kind = 'WHISTLEBLOWING'
         union all select 1 from due_item where created_by = $1 and kind like 'REPORT_%'
         union all select 1 from audit_log where actor_id = $1 and action like 'report.%'",
        reporter,
    )
    .await;
    assert!(
        traces.is_empty(),
        "{} rows lead to the reporter",
        traces.len()
    );
    // The inspector's notification says nothing of who reported.
    let ns = w.app.notifications(&w.committee_inspector).await;
    let n = ns
        .iter()
        .find(|n| n["kind"] == "WHISTLEBLOWING")
        .expect("handler told");
    assert!(
        !n.to_string().contains(&w.reporter_id) && !n.to_string().contains(&reporter.to_string())
    );
    // The case shows no reporter.
    let case = assert_ok!(
        w.app
            .gql(Some(&w.committee_inspector), CASE, json!({ "id": id }))
            .await
    );
    assert_eq!(case["reportCase"]["anonymous"], true);
    assert!(case["reportCase"]["reporterName"].is_null());
    // The body is ciphertext in the database.
    let sealed = owner_fetch(
        tenant,
        "select title_ct, body_ct from report where id = $1",
        report,
    )
    .await;
    let body: Vec<u8> = sqlx::Row::get(&sealed[0], "body_ct");
    let title: Vec<u8> = sqlx::Row::get(&sealed[0], "title_ct");
    let needle = "机密细节".as_bytes();
    assert!(!body.windows(needle.len()).any(|x| x == needle));
    assert!(!title.windows(6).any(|x| x == &"反映".as_bytes()[..6]));
    // Without login, the code opens it (typed with hyphens too); the id stays hidden.
    let seen = assert_ok!(
        w.app
            .gql(None, BY_RECEIPT, json!({ "c": receipt.replace(' ', "-") }))
            .await
    );
    assert_eq!(seen["reportByReceipt"]["title"], "反映支部党费收缴不规范");
    assert_eq!(seen["reportByReceipt"]["status"], "RECEIVED");
    assert!(seen["reportByReceipt"]["id"].is_null());
    // A wrong code does not.
    let wrong = format!("{}0", &digits[..19]);
    let wrong = if wrong == digits {
        format!("{}1", &digits[..19])
    } else {
        wrong
    };
    let missed = w.app.gql(None, BY_RECEIPT, json!({ "c": wrong })).await;
    assert_eq!(code(&missed), Some("NOT_FOUND"));
}

#[tokio::test]
async fn the_reporter_and_the_handler_talk_through_the_receipt_code() {
    // Arrange
    let w = world().await;
    let (receipt, _) = w.report_member(&w.accused_id, true).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;

    // Act
    assert_ok!(w.handle(&w.branch_inspector, &id, "ACCEPT", None).await);
    assert_ok!(
        w.app
            .gql(
                Some(&w.branch_inspector),
                "mutation($i: SendReportMessageInput!) { sendReportMessage(input: $i) { report { id } } }",
                json!({ "i": { "reportId": id, "body": "请补充具体时间。" } }),
            )
            .await
    );
    let replied = assert_ok!(
        w.app
            .gql(
                None,
                "mutation($i: ReplyByReceiptInput!) { replyByReceipt(input: $i) { messages { author body handlerName } } }",
                json!({ "i": { "receiptCode": receipt, "body": "2026年10月12日与11月3日。" } }),
            )
            .await
    );

    // Assert: the reporter reads the acceptance and the question, handlers unnamed; the
    // handler reads the answer, and is told of it.
    let msgs = replied["replyByReceipt"]["messages"]
        .as_array()
        .unwrap()
        .clone();
    let texts: Vec<&str> = msgs.iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        vec![
            "您反映的问题已受理，我们将依规依纪依法办理。",
            "请补充具体时间。",
            "2026年10月12日与11月3日。"
        ]
    );
    assert!(msgs.iter().all(|m| m["handlerName"].is_null()));
    let case = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let last = case["reportCase"]["messages"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["author"], "REPORTER");
    assert_eq!(
        case["reportCase"]["messages"][1]["handlerName"],
        "支部纪检委员"
    );
    let ns = w.app.notifications(&w.branch_inspector).await;
    assert!(
        ns.iter().any(|n| n["title"] == "检举人补充了信息"),
        "{ns:?}"
    );
}

#[tokio::test]
async fn wrong_receipt_codes_from_one_address_are_refused_after_ten() {
    // Arrange
    let w = world().await;
    let (receipt, _) = w.report_member(&w.accused_id, true).await;

    // Act
    let mut answers = Vec::new();
    for i in 0..11 {
        let guess = format!("{:020}", 12345678901234567u64 + i);
        answers.push(
            code(&w.app.gql(None, BY_RECEIPT, json!({ "c": guess })).await).map(str::to_string),
        );
    }
    let right_after = w.app.gql(None, BY_RECEIPT, json!({ "c": receipt })).await;

    // Assert
    assert!(
        answers[..10]
            .iter()
            .all(|c| c.as_deref() == Some("NOT_FOUND")),
        "{answers:?}"
    );
    assert_eq!(answers[10].as_deref(), Some("RATE_LIMITED"));
    assert_eq!(code(&right_after), Some("RATE_LIMITED"));
}

#[tokio::test]
async fn a_report_is_hidden_from_the_accused_inspector_and_from_an_administrator_who_is_not_a_handler()
 {
    // Arrange: the accused is an inspector of the committee too.
    let w = world().await;
    w.app
        .grant_role(
            &w.admin.token,
            json!({ "memberId": w.accused_id, "role": "discipline_inspector", "organizationId": w.committee }),
        )
        .await;
    w.report_member(&w.accused_id, false).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    let other = w.app.sign_up().await;

    // Act
    let accused_list = w.app.gql_ok(Some(&w.accused), CASES, json!({})).await;
    let accused_read = w.app.gql(Some(&w.accused), CASE, json!({ "id": id })).await;
    let admin_list = w.app.gql_ok(Some(&w.admin.token), CASES, json!({})).await;
    let admin_read = w
        .app
        .gql(Some(&w.admin.token), CASE, json!({ "id": id }))
        .await;
    let admin_act = w.handle(&w.admin.token, &id, "ACCEPT", None).await;
    let stranger_read = w
        .app
        .gql(Some(&other.token), CASE, json!({ "id": id }))
        .await;
    let stranger_act = w.handle(&other.token, &id, "ACCEPT", None).await;
    let handler_read = w
        .app
        .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
        .await;
    let upper_read = w
        .app
        .gql(Some(&w.committee_inspector), CASE, json!({ "id": id }))
        .await;

    // Assert: NOT_FOUND for all but the handlers of the branch (and above).
    assert!(nodes(&accused_list["reportCases"]).is_empty());
    assert!(nodes(&admin_list["reportCases"]).is_empty());
    for refused in [
        &accused_read,
        &admin_read,
        &admin_act,
        &stranger_read,
        &stranger_act,
    ] {
        assert_eq!(code(refused), Some("NOT_FOUND"), "{refused}");
    }
    let case = assert_ok!(handler_read);
    assert_eq!(case["reportCase"]["accusedName"], "被反映人");
    assert_eq!(case["reportCase"]["reporterName"], "检举人");
    assert_eq!(case["reportCase"]["handlingOrganizationName"], "第一党支部");
    assert_ok!(upper_read);
    // The accused was not told either.
    assert!(
        !w.app
            .notifications(&w.accused)
            .await
            .iter()
            .any(|n| n["kind"] == "WHISTLEBLOWING")
    );
}

#[tokio::test]
async fn a_report_about_an_orgs_head_lands_with_the_org_above() {
    // Arrange
    let w = world().await;

    // Act
    w.report_member(&w.head_id, false).await;
    let branch_list = w
        .app
        .gql_ok(Some(&w.branch_inspector), CASES, json!({}))
        .await;
    let id = w.case_id(&w.committee_inspector, "反映违规收受礼品").await;
    let case = assert_ok!(
        w.app
            .gql(Some(&w.committee_inspector), CASE, json!({ "id": id }))
            .await
    );
    let head_read = w.app.gql(Some(&w.head), CASE, json!({ "id": id })).await;

    // Assert
    assert!(nodes(&branch_list["reportCases"]).is_empty());
    assert_eq!(case["reportCase"]["routedUp"], true);
    assert_eq!(case["reportCase"]["handlingOrganizationName"], "机关党委");
    assert_eq!(case["reportCase"]["subjectOrganizationName"], "第一党支部");
    assert_eq!(code(&head_read), Some("NOT_FOUND"));
}

#[tokio::test]
async fn handling_follows_the_rules_and_keeps_a_real_name_reporter_informed() {
    // Arrange
    let w = world().await;
    let (_, mine) = w.report_member(&w.accused_id, false).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    assert_eq!(mine.as_deref(), Some(id.as_str()));

    // Act + Assert: a step the status does not allow is a CONFLICT; 不予受理 needs a reason.
    let early = w.handle(&w.branch_inspector, &id, "CONCLUDE", None).await;
    assert_eq!(code(&early), Some("CONFLICT"));
    let reasonless = w
        .handle(&w.branch_inspector, &id, "NOT_ACCEPT", Some("  "))
        .await;
    assert_eq!(code(&reasonless), Some("VALIDATION"));
    let accepted = assert_ok!(
        w.handle(&w.branch_inspector, &id, "ACCEPT", Some("属本级管辖"))
            .await
    );
    assert_eq!(accepted["handleReport"]["report"]["status"], "ACCEPTED");
    assert_eq!(
        accepted["handleReport"]["report"]["availableActions"],
        json!([
            "TRANSFER",
            "TALK_INQUIRY",
            "PRELIMINARY_VERIFICATION",
            "SHELVE",
            "CONCLUDE"
        ])
    );
    let again = w.handle(&w.branch_inspector, &id, "ACCEPT", None).await;
    assert_eq!(code(&again), Some("CONFLICT"));
    assert_ok!(
        w.handle(&w.branch_inspector, &id, "PRELIMINARY_VERIFICATION", None)
            .await
    );
    let concluded = assert_ok!(
        w.handle(
            &w.branch_inspector,
            &id,
            "CONCLUDE",
            Some("经核实，问题基本属实，已作处理。")
        )
        .await
    );
    let r = &concluded["handleReport"]["report"];
    assert_eq!(r["status"], "CONCLUDED");
    assert!(r["resultDueAt"].is_string() && r["resultNotifiedAt"].is_null());
    let closed = time(&r["closedAt"]);
    assert!(
        (time(&r["expiresAt"]) - closed - Duration::days(1825))
            .num_seconds()
            .abs()
            < 5
    );

    // The result feedback stops its deadline and joins the trail.
    let fed = assert_ok!(
        w.app
            .gql(
                Some(&w.branch_inspector),
                "mutation($i: SendReportMessageInput!) { sendReportMessage(input: $i) { report { resultNotifiedAt steps { action note actorName } } } }",
                json!({ "i": { "reportId": id, "body": "问题属实，已按规定处理。", "isResult": true } }),
            )
            .await
    );
    let steps = fed["sendReportMessage"]["report"]["steps"]
        .as_array()
        .unwrap()
        .clone();
    let actions: Vec<&str> = steps
        .iter()
        .map(|s| s["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        vec![
            "SUBMIT",
            "ACCEPT",
            "PRELIMINARY_VERIFICATION",
            "CONCLUDE",
            "RESULT_NOTICE"
        ]
    );
    assert_eq!(steps[1]["note"], "属本级管辖");
    assert_eq!(steps[1]["actorName"], "支部纪检委员");
    assert!(fed["sendReportMessage"]["report"]["resultNotifiedAt"].is_string());

    // The named reporter sees the conversation in 我的检举控告 and was notified, without the
    // handlers' names or the trail.
    let my = w
        .app
        .gql_ok(
            Some(&w.reporter),
            "{ myReports(first: 10) { edges { node { id status messages { author body handlerName } } } } }",
            json!({}),
        )
        .await;
    let mine = nodes(&my["myReports"]);
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["status"], "CONCLUDED");
    let bodies: Vec<&str> = mine[0]["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        vec![
            "您反映的问题已受理，我们将依规依纪依法办理。",
            "问题属实，已按规定处理。"
        ]
    );
    let ns = w.app.notifications(&w.reporter).await;
    assert!(
        ns.iter().any(|n| n["title"] == "您的检举控告：受理"),
        "{ns:?}"
    );
}

#[tokio::test]
async fn parallel_acceptances_of_one_report_let_exactly_one_through() {
    // Arrange
    let w = world().await;
    w.report_member(&w.accused_id, true).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;

    // Act
    let answers = join_all((0..6).map(|i| {
        let token = if i % 2 == 0 {
            &w.branch_inspector
        } else {
            &w.committee_inspector
        };
        w.handle(token, &id, "ACCEPT", Some("属本级管辖"))
    }))
    .await;

    // Assert
    let ok = answers.iter().filter(|a| a["errors"].is_null()).count();
    let conflicts = answers
        .iter()
        .filter(|a| code(a) == Some("CONFLICT"))
        .count();
    assert_eq!((ok, conflicts), (1, 5), "{answers:?}");
    let case = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let decided = case["reportCase"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["action"] != "SUBMIT")
        .count();
    assert_eq!(decided, 1);
}

#[tokio::test]
async fn bad_input_gets_typed_errors_and_writes_nothing() {
    // Arrange
    let w = world().await;
    let base =
        json!({ "organizationId": w.branch, "anonymous": false, "title": "标题", "body": "内容" });
    let with = |k: &str, v: Value| {
        let mut i = base.clone();
        i[k] = v;
        i
    };

    // Act
    let cases = vec![
        with("title", json!("标\u{0}题")),
        with("title", json!("长".repeat(101))),
        with("body", json!("")),
        with("body", json!("x".repeat(20_001))),
        with("organizationId", json!("not-an-id")),
        with("organizationId", json!(w.reporter_id)),
        with("accusedMemberId", json!(w.accused_id)),
        json!({ "anonymous": true, "title": "t", "body": "b" }),
        json!({ "accusedMemberId": w.reporter_id, "anonymous": false, "title": "t", "body": "b" }),
        with("fileTokens", json!(["txr_nothing"])),
    ];
    let mut codes = Vec::new();
    for input in cases {
        codes.push(code(&w.submit(&w.reporter, input).await).map(str::to_string));
    }
    let unknown = w
        .app
        .gql(
            Some(&w.branch_inspector),
            CASE,
            json!({ "id": "UmVwb3J0Q2FzZTp4" }),
        )
        .await;
    let anonymous_list = w.app.gql(None, CASES, json!({})).await;

    // Assert
    assert!(
        codes.iter().all(|c| c.as_deref() == Some("VALIDATION")),
        "{codes:?}"
    );
    assert_eq!(code(&unknown), Some("NOT_FOUND"));
    assert_eq!(code(&anonymous_list), Some("UNAUTHENTICATED"));
    let list = w
        .app
        .gql_ok(Some(&w.committee_inspector), CASES, json!({}))
        .await;
    assert!(nodes(&list["reportCases"]).is_empty());
}

/// Makes the moment `at` of a deadline due at `due` now for this due item alone (its due time
/// moves), scans and returns the reminder position the scan sent. A scan with a clock moved
/// forward instead would deliver every tenant's items, and delete other tests' reports.
async fn come_to(
    app: &tongxin_core::App,
    tenant: Uuid,
    item: Uuid,
    due: DateTime<Utc>,
    at: DateTime<Utc>,
) -> i32 {
    let now = Utc::now();
    // A second more, so that `at` is past whatever the database rounds the time to.
    let moved = due + (now - at) - Duration::seconds(1);
    owner_execute(
        tenant,
        &format!(
            "update due_item set due_at = '{}'::timestamptz where id = $1",
            moved.to_rfc3339()
        ),
        item,
    )
    .await;
    reminder::scan(app, now).await.unwrap();
    position_at(tenant, item, now).await
}

/// The reminder position a scan at `at` sends for `item` (the last offset whose time came).
async fn position_at(tenant: Uuid, item: Uuid, at: DateTime<Utc>) -> i32 {
    let rows = owner_fetch(
        tenant,
        "select due_at, offsets_minutes from due_item where id = $1",
        item,
    )
    .await;
    let due: DateTime<Utc> = sqlx::Row::get(&rows[0], "due_at");
    let offsets: Vec<i32> = sqlx::Row::get(&rows[0], "offsets_minutes");
    let n = offsets
        .iter()
        .take_while(|o| due + Duration::minutes(i64::from(**o)) <= at)
        .count();
    assert!(n > 0, "no reminder is due at {at}");
    i32::try_from(n).unwrap()
}

/// A due item of a report, read as the database owner inside the tenant.
async fn due(tenant: Uuid, report: Uuid, column: &str) -> Option<Uuid> {
    let rows = owner_fetch(
        tenant,
        &format!("select {column} as item from report where id = $1"),
        report,
    )
    .await;
    sqlx::Row::get(&rows[0], "item")
}

#[tokio::test]
async fn the_acceptance_deadline_counts_working_days_and_is_reminded_then_escalated() {
    // Arrange
    let w = world().await;
    let owner = owner_pool().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    w.report_member(&w.accused_id, false).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    let case = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let c = &case["reportCase"];
    let item = due(tenant, uuid_of(&id), "due_item_id").await.unwrap();

    // Assert: 15 and 5 working days by the tenant's calendar.
    let calendar = w
        .app
        .gql_ok(
            Some(&w.reporter),
            "query($f: DateTime!) { a: workingDayDeadline(from: $f, workingDays: 15) t: workingDayDeadline(from: $f, workingDays: 5) }",
            json!({ "f": c["createdAt"] }),
        )
        .await;
    assert_eq!(time(&c["acceptanceDueAt"]), time(&calendar["a"]));
    assert_eq!(time(&c["transferDueAt"]), time(&calendar["t"]));
    let due_at = time(&c["acceptanceDueAt"]);

    // Act + Assert: before the deadline the branch's inspector is reminded, never the accused.
    let before = come_to(&w.app.app, tenant, item, due_at, due_at - Duration::days(1)).await;
    reminders::run(&w.app.app, &owner, tenant, item, before).await;
    let titles = |ns: Vec<Value>| {
        ns.into_iter()
            .filter_map(|n| n["title"].as_str().map(str::to_string))
            .filter(|t| t.starts_with("检举控告受理"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        titles(w.app.notifications(&w.branch_inspector).await),
        vec!["检举控告受理临期提醒"]
    );

    // After it: escalation to the committee's inspector, recorded in the trail.
    let last = come_to(&w.app.app, tenant, item, due_at, due_at + Duration::days(1)).await;
    reminders::run(&w.app.app, &owner, tenant, item, last).await;
    assert!(
        titles(w.app.notifications(&w.committee_inspector).await)
            .contains(&"检举控告受理逾期督办".to_string())
    );
    assert!(titles(w.app.notifications(&w.accused).await).is_empty());
    let after = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let steps = after["reportCase"]["steps"].as_array().unwrap();
    assert!(steps.iter().any(|s| s["action"] == "ESCALATE"));

    // Once accepted, nothing more is sent.
    assert_ok!(w.handle(&w.branch_inspector, &id, "ACCEPT", None).await);
    assert_eq!(
        reminders::run(&w.app.app, &owner, tenant, item, last).await,
        0
    );
}

#[tokio::test]
async fn a_closed_report_is_deleted_with_its_evidence_and_receipt_when_retention_ends() {
    // Arrange: a report with a file, not accepted (closed).
    let w = world().await;
    let owner = owner_pool().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    let token = upload(
        &w.app,
        &w.reporter,
        "证据.pdf",
        "application/pdf",
        b"%PDF-1.4 secret evidence".to_vec(),
    )
    .await;
    let data = assert_ok!(
        w.submit(
            &w.reporter,
            json!({ "accusedMemberId": w.accused_id, "anonymous": true, "title": "有证据的反映",
                    "body": "见附件。", "fileTokens": [token] }),
        )
        .await
    );
    let receipt = data["submitReport"]["receiptCode"]
        .as_str()
        .unwrap()
        .to_string();
    let id = w.case_id(&w.branch_inspector, "有证据的反映").await;
    let report = uuid_of(&id);
    let case = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let file = case["reportCase"]["files"][0].clone();
    let storage = owner_fetch(
        tenant,
        "select storage_key from report_file where report_id = $1",
        report,
    )
    .await;
    let storage_key: String = sqlx::Row::get(&storage[0], "storage_key");
    let stored = stored_bytes(&w.app, &storage_key)
        .await
        .expect("object stored");
    assert!(
        !stored.windows(6).any(|x| x == b"secret"),
        "evidence is sealed at rest"
    );
    assert_eq!(file["name"], "证据.pdf");

    // The handler downloads it opened; the accused, the administrator and a stranger get 404.
    let got = w
        .app
        .http
        .get(format!("{}{}", w.app.base, file["url"].as_str().unwrap()))
        .bearer_auth(&w.branch_inspector)
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(
        got.bytes().await.unwrap().as_ref(),
        b"%PDF-1.4 secret evidence"
    );
    let other = w.app.sign_up().await;
    for who in [&w.accused, &w.admin.token, &other.token] {
        let refused = w
            .app
            .http
            .get(format!("{}{}", w.app.base, file["url"].as_str().unwrap()))
            .bearer_auth(who)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 404);
    }
    assert_ok!(
        w.handle(
            &w.branch_inspector,
            &id,
            "NOT_ACCEPT",
            Some("不属于纪检监察受理范围")
        )
        .await
    );
    let item = due(tenant, report, "retention_item_id").await.unwrap();
    let after = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let expires = time(&after["reportCase"]["expiresAt"]);

    // Act: 30 days before the end the handlers are told; at the end it goes.
    let first = come_to(
        &w.app.app,
        tenant,
        item,
        expires,
        expires - Duration::days(29),
    )
    .await;
    reminders::run(&w.app.app, &owner, tenant, item, first).await;
    let warned = w.app.notifications(&w.branch_inspector).await;
    let last = come_to(
        &w.app.app,
        tenant,
        item,
        expires,
        expires + Duration::minutes(1),
    )
    .await;
    reminders::run(&w.app.app, &owner, tenant, item, last).await;

    // Assert
    assert!(
        warned
            .iter()
            .any(|n| n["title"] == "检举控告即将按保存期限删除")
    );
    let gone = w
        .app
        .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
        .await;
    assert_eq!(code(&gone), Some("NOT_FOUND"));
    let by_code = w.app.gql(None, BY_RECEIPT, json!({ "c": receipt })).await;
    assert_eq!(code(&by_code), Some("NOT_FOUND"));
    assert!(
        stored_bytes(&w.app, &storage_key).await.is_none(),
        "the object is deleted"
    );
    for table in ["report", "report_message", "report_step", "report_file"] {
        let column = if table == "report" { "id" } else { "report_id" };
        let left = owner_fetch(
            tenant,
            &format!("select 1 from {table} where {column} = $1"),
            report,
        )
        .await;
        assert!(left.is_empty(), "{table} keeps rows");
    }
}

async fn upload(
    app: &TestApp,
    token: &str,
    name: &str,
    content_type: &str,
    bytes: Vec<u8>,
) -> String {
    let res = app
        .http
        .post(format!("{}/reports/files", app.base))
        .query(&[("name", name)])
        .header("content-type", content_type)
        .bearer_auth(token)
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    body["token"].as_str().unwrap().to_string()
}

async fn stored_bytes(app: &TestApp, key: &str) -> Option<Vec<u8>> {
    use futures::TryStreamExt;
    let stream = app.app.files.stream(key).await.ok()?;
    let parts: Vec<_> = stream.try_collect().await.ok()?;
    Some(parts.iter().flat_map(|b| b.iter().copied()).collect())
}

#[tokio::test]
async fn uploads_refuse_bad_files_and_need_a_session() {
    // Arrange
    let w = world().await;

    // Act
    let exe = w
        .app
        .http
        .post(format!("{}/reports/files?name=a.exe", w.app.base))
        .header("content-type", "application/x-msdownload")
        .bearer_auth(&w.reporter)
        .body(vec![1u8; 10])
        .send()
        .await
        .unwrap();
    let nameless = w
        .app
        .http
        .post(format!("{}/reports/files", w.app.base))
        .header("content-type", "application/pdf")
        .bearer_auth(&w.reporter)
        .body(vec![1u8; 10])
        .send()
        .await
        .unwrap();
    let anonymous = w
        .app
        .http
        .post(format!("{}/reports/files?name=a.pdf", w.app.base))
        .header("content-type", "application/pdf")
        .body(vec![1u8; 10])
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(exe.status(), 400);
    assert_eq!(nameless.status(), 400);
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn a_kek_rotation_rewraps_the_tenant_keys_and_reports_still_open_under_the_new_kek_alone() {
    // Arrange: a node whose KEK is k1, and a report sealed under it.
    let (k1, k2) = (
        whistleblowing::crypto::new_key(),
        whistleblowing::crypto::new_key(),
    );
    let entry = |id: &str, k| whistleblowing::crypto::format_entry(id, k);
    let mut c1 = tongxin_tests::config();
    c1.reports.kek = Some(entry("k1", &k1));
    let w = world_on(TestApp::spawn_with(c1).await).await;
    w.report_member(&w.accused_id, false).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    let tenant = w.app.tenant_id(&w.admin.token).await;

    // Act: k2 becomes current with k1 retired, the keys are rotated, then k1 is dropped.
    let mut c2 = tongxin_tests::config();
    c2.reports.kek = Some(entry("k2", &k2));
    c2.reports.retired_keks = Some(entry("k1", &k1));
    let node2 = TestApp::spawn_with(c2).await;
    let rotation = whistleblowing::keys::rotate(&node2.app).await.unwrap();
    let mut c3 = tongxin_tests::config();
    c3.reports.kek = Some(entry("k2", &k2));
    let node3 = TestApp::spawn_with(c3).await;
    let read = node3
        .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
        .await;
    let again = whistleblowing::keys::rotate(&node2.app).await.unwrap();

    // Assert
    assert!(rotation.rewrapped >= 1, "{rotation:?}");
    let kek = owner_fetch(
        tenant,
        "select kek_id from report_key where tenant_id = $1",
        tenant,
    )
    .await;
    assert_eq!(sqlx::Row::get::<String, _>(&kek[0], "kek_id"), "k2");
    let read = assert_ok!(read);
    assert_eq!(
        read["reportCase"]["body"],
        "多次收受供应商购物卡，约三千元。"
    );
    assert_eq!(again.rewrapped, 0);
}

#[tokio::test]
async fn every_report_operation_from_another_tenant_is_not_found_beside_its_positive_control() {
    // Arrange
    let w = world().await;
    let (receipt, _) = w.report_member(&w.accused_id, false).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    let other = w.app.sign_up().await;
    let t = other.token.clone();
    let org = w.app.create_org(&t, None, "外单位党委", "PARTY").await;
    let (outsider, outsider_id) = w.app.join(&t, &org, "外单位纪检").await;
    w.app
        .grant_role(
            &t,
            json!({ "memberId": outsider_id, "role": "discipline_inspector" }),
        )
        .await;

    // Act + Assert: each operation with the other tenant's inspector, then the handler.
    let message =
        "mutation($i: SendReportMessageInput!) { sendReportMessage(input: $i) { report { id } } }";
    let reply = "mutation($i: ReplyToMyReportInput!) { replyToMyReport(input: $i) { title } } ";
    let ops: Vec<(&str, Value)> = vec![
        (CASE, json!({ "id": id })),
        (
            HANDLE,
            json!({ "i": { "reportId": id, "action": "ACCEPT" } }),
        ),
        (message, json!({ "i": { "reportId": id, "body": "你好" } })),
        (reply, json!({ "i": { "reportId": id, "body": "补充" } })),
    ];
    for (query, vars) in &ops {
        let refused = w.app.gql(Some(&outsider), query, vars.clone()).await;
        assert_eq!(code(&refused), Some("NOT_FOUND"), "{query}: {refused}");
    }
    let list = w.app.gql_ok(Some(&outsider), CASES, json!({})).await;
    assert!(nodes(&list["reportCases"]).is_empty());
    let mine = w
        .app
        .gql_ok(
            Some(&outsider),
            "{ myReports { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert!(nodes(&mine["myReports"]).is_empty());
    let about_foreign = w
        .submit(
            &w.reporter,
            json!({ "organizationId": org, "anonymous": true, "title": "t", "body": "b" }),
        )
        .await;
    assert_eq!(code(&about_foreign), Some("VALIDATION"));
    // Positive controls.
    assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    assert_ok!(
        w.app
            .gql(
                Some(&w.branch_inspector),
                message,
                json!({ "i": { "reportId": id, "body": "你好" } })
            )
            .await
    );
    assert_ok!(
        w.app
            .gql(
                Some(&w.reporter),
                reply,
                json!({ "i": { "reportId": id, "body": "补充" } })
            )
            .await
    );
    assert_ok!(w.app.gql(None, BY_RECEIPT, json!({ "c": receipt })).await);
    assert_ok!(w.handle(&w.branch_inspector, &id, "ACCEPT", None).await);
}

#[tokio::test]
async fn the_transfer_deadline_is_reminded_but_never_escalated_and_stops_once_decided() {
    // Arrange
    let w = world().await;
    let owner = owner_pool().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    w.report_member(&w.accused_id, true).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;
    let case = assert_ok!(
        w.app
            .gql(Some(&w.branch_inspector), CASE, json!({ "id": id }))
            .await
    );
    let due_at = time(&case["reportCase"]["transferDueAt"]);
    let item = due(tenant, uuid_of(&id), "transfer_item_id").await.unwrap();
    let titles = |ns: Vec<Value>| {
        ns.into_iter()
            .filter_map(|n| n["title"].as_str().map(str::to_string))
            .filter(|t| t.starts_with("检举控告转办"))
            .collect::<Vec<_>>()
    };

    // Act
    let before = come_to(&w.app.app, tenant, item, due_at, due_at - Duration::days(1)).await;
    let told = reminders::run(&w.app.app, &owner, tenant, item, before).await;
    let after = come_to(&w.app.app, tenant, item, due_at, due_at + Duration::days(1)).await;
    let escalated = reminders::run(&w.app.app, &owner, tenant, item, after).await;

    // Assert
    assert_eq!(told, 1);
    assert_eq!(
        titles(w.app.notifications(&w.branch_inspector).await),
        vec!["检举控告转办临期提醒"]
    );
    assert_eq!(escalated, 0);
    assert!(titles(w.app.notifications(&w.committee_inspector).await).is_empty());
    // Decided: the item is closed and its reminders stop.
    assert_ok!(w.handle(&w.branch_inspector, &id, "ACCEPT", None).await);
    let status = owner_fetch(tenant, "select status from due_item where id = $1", item).await;
    assert_eq!(
        sqlx::Row::get::<String, _>(&status[0], "status"),
        "CANCELLED"
    );
    assert_eq!(
        reminders::run(&w.app.app, &owner, tenant, item, before).await,
        0
    );
}

#[tokio::test]
async fn listing_reports_is_on_record_with_the_reports_listed() {
    // Arrange
    let w = world().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    w.report_member(&w.accused_id, true).await;
    let id = w.case_id(&w.branch_inspector, "反映违规收受礼品").await;

    // Act: case_id listed the reports as the branch's inspector.
    let rows = owner_fetch(
        tenant,
        "select detail::text as detail from audit_log where action = 'report.list' and actor_id = $1",
        uuid_of(&w.branch_inspector_id(&w.app).await),
    )
    .await;

    // Assert
    assert_eq!(rows.len(), 1);
    let detail: String = sqlx::Row::get(&rows[0], "detail");
    assert!(detail.contains(&uuid_of(&id).to_string()), "{detail}");
}

#[tokio::test]
async fn a_production_node_refuses_to_start_without_a_report_kek() {
    // Arrange
    let mut cfg = tongxin_tests::config();
    cfg.env = "prod".into();
    cfg.reports.kek = None;

    // Act
    let built = tongxin_api::Application::build(cfg).await;

    // Assert
    let err = built
        .err()
        .expect("a prod node without reports.kek must not start");
    assert!(err.to_string().contains("reports.kek"), "{err}");
}

//! Supervision tasks (督办任务): issued to orgs of the issuer's sub-tree, reported back by each
//! receiving org, reviewed by the issuer; refused from the wrong state, by place and across
//! tenants; parallel reports of one org: one wins.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code};

/// A grid tree: 网格化管理中心 (the admin holds org_admin tenant-wide) → 第一片区 (issuer
/// officer) → 网格一 / 网格二, each grid with an officer of its own, and a plain member of grid
/// one.
pub struct Tree {
    pub admin: String,
    pub center: String,
    pub area: String,
    pub grid_a: String,
    pub grid_b: String,
    pub issuer: String,
    pub officer_a: String,
    pub officer_b: String,
    pub plain: String,
}

pub async fn tree(app: &TestApp) -> Tree {
    let t = app.sign_up().await;
    let center = app
        .create_org(&t.token, None, "网格化管理中心", "GRID")
        .await;
    let area = app
        .create_org(&t.token, Some(&center), "第一片区", "GRID")
        .await;
    let grid_a = app
        .create_org(&t.token, Some(&area), "网格一", "GRID")
        .await;
    let grid_b = app
        .create_org(&t.token, Some(&area), "网格二", "GRID")
        .await;
    let (issuer, issuer_id) = app.join(&t.token, &area, "片区主任").await;
    app.assign_position(&t.token, &area, &issuer_id, "片区主任", "2026-01-01")
        .await;
    let (officer_a, a_id) = app.join(&t.token, &grid_a, "网格长甲").await;
    app.assign_position(&t.token, &grid_a, &a_id, "网格长", "2026-01-01")
        .await;
    let (officer_b, b_id) = app.join(&t.token, &grid_b, "网格长乙").await;
    app.assign_position(&t.token, &grid_b, &b_id, "网格长", "2026-01-01")
        .await;
    let (plain, _) = app.join(&t.token, &grid_a, "居民丙").await;
    Tree {
        admin: t.token,
        center,
        area,
        grid_a,
        grid_b,
        issuer,
        officer_a,
        officer_b,
        plain,
    }
}

const TASK_FIELDS: &str = "id number orgName title overdue total reported closed targets { orgId orgName state report reviewNote reportedByName overdue }";

pub async fn create_task(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: CreateSupervisionTaskInput!) {{ createSupervisionTask(input: $i) {{ task {{ {TASK_FIELDS} }} }} }}"),
        json!({ "i": input }),
    )
    .await
}

pub async fn report(app: &TestApp, token: &str, task: &str, org: &str, text: &str) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: ReportSupervisionTaskInput!) {{ reportSupervisionTask(input: $i) {{ task {{ {TASK_FIELDS} }} }} }}"),
        json!({ "i": { "taskId": task, "orgId": org, "report": text } }),
    )
    .await
}

async fn review(
    app: &TestApp,
    token: &str,
    task: &str,
    org: &str,
    accept: bool,
    note: Option<&str>,
) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: ReviewSupervisionTaskInput!) {{ reviewSupervisionTask(input: $i) {{ task {{ {TASK_FIELDS} }} }} }}"),
        json!({ "i": { "taskId": task, "orgId": org, "accept": accept, "note": note } }),
    )
    .await
}

async fn get_task(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(
        Some(token),
        &format!("query($id: ID!) {{ supervisionTask(id: $id) {{ {TASK_FIELDS} }} }}"),
        json!({ "id": id }),
    )
    .await
}

fn target<'a>(task: &'a Value, org: &str) -> &'a Value {
    task["targets"]
        .as_array()
        .and_then(|ts| ts.iter().find(|t| t["orgId"] == org))
        .unwrap_or_else(|| panic!("no target {org} in {task}"))
}

pub async fn issue(app: &TestApp, tr: &Tree, due_in: Duration) -> String {
    let made = assert_ok!(
        create_task(
            app,
            &tr.issuer,
            json!({ "orgId": tr.area, "title": "排查辖区燃气安全隐患", "description": "逐户排查并报送台账",
                    "dueAt": Utc::now() + due_in, "targetOrgIds": [tr.grid_a, tr.grid_b] }),
        )
        .await
    );
    made["createSupervisionTask"]["task"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_task_goes_from_issue_to_report_to_review_and_each_side_is_told() {
    // Arrange
    let app = TestApp::spawn().await;
    let tr = tree(&app).await;

    // Act: the area's officer issues a task to both grids (one named twice).
    let made = assert_ok!(
        create_task(
            &app,
            &tr.issuer,
            json!({ "orgId": tr.area, "title": "排查辖区燃气安全隐患", "description": "逐户排查并报送台账",
                    "dueAt": Utc::now() + Duration::days(3), "targetOrgIds": [tr.grid_a, tr.grid_b, tr.grid_a] }),
        )
        .await
    );
    let task = &made["createSupervisionTask"]["task"];
    let id = task["id"].as_str().unwrap().to_string();

    // Assert: numbered, two targets dispatched, each grid's officer told.
    assert!(
        task["number"].as_str().unwrap().starts_with("DB-"),
        "{task}"
    );
    assert_eq!(
        task["number"].as_str().unwrap().len(),
        "DB-2026-000001".len()
    );
    assert_eq!(
        (task["total"].as_i64(), task["reported"].as_i64()),
        (Some(2), Some(0))
    );
    assert_eq!(target(task, &tr.grid_a)["state"], "DISPATCHED");
    assert!(
        app.notifications(&tr.officer_a)
            .await
            .iter()
            .any(|n| n["kind"] == "TASK" && n["title"].as_str().unwrap().contains("燃气")),
        "grid one's officer is told"
    );

    // Act: grid one reports; a second report from FEEDBACK is refused.
    let reported = assert_ok!(
        report(
            &app,
            &tr.officer_a,
            &id,
            &tr.grid_a,
            "已排查 120 户，发现隐患 3 处"
        )
        .await
    );
    let t1 = &reported["reportSupervisionTask"]["task"];
    assert_eq!(target(t1, &tr.grid_a)["state"], "FEEDBACK");
    assert_eq!(target(t1, &tr.grid_a)["reportedByName"], "网格长甲");
    assert_eq!(
        code(&report(&app, &tr.officer_a, &id, &tr.grid_a, "再报一次").await),
        Some("CONFLICT")
    );
    assert!(
        app.notifications(&tr.issuer)
            .await
            .iter()
            .any(|n| n["title"].as_str().unwrap().starts_with("任务报送")),
        "the issuer is told of the report"
    );

    // Reviewing grid two before it reported is refused; grid one's report is accepted.
    assert_eq!(
        code(&review(&app, &tr.issuer, &id, &tr.grid_b, true, None).await),
        Some("CONFLICT")
    );
    let closed =
        assert_ok!(review(&app, &tr.issuer, &id, &tr.grid_a, true, Some("台账完整")).await);
    let t2 = &closed["reviewSupervisionTask"]["task"];
    assert_eq!(target(t2, &tr.grid_a)["state"], "CLOSED");
    assert_eq!(t2["closed"], 1);

    // Grid two reports, is returned with a note (DISPATCHED again), and returning needs a note.
    assert_ok!(report(&app, &tr.officer_b, &id, &tr.grid_b, "已排查").await);
    let no_note = review(&app, &tr.issuer, &id, &tr.grid_b, false, None).await;
    assert_eq!(code(&no_note), Some("VALIDATION"), "{no_note}");
    let returned = assert_ok!(
        review(
            &app,
            &tr.issuer,
            &id,
            &tr.grid_b,
            false,
            Some("请补充隐患整改情况")
        )
        .await
    );
    let t3 = &returned["reviewSupervisionTask"]["task"];
    assert_eq!(target(t3, &tr.grid_b)["state"], "DISPATCHED");
    assert_eq!(target(t3, &tr.grid_b)["reviewNote"], "请补充隐患整改情况");
    assert_eq!(
        code(&review(&app, &tr.issuer, &id, &tr.grid_a, false, Some("x")).await),
        Some("CONFLICT"),
        "a closed target cannot be reviewed again"
    );

    // Each receiving org sees the task with its own part only; the issuer sees both.
    let mine = assert_ok!(
        app.gql(
            Some(&tr.officer_a),
            "{ supervisionTasks { edges { node { id targets { orgId state } } } } }",
            json!({}),
        )
        .await
    );
    let list = tongxin_tests::nodes(&mine["supervisionTasks"]);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["targets"].as_array().unwrap().len(), 1);
    assert_eq!(list[0]["targets"][0]["orgId"], tr.grid_a.as_str());
    let full = assert_ok!(get_task(&app, &tr.issuer, &id).await);
    assert_eq!(full["supervisionTask"]["total"], 2);
    let node = assert_ok!(
        app.gql(
            Some(&tr.admin),
            "query($id: ID!) { node(id: $id) { ... on SupervisionTask { number } } }",
            json!({ "id": id }),
        )
        .await
    );
    assert_eq!(node["node"]["number"], full["supervisionTask"]["number"]);
}

#[tokio::test]
async fn tasks_are_refused_outside_the_sub_tree_and_for_bad_input() {
    // Arrange
    let app = TestApp::spawn().await;
    let tr = tree(&app).await;
    let due = Utc::now() + Duration::days(3);
    let base = |targets: Value| json!({ "orgId": tr.area, "title": "任务", "description": "", "dueAt": due, "targetOrgIds": targets });

    // Act / Assert: the issuing org itself and an org above it are not targets.
    for targets in [json!([tr.area]), json!([tr.center]), json!([])] {
        let body = create_task(&app, &tr.issuer, base(targets.clone())).await;
        assert_eq!(code(&body), Some("VALIDATION"), "{targets}: {body}");
    }
    // Positive control: the same input with a grid below succeeds.
    assert_ok!(create_task(&app, &tr.issuer, base(json!([tr.grid_a]))).await);

    // A past deadline, a NUL in the title, an over-long title, a wrong kind of ID.
    let mut past = base(json!([tr.grid_a]));
    past["dueAt"] = json!(Utc::now() - Duration::hours(1));
    assert_eq!(
        code(&create_task(&app, &tr.issuer, past).await),
        Some("VALIDATION")
    );
    let mut nul = base(json!([tr.grid_a]));
    nul["title"] = json!("任务\u{0}");
    assert_eq!(
        code(&create_task(&app, &tr.issuer, nul).await),
        Some("VALIDATION")
    );
    let mut long = base(json!([tr.grid_a]));
    long["title"] = json!("长".repeat(101));
    assert_eq!(
        code(&create_task(&app, &tr.issuer, long).await),
        Some("VALIDATION")
    );
    let mut wrong = base(json!([tr.grid_a]));
    wrong["orgId"] = json!("not-an-id");
    assert_eq!(
        code(&create_task(&app, &tr.issuer, wrong).await),
        Some("NOT_FOUND")
    );

    // A grid officer cannot issue for the area (no grid:write there): NOT_FOUND.
    assert_eq!(
        code(&create_task(&app, &tr.officer_a, base(json!([tr.grid_b]))).await),
        Some("NOT_FOUND")
    );
}

#[tokio::test]
async fn an_officer_of_a_sibling_grid_or_a_plain_member_cannot_act_for_another_grid() {
    // Arrange
    let app = TestApp::spawn().await;
    let tr = tree(&app).await;
    let id = issue(&app, &tr, Duration::days(3)).await;

    // Act / Assert: grid two's officer reporting for grid one, a plain member of grid one.
    assert_eq!(
        code(&report(&app, &tr.officer_b, &id, &tr.grid_a, "代报").await),
        Some("NOT_FOUND")
    );
    assert_eq!(
        code(&report(&app, &tr.plain, &id, &tr.grid_a, "代报").await),
        Some("NOT_FOUND")
    );
    assert_eq!(
        code(&get_task(&app, &tr.plain, &id).await),
        Some("NOT_FOUND")
    );
    // A receiving org's officer cannot review (issuer side only).
    assert_ok!(report(&app, &tr.officer_a, &id, &tr.grid_a, "已办").await);
    assert_eq!(
        code(&review(&app, &tr.officer_a, &id, &tr.grid_a, true, None).await),
        Some("NOT_FOUND")
    );
    // Positive control: grid two's officer reports for grid two.
    assert_ok!(report(&app, &tr.officer_b, &id, &tr.grid_b, "已办").await);
}

#[tokio::test]
async fn a_task_of_one_tenant_is_not_found_from_another() {
    // Arrange
    let app = TestApp::spawn().await;
    let tr = tree(&app).await;
    let other = tree(&app).await;
    let id = issue(&app, &tr, Duration::days(3)).await;

    // Act / Assert: positive controls in the task's tenant …
    assert_ok!(get_task(&app, &tr.admin, &id).await);
    // … and NOT_FOUND for the other tenant's admin and officers, by every path.
    assert_eq!(
        code(&get_task(&app, &other.admin, &id).await),
        Some("NOT_FOUND")
    );
    let node = app
        .gql(
            Some(&other.admin),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&node), Some("NOT_FOUND"));
    assert_eq!(
        code(&report(&app, &other.officer_a, &id, &other.grid_a, "报送").await),
        Some("NOT_FOUND")
    );
    assert_eq!(
        code(&review(&app, &other.admin, &id, &tr.grid_a, true, None).await),
        Some("NOT_FOUND")
    );
    let listed = assert_ok!(
        app.gql(
            Some(&other.admin),
            "{ supervisionTasks { edges { node { id } } } }",
            json!({})
        )
        .await
    );
    assert!(tongxin_tests::nodes(&listed["supervisionTasks"]).is_empty());
    // Another tenant's orgs cannot be targets.
    let body = create_task(
        &app,
        &tr.issuer,
        json!({ "orgId": tr.area, "title": "任务", "description": "", "dueAt": Utc::now() + Duration::days(1), "targetOrgIds": [other.grid_a] }),
    )
    .await;
    assert_eq!(code(&body), Some("VALIDATION"), "{body}");
}

#[tokio::test]
async fn parallel_reports_of_one_org_let_exactly_one_win() {
    // Arrange
    let app = TestApp::spawn().await;
    let tr = tree(&app).await;
    let id = issue(&app, &tr, Duration::days(3)).await;

    // Act: the grid's officer and the admin report for grid one at once, several times over.
    let attempts = futures::future::join_all((0..6).map(|i| {
        let token = if i % 2 == 0 { &tr.officer_a } else { &tr.admin };
        report(&app, token, &id, &tr.grid_a, "同时报送")
    }))
    .await;

    // Assert
    let won = attempts.iter().filter(|b| code(b).is_none()).count();
    let conflicts = attempts
        .iter()
        .filter(|b| code(b) == Some("CONFLICT"))
        .count();
    assert_eq!((won, conflicts), (1, 5), "{attempts:?}");
}

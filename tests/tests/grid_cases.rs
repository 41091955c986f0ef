//! Grid cases through the API: the seven steps with their timeline and timers, each wrong
//! state refused, permissions by role and place, the reporter's privacy, hostile inputs,
//! numbers under parallel reports, one winner among parallel transitions, and grid workers'
//! assignments with their grant.

use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, nodes, owner_pool, uuid_of};

const CASE: &str = "query($id: ID!) { gridCase(id: $id) { id number state overdue dueAt acceptDueAt
    reporterId reporterName reporterHidden isMine assigneeName dispatcherName actions rating resolved
    photos { fileId url } timeline { kind fromState toState actorName note files { fileId url } } } }";

/// A tenant with two areas (片区) each holding a grid, an officer of each area, a grid worker
/// of the first grid, and three plain members: two reporters and a handler.
struct World {
    app: TestApp,
    admin: Tenant,
    grid1: String,
    grid2: String,
    area_a: String,
    officer_a: String,
    officer_b: String,
    worker: String,
    worker_id: String,
    member_a: String,
    member_b: String,
    member_b_id: String,
    handler: String,
    handler_id: String,
}

async fn world() -> World {
    world_on(TestApp::spawn().await).await
}

async fn world_on(app: TestApp) -> World {
    let admin = app.sign_up().await;
    let t = admin.token.clone();
    let area_a = app.create_org(&t, None, "东城片区", "GRID").await;
    let grid1 = app
        .create_org(&t, Some(&area_a), "东城一网格", "GRID")
        .await;
    let area_b = app.create_org(&t, None, "西城片区", "GRID").await;
    let grid2 = app
        .create_org(&t, Some(&area_b), "西城一网格", "GRID")
        .await;
    let (officer_a, officer_a_id) = app.join(&t, &area_a, "东城书记").await;
    app.assign_position(&t, &area_a, &officer_a_id, "书记", "2026-01-01")
        .await;
    let (officer_b, officer_b_id) = app.join(&t, &area_b, "西城书记").await;
    app.assign_position(&t, &area_b, &officer_b_id, "书记", "2026-01-01")
        .await;
    let (worker, worker_id) = app.join(&t, &grid1, "网格员小王").await;
    app.assign_grid_worker(&t, &grid1, &worker_id).await;
    let (member_a, _) = app.join(&t, &grid1, "居民甲").await;
    let (member_b, member_b_id) = app.join(&t, &grid1, "居民乙").await;
    let (handler, handler_id) = app.join(&t, &grid2, "承办人老李").await;
    World {
        app,
        admin,
        grid1,
        grid2,
        area_a,
        officer_a,
        officer_b,
        worker,
        worker_id,
        member_a,
        member_b,
        member_b_id,
        handler,
        handler_id,
    }
}

impl World {
    async fn case(&self, token: &str, id: &str) -> Value {
        self.app.gql(Some(token), CASE, json!({ "id": id })).await
    }

    async fn step(&self, token: &str, mutation: &str, input: Value) -> Value {
        self.app.grid_case_step(token, mutation, input).await
    }

    async fn ok(&self, token: &str, mutation: &str, input: Value) -> Value {
        let body = self.step(token, mutation, input).await;
        assert_ok!(body)[mutation]["case"].clone()
    }

    async fn dispatched_to_handler(&self, reporter: &str, extra: Value) -> String {
        let (id, _) = self
            .app
            .report_grid_case(reporter, &self.grid1, "楼道堆物", extra)
            .await;
        self.ok(&self.officer_a, "acceptGridCase", json!({ "caseId": id }))
            .await;
        self.ok(
            &self.officer_a,
            "dispatchGridCase",
            json!({ "caseId": id, "assigneeMemberId": self.handler_id }),
        )
        .await;
        id
    }
}

fn message(body: &Value) -> String {
    body["errors"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn kinds(case: &Value) -> Vec<String> {
    case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn actions(case: &Value) -> Vec<String> {
    case["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_case_walks_the_seven_steps_with_a_timeline_row_per_step_and_its_timers_closed() {
    // Arrange
    let w = world().await;
    let photo = w.app.upload_image(&w.member_a).await;
    let (id, number) = w
        .app
        .report_grid_case(
            &w.member_a,
            &w.grid1,
            "楼道堆物",
            json!({ "photoFileIds": [photo] }),
        )
        .await;
    let reported = assert_ok!(w.case(&w.officer_a, &id).await)["gridCase"].clone();

    // Act
    w.ok(
        &w.officer_a,
        "acceptGridCase",
        json!({ "caseId": id, "note": "属实" }),
    )
    .await;
    let dispatched = w
        .ok(
            &w.officer_a,
            "dispatchGridCase",
            json!({ "caseId": id, "assigneeMemberId": w.handler_id, "note": "请尽快处理" }),
        )
        .await;
    let handler_sees = assert_ok!(w.case(&w.handler, &id).await)["gridCase"].clone();
    let started = w
        .ok(&w.handler, "startGridCase", json!({ "caseId": id }))
        .await;
    let proof = w.app.upload_image(&w.handler).await;
    w.ok(
        &w.handler,
        "submitGridCaseFeedback",
        json!({ "caseId": id, "note": "已清理", "photoFileIds": [proof] }),
    )
    .await;
    w.ok(
        &w.officer_a,
        "reopenGridCase",
        json!({ "caseId": id, "reason": "仍有杂物" }),
    )
    .await;
    w.ok(
        &w.handler,
        "submitGridCaseFeedback",
        json!({ "caseId": id, "note": "已全部清理" }),
    )
    .await;
    w.ok(&w.officer_a, "closeGridCase", json!({ "caseId": id }))
        .await;
    let rated = w
        .ok(
            &w.member_a,
            "rateGridCase",
            json!({ "caseId": id, "rating": 5, "comment": "满意" }),
        )
        .await;
    let done = assert_ok!(w.case(&w.officer_a, &id).await)["gridCase"].clone();
    let tenant = w.app.tenant_id(&w.admin.token).await;
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let timers: Vec<String> = sqlx::query_scalar(
        "select d.status from grid_case c join due_item d on d.tenant_id = c.tenant_id
           and d.id in (c.accept_due_item_id, c.resolve_due_item_id) where c.id = $1",
    )
    .bind(uuid_of(&id))
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.rollback().await.unwrap();
    let notified = w.app.notifications(&w.handler).await;

    // Assert
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(number.starts_with(&format!("WG-{year}-")), "{number}");
    assert_eq!(number.len(), "WG-2026-000001".len());
    assert_eq!(reported["state"], "REPORTED");
    assert_eq!(reported["overdue"], false);
    assert_eq!(actions(&reported), ["ACCEPT", "CANCEL"]);
    assert_eq!(reported["photos"].as_array().unwrap().len(), 1);
    assert!(!reported["photos"][0]["url"].as_str().unwrap().is_empty());
    assert_eq!(dispatched["state"], "DISPATCHED");
    assert_eq!(handler_sees["assigneeName"], "承办人老李");
    assert_eq!(handler_sees["dispatcherName"], "东城书记");
    assert!(handler_sees["dueAt"].is_string());
    assert_eq!(actions(&handler_sees), ["START"]);
    assert_eq!(started["state"], "IN_PROGRESS");
    assert_eq!(rated["state"], "RATED");
    assert_eq!(
        kinds(&done),
        [
            "REPORTED",
            "ACCEPTED",
            "DISPATCHED",
            "STARTED",
            "FEEDBACK",
            "REOPENED",
            "FEEDBACK",
            "CLOSED",
            "RATED"
        ]
    );
    assert_eq!(done["rating"], 5);
    assert_eq!(done["resolved"], true);
    assert_eq!(done["timeline"][1]["note"], "属实");
    assert_eq!(done["timeline"][1]["actorName"], "东城书记");
    assert_eq!(done["timeline"][4]["files"].as_array().unwrap().len(), 1);
    assert_eq!(done["timeline"][5]["fromState"], "FEEDBACK");
    assert_eq!(done["timeline"][5]["toState"], "IN_PROGRESS");
    assert!(actions(&done).is_empty(), "{done}");
    assert_eq!(
        timers,
        ["DONE", "DONE"],
        "acceptance and the last resolve timer"
    );
    assert!(
        notified
            .iter()
            .any(|n| n["title"].as_str().unwrap_or_default().contains(&number)),
        "{notified:?}"
    );
}

#[tokio::test]
async fn every_transition_from_a_wrong_state_is_a_conflict_naming_the_state() {
    // Arrange
    let w = world().await;
    let t = w.admin.token.clone();
    let (reported, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "待立案", json!({}))
        .await;
    let (cancelled, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "不予立案", json!({}))
        .await;
    w.ok(
        &t,
        "cancelGridCase",
        json!({ "caseId": cancelled, "reason": "重复上报" }),
    )
    .await;

    // Act
    let from_reported = vec![
        w.step(&t, "startGridCase", json!({ "caseId": reported }))
            .await,
        w.step(
            &t,
            "submitGridCaseFeedback",
            json!({ "caseId": reported, "note": "x" }),
        )
        .await,
        w.step(&t, "closeGridCase", json!({ "caseId": reported }))
            .await,
        w.step(
            &t,
            "reopenGridCase",
            json!({ "caseId": reported, "reason": "x" }),
        )
        .await,
        w.step(
            &t,
            "dispatchGridCase",
            json!({ "caseId": reported, "assigneeMemberId": w.handler_id }),
        )
        .await,
        w.step(
            &w.member_a,
            "rateGridCase",
            json!({ "caseId": reported, "rating": 5 }),
        )
        .await,
    ];
    let from_cancelled = vec![
        w.step(&t, "acceptGridCase", json!({ "caseId": cancelled }))
            .await,
        w.step(
            &t,
            "cancelGridCase",
            json!({ "caseId": cancelled, "reason": "x" }),
        )
        .await,
    ];
    w.ok(&t, "acceptGridCase", json!({ "caseId": reported }))
        .await;
    let accepted_twice = w
        .step(&t, "acceptGridCase", json!({ "caseId": reported }))
        .await;

    // Assert
    for body in &from_reported {
        assert_eq!(code(body), Some("CONFLICT"), "{body}");
        assert!(message(body).contains("待立案"), "{body}");
    }
    for body in &from_cancelled {
        assert_eq!(code(body), Some("CONFLICT"), "{body}");
        assert!(message(body).contains("不予立案"), "{body}");
    }
    assert_eq!(code(&accepted_twice), Some("CONFLICT"));
    assert!(message(&accepted_twice).contains("待派遣"));
}

#[tokio::test]
async fn who_may_act_follows_role_and_place() {
    // Arrange
    let w = world().await;
    let (id, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "占道经营", json!({}))
        .await;

    // Act
    let other_officer_reads = w.case(&w.officer_b, &id).await;
    let other_officer_accepts = w
        .step(&w.officer_b, "acceptGridCase", json!({ "caseId": id }))
        .await;
    let worker_reads = w.case(&w.worker, &id).await;
    let worker_accepts = w
        .step(&w.worker, "acceptGridCase", json!({ "caseId": id }))
        .await;
    let reporter_accepts = w
        .step(&w.member_a, "acceptGridCase", json!({ "caseId": id }))
        .await;
    w.ok(&w.officer_a, "acceptGridCase", json!({ "caseId": id }))
        .await;
    let later_than_sla = json!({ "caseId": id, "assigneeMemberId": w.handler_id,
        "dueAt": (chrono::Utc::now() + chrono::Duration::days(30)).to_rfc3339() });
    let officer_extends = w
        .step(&w.officer_a, "dispatchGridCase", later_than_sla.clone())
        .await;
    let admin_extends = w
        .step(&w.admin.token, "dispatchGridCase", later_than_sla)
        .await;
    let stranger_starts = w
        .step(&w.member_b, "startGridCase", json!({ "caseId": id }))
        .await;
    let worker_starts = w
        .step(&w.worker, "startGridCase", json!({ "caseId": id }))
        .await;
    let assignee_starts = w
        .step(&w.handler, "startGridCase", json!({ "caseId": id }))
        .await;
    let assignee_reports = w
        .step(
            &w.handler,
            "submitGridCaseFeedback",
            json!({ "caseId": id, "note": "已劝离" }),
        )
        .await;
    w.ok(&w.officer_a, "closeGridCase", json!({ "caseId": id }))
        .await;
    let officer_rates = w
        .step(
            &w.officer_a,
            "rateGridCase",
            json!({ "caseId": id, "rating": 3 }),
        )
        .await;
    let assignee_rates = w
        .step(
            &w.handler,
            "rateGridCase",
            json!({ "caseId": id, "rating": 3 }),
        )
        .await;
    let reporter_rates = w
        .step(
            &w.member_a,
            "rateGridCase",
            json!({ "caseId": id, "rating": 4 }),
        )
        .await;
    let timeline = assert_ok!(w.case(&w.officer_a, &id).await)["gridCase"].clone();

    // Assert
    assert_eq!(code(&other_officer_reads), Some("NOT_FOUND"));
    assert_eq!(code(&other_officer_accepts), Some("NOT_FOUND"));
    let seen = assert_ok!(worker_reads)["gridCase"].clone();
    assert!(actions(&seen).is_empty(), "{seen}");
    assert_eq!(code(&worker_accepts), Some("NOT_FOUND"));
    assert_eq!(code(&reporter_accepts), Some("NOT_FOUND"));
    assert_eq!(
        code(&officer_extends),
        Some("VALIDATION"),
        "{officer_extends}"
    );
    assert!(officer_extends.to_string().contains("dueAt"));
    assert_eq!(
        assert_ok!(admin_extends)["dispatchGridCase"]["case"]["state"],
        "DISPATCHED"
    );
    assert_eq!(code(&stranger_starts), Some("NOT_FOUND"));
    assert_eq!(code(&worker_starts), Some("NOT_FOUND"));
    assert_eq!(
        assert_ok!(assignee_starts)["startGridCase"]["case"]["state"],
        "IN_PROGRESS"
    );
    assert_eq!(
        assert_ok!(assignee_reports)["submitGridCaseFeedback"]["case"]["state"],
        "FEEDBACK"
    );
    assert_eq!(code(&officer_rates), Some("NOT_FOUND"));
    assert_eq!(code(&assignee_rates), Some("NOT_FOUND"));
    assert_eq!(
        assert_ok!(reporter_rates)["rateGridCase"]["case"]["state"],
        "RATED"
    );
    assert!(
        kinds(&timeline).contains(&"EXTENDED".to_string()),
        "{timeline}"
    );
}

#[tokio::test]
async fn a_case_dispatched_to_an_org_is_worked_by_those_who_handle_there() {
    // Arrange
    let w = world().await;
    let (id, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "井盖缺失", json!({}))
        .await;
    w.ok(&w.officer_a, "acceptGridCase", json!({ "caseId": id }))
        .await;
    w.ok(
        &w.officer_a,
        "dispatchGridCase",
        json!({ "caseId": id, "assigneeOrgId": w.grid1 }),
    )
    .await;

    // Act
    let outsider = w
        .step(&w.handler, "startGridCase", json!({ "caseId": id }))
        .await;
    let worker = w
        .step(&w.worker, "startGridCase", json!({ "caseId": id }))
        .await;
    let both = w
        .step(
            &w.officer_a,
            "dispatchGridCase",
            json!({ "caseId": id, "assigneeOrgId": w.grid1, "assigneeMemberId": w.handler_id }),
        )
        .await;

    // Assert
    assert_eq!(code(&outsider), Some("NOT_FOUND"));
    assert_eq!(
        assert_ok!(worker)["startGridCase"]["case"]["state"],
        "IN_PROGRESS"
    );
    assert_eq!(code(&both), Some("VALIDATION"));
}

#[tokio::test]
async fn a_hidden_reporter_is_seen_by_supervisors_and_themselves_only_and_reports_stay_private() {
    // Arrange
    let w = world().await;
    let id = w
        .dispatched_to_handler(&w.member_a, json!({ "hideReporter": true }))
        .await;

    // Act
    let assignee = assert_ok!(w.case(&w.handler, &id).await)["gridCase"].clone();
    let worker = assert_ok!(w.case(&w.worker, &id).await)["gridCase"].clone();
    let supervisor = assert_ok!(w.case(&w.officer_a, &id).await)["gridCase"].clone();
    let reporter = assert_ok!(w.case(&w.member_a, &id).await)["gridCase"].clone();
    let other_member = w.case(&w.member_b, &id).await;
    let list = |token: String, mine: bool| {
        let w = &w;
        async move {
            let data = w
                .app
                .gql_ok(
                    Some(&token),
                    "query($m: Boolean) { gridCases(first: 50, mine: $m) { edges { node { id reporterName } } } }",
                    json!({ "m": mine }),
                )
                .await;
            nodes(&data["gridCases"])
                .iter()
                .map(|n| n["id"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    let b_list = list(w.member_b.clone(), false).await;
    let a_mine = list(w.member_a.clone(), true).await;
    let handler_list = list(w.handler.clone(), false).await;

    // Assert
    assert_eq!(assignee["reporterName"], Value::Null);
    assert_eq!(assignee["reporterId"], Value::Null);
    assert_eq!(assignee["reporterHidden"], true);
    assert_eq!(assignee["timeline"][0]["actorName"], Value::Null);
    assert_eq!(assignee["isMine"], true);
    assert_eq!(worker["reporterName"], Value::Null);
    assert_eq!(supervisor["reporterName"], "居民甲");
    assert_eq!(supervisor["reporterHidden"], false);
    assert_eq!(reporter["reporterName"], "居民甲");
    assert_eq!(reporter["isMine"], true);
    assert_eq!(code(&other_member), Some("NOT_FOUND"));
    assert!(!b_list.contains(&id));
    assert_eq!(a_mine, vec![id.clone()]);
    assert!(handler_list.contains(&id));
}

#[tokio::test]
async fn lists_filter_by_grid_state_category_search_and_overdue() {
    // Arrange
    let w = world().await;
    let (one, number) = w
        .app
        .report_grid_case(
            &w.member_a,
            &w.grid1,
            "路灯不亮",
            json!({ "categoryKey": "OTHER" }),
        )
        .await;
    let (two, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid2, "井盖缺失", json!({}))
        .await;
    let q = "query($g: ID, $s: GridCaseState, $c: String, $q: String, $o: Boolean, $a: String) {
        gridCases(first: 1, gridId: $g, state: $s, categoryKey: $c, search: $q, overdueOnly: $o, after: $a) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }";
    let ids = |data: &Value| {
        nodes(&data["gridCases"])
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let t = w.admin.token.clone();

    // Act
    let first = w.app.gql_ok(Some(&t), q, json!({})).await;
    let after = first["gridCases"]["pageInfo"]["endCursor"].clone();
    let second = w.app.gql_ok(Some(&t), q, json!({ "a": after })).await;
    let by_area = w.app.gql_ok(Some(&t), q, json!({ "g": w.area_a })).await;
    let by_category = w.app.gql_ok(Some(&t), q, json!({ "c": "OTHER" })).await;
    let by_number = w
        .app
        .gql_ok(Some(&t), q, json!({ "q": number.to_lowercase() }))
        .await;
    let by_title = w.app.gql_ok(Some(&t), q, json!({ "q": "井盖" })).await;
    let wildcard = w.app.gql_ok(Some(&t), q, json!({ "q": "%" })).await;
    let accepted = w.app.gql_ok(Some(&t), q, json!({ "s": "ACCEPTED" })).await;
    let overdue = w.app.gql_ok(Some(&t), q, json!({ "o": true })).await;
    let officer_a = w.app.gql_ok(Some(&w.officer_a), q, json!({})).await;
    let officer_a_grid2 = w
        .app
        .gql_ok(Some(&w.officer_a), q, json!({ "g": w.grid2 }))
        .await;

    // Assert
    assert_eq!(ids(&first), [two.as_str()]);
    assert_eq!(first["gridCases"]["pageInfo"]["hasNextPage"], true);
    assert_eq!(ids(&second), [one.as_str()]);
    assert_eq!(ids(&by_area), [one.as_str()]);
    assert_eq!(ids(&by_category), [one.as_str()]);
    assert_eq!(ids(&by_number), [one.as_str()]);
    assert_eq!(ids(&by_title), [two.as_str()]);
    assert!(ids(&wildcard).is_empty());
    assert!(ids(&accepted).is_empty());
    assert!(ids(&overdue).is_empty());
    assert_eq!(ids(&officer_a), [one]);
    assert!(ids(&officer_a_grid2).is_empty());
}

#[tokio::test]
async fn hostile_inputs_are_refused_as_validation_or_not_found_never_internal() {
    // Arrange
    let w = world().await;
    let party = w
        .app
        .create_org(&w.admin.token, None, "机关党委", "PARTY")
        .await;
    let b_file = w.app.upload_image(&w.member_b).await;
    let ten: Vec<String> = (0..10)
        .map(|_| {
            tongxin_api::graphql::ids::encode(
                tongxin_api::graphql::ids::NodeType::File,
                uuid::Uuid::now_v7(),
            )
            .0
        })
        .collect();
    let report = |extra: Value| {
        let w = &w;
        async move {
            let mut input = json!({ "gridId": w.grid1, "categoryKey": "SAFETY", "title": "正常标题", "description": "" });
            for (k, v) in extra.as_object().unwrap() {
                input[k] = v.clone();
            }
            w.app
                .gql(
                    Some(&w.member_a),
                    "mutation($i: ReportGridCaseInput!) { reportGridCase(input: $i) { case { id } } }",
                    json!({ "i": input }),
                )
                .await
        }
    };

    // Act
    let cases = vec![
        (
            "NUL",
            report(json!({ "title": "坏\u{0}标题" })).await,
            "VALIDATION",
        ),
        (
            "10k title",
            report(json!({ "title": "长".repeat(10_000) })).await,
            "VALIDATION",
        ),
        (
            "10k description",
            report(json!({ "description": "长".repeat(10_000) })).await,
            "VALIDATION",
        ),
        (
            "latitude 91",
            report(json!({ "location": { "latitude": 91.0, "longitude": 0.0 } })).await,
            "VALIDATION",
        ),
        (
            "10 photos",
            report(json!({ "photoFileIds": ten })).await,
            "VALIDATION",
        ),
        (
            "unknown category",
            report(json!({ "categoryKey": "NOPE" })).await,
            "VALIDATION",
        ),
        (
            "a party org",
            report(json!({ "gridId": party })).await,
            "VALIDATION",
        ),
        (
            "another member's file",
            report(json!({ "photoFileIds": [b_file] })).await,
            "NOT_FOUND",
        ),
        (
            "a member id as grid",
            report(json!({ "gridId": w.member_b_id })).await,
            "NOT_FOUND",
        ),
    ];
    let search_nul = w
        .app
        .gql(
            Some(&w.admin.token),
            "query($q: String) { gridCases(search: $q) { edges { cursor } } }",
            json!({ "q": "a\u{0}b" }),
        )
        .await;
    let search_long = w
        .app
        .gql(
            Some(&w.admin.token),
            "query($q: String) { gridCases(search: $q) { edges { cursor } } }",
            json!({ "q": "长".repeat(10_000) }),
        )
        .await;
    let (id, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "正常", json!({}))
        .await;
    let bad_case_id = w
        .step(
            &w.admin.token,
            "acceptGridCase",
            json!({ "caseId": w.grid1 }),
        )
        .await;
    let reason_nul = w
        .step(
            &w.admin.token,
            "cancelGridCase",
            json!({ "caseId": id, "reason": "\u{0}" }),
        )
        .await;

    // Assert
    for (what, body, want) in &cases {
        assert_eq!(code(body), Some(*want), "{what}: {body}");
    }
    assert_eq!(code(&search_nul), Some("VALIDATION"), "{search_nul}");
    assert_eq!(code(&search_long), Some("VALIDATION"), "{search_long}");
    assert_eq!(code(&bad_case_id), Some("NOT_FOUND"));
    assert_eq!(code(&reason_nul), Some("VALIDATION"));
}

#[tokio::test]
async fn parallel_reports_get_distinct_consecutive_numbers() {
    // Arrange: a pool as large as the burst, so that the numbers, not the pool, are tested.
    let mut config = tongxin_tests::config();
    config.database.max_connections = 24;
    let w = world_on(TestApp::spawn_with(config).await).await;

    // Act
    let numbers = join_all((0..20).map(|i| {
        let w = &w;
        async move {
            w.app
                .report_grid_case(&w.member_a, &w.grid1, &format!("并发上报 {i}"), json!({}))
                .await
                .1
        }
    }))
    .await;

    // Assert
    let mut seq: Vec<i64> = numbers
        .iter()
        .map(|n| n.rsplit('-').next().unwrap().parse().unwrap())
        .collect();
    seq.sort_unstable();
    assert_eq!(seq, (1..=20).collect::<Vec<i64>>(), "{numbers:?}");
}

#[tokio::test]
async fn of_two_parallel_accepts_exactly_one_wins() {
    // Arrange
    let w = world().await;
    let (id, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "并发立案", json!({}))
        .await;

    // Act
    let results = join_all([w.admin.token.clone(), w.officer_a.clone()].map(|t| {
        let w = &w;
        let id = id.clone();
        async move { w.step(&t, "acceptGridCase", json!({ "caseId": id })).await }
    }))
    .await;
    let case = assert_ok!(w.case(&w.admin.token, &id).await)["gridCase"].clone();

    // Assert
    let won = results.iter().filter(|r| code(r).is_none()).count();
    let lost = results
        .iter()
        .filter(|r| code(r) == Some("CONFLICT"))
        .count();
    assert_eq!((won, lost), (1, 1), "{results:?}");
    assert_eq!(kinds(&case), ["REPORTED", "ACCEPTED"]);
}

#[tokio::test]
async fn an_assignment_grants_the_grid_until_it_ends_and_overlaps_conflict_even_in_parallel() {
    // Arrange
    let w = world().await;
    let t = w.admin.token.clone();
    let (id, _) = w
        .app
        .report_grid_case(&w.member_a, &w.grid1, "违章搭建", json!({}))
        .await;
    let assign = "mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { assignment { id role active gridName memberName } } }";
    let party = w.app.create_org(&t, None, "机关党委", "PARTY").await;

    // Act
    let parallel = join_all((0..2).map(|_| {
        let w = &w;
        let t = t.clone();
        async move {
            w.app
                .gql(
                    Some(&t),
                    assign,
                    json!({ "i": { "gridId": w.grid2, "memberId": w.member_b_id, "role": "PARTY_MEMBER" } }),
                )
                .await
        }
    }))
    .await;
    let again = w
        .app
        .gql(
            Some(&t),
            assign,
            json!({ "i": { "gridId": w.grid1, "memberId": w.worker_id, "startsOn": "2030-01-01" } }),
        )
        .await;
    let not_a_grid = w
        .app
        .gql(
            Some(&t),
            assign,
            json!({ "i": { "gridId": party, "memberId": w.member_b_id } }),
        )
        .await;
    let other_officer = w
        .app
        .gql(
            Some(&w.officer_b),
            assign,
            json!({ "i": { "gridId": w.grid1, "memberId": w.member_b_id } }),
        )
        .await;
    let listed = w
        .app
        .gql_ok(
            Some(&w.officer_a),
            "query($g: ID) { gridAssignments(gridId: $g) { id memberName role active } }",
            json!({ "g": w.grid1 }),
        )
        .await;
    let my_grids = w
        .app
        .gql_ok(Some(&w.worker), "{ myGrids { id name } }", json!({}))
        .await;
    let reads_while_assigned = w.case(&w.worker, &id).await;
    let assignment = listed["gridAssignments"][0]["id"].clone();
    let ended = w
        .app
        .gql_ok(
            Some(&t),
            "mutation($i: EndGridAssignmentInput!) { endGridAssignment(input: $i) { assignment { active endsOn } } }",
            json!({ "i": { "assignmentId": assignment } }),
        )
        .await;
    let reads_after = w.case(&w.worker, &id).await;
    let my_grids_after = w
        .app
        .gql_ok(Some(&w.worker), "{ myGrids { id } }", json!({}))
        .await;

    // Assert
    let ok = parallel.iter().filter(|r| code(r).is_none()).count();
    let conflicts = parallel
        .iter()
        .filter(|r| code(r) == Some("CONFLICT"))
        .count();
    assert_eq!((ok, conflicts), (1, 1), "{parallel:?}");
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert_eq!(code(&not_a_grid), Some("VALIDATION"));
    assert_eq!(code(&other_officer), Some("NOT_FOUND"));
    assert_eq!(listed["gridAssignments"].as_array().unwrap().len(), 1);
    assert_eq!(listed["gridAssignments"][0]["memberName"], "网格员小王");
    assert_eq!(listed["gridAssignments"][0]["role"], "WORKER");
    assert_eq!(my_grids["myGrids"][0]["id"], w.grid1.as_str());
    assert!(
        reads_while_assigned["errors"].is_null(),
        "{reads_while_assigned}"
    );
    assert_eq!(ended["endGridAssignment"]["assignment"]["active"], false);
    assert_eq!(code(&reads_after), Some("NOT_FOUND"));
    assert!(my_grids_after["myGrids"].as_array().unwrap().is_empty());
}

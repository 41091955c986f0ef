//! The live task board, its subscription, the statistics and the case export: counts and
//! cards by org and by grid, NOT_FOUND beyond the viewer's reach and across tenants (each with
//! a positive control), live changes only to the boards they concern, figures on a known set.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::grid::{SeedCase, insert_cases, move_case};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, uuid_of, ws};

const BOARD: &str = r#"query($org: ID!, $f: TaskBoardFilter, $first: Int = 20) {
  taskBoard(orgId: $org, filter: $f, first: $first) {
    orgId
    columns { state label count overdueCount hasMore endCursor
      cards { id kind caseId number title state gridId gridName categoryName dueAt overdue secondsLeft actions } }
  }
}"#;

const COLUMN: &str = r#"query($org: ID!, $state: GridCaseState!, $first: Int = 20, $after: String) {
  taskBoardColumn(orgId: $org, state: $state, first: $first, after: $after) {
    state count hasMore endCursor cards { id number }
  }
}"#;

const CHANGED: &str = r#"subscription($org: ID!) {
  taskBoardChanged(orgId: $org) { kind fromState toState card { id number state gridName } }
}"#;

/// A tenant with two areas (片区) of grids: A with grids A1 and A2, B with grid B1; a
/// supervisor (officer) of A and one of B.
struct Grids {
    t: Tenant,
    tenant: uuid::Uuid,
    area_a: String,
    a1: String,
    a2: String,
    area_b: String,
    b1: String,
    sup_a: String,
    sup_b: String,
}

async fn grids(app: &TestApp) -> Grids {
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let party = app.create_org(&t.token, None, "机关党委", "PARTY").await;
    let area_a = app.create_org(&t.token, None, "东片区", "GRID").await;
    let a1 = app
        .create_org(&t.token, Some(&area_a), "东一网格", "GRID")
        .await;
    let a2 = app
        .create_org(&t.token, Some(&area_a), "东二网格", "GRID")
        .await;
    let area_b = app.create_org(&t.token, None, "西片区", "GRID").await;
    let b1 = app
        .create_org(&t.token, Some(&area_b), "西一网格", "GRID")
        .await;
    let (sup_a, sup_a_id) = app.join(&t.token, &party, "甲督办").await;
    let (sup_b, sup_b_id) = app.join(&t.token, &party, "乙督办").await;
    app.assign_position(&t.token, &area_a, &sup_a_id, "片区长", "2026-01-01")
        .await;
    app.assign_position(&t.token, &area_b, &sup_b_id, "片区长", "2026-01-01")
        .await;
    Grids {
        t,
        tenant,
        area_a,
        a1,
        a2,
        area_b,
        b1,
        sup_a,
        sup_b,
    }
}

fn column<'a>(board: &'a Value, state: &str) -> &'a Value {
    board["taskBoard"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["state"] == state)
        .unwrap_or_else(|| panic!("no column {state}: {board}"))
}

fn counts(board: &Value) -> Vec<(String, i64, i64)> {
    board["taskBoard"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["state"].as_str().unwrap().to_string(),
                c["count"].as_i64().unwrap(),
                c["overdueCount"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// Seeds: in A1 an overdue REPORTED case, 3 ACCEPTED, a DISPATCHED and an overdue
/// IN_PROGRESS; in A2 a FEEDBACK and a CLOSED; in B1 a REPORTED.
async fn seed(app: &TestApp, g: &Grids) -> Vec<(uuid::Uuid, uuid::Uuid)> {
    let reporter = uuid_of(&g.t.member_id);
    let (a1, a2, b1) = (uuid_of(&g.a1), uuid_of(&g.a2), uuid_of(&g.b1));
    let past = Utc::now() - Duration::hours(2);
    let mut late = SeedCase::new(a1, reporter, "REPORTED", "路灯不亮");
    late.accept_due_at = past;
    let mut stuck = SeedCase::new(a1, reporter, "IN_PROGRESS", "井盖缺失");
    stuck.due_at = Some(past);
    insert_cases(
        &app.app,
        g.tenant,
        &[
            late,
            SeedCase::new(a1, reporter, "ACCEPTED", "占道经营一"),
            SeedCase::new(a1, reporter, "ACCEPTED", "占道经营二"),
            SeedCase::new(a1, reporter, "ACCEPTED", "占道经营三"),
            SeedCase::new(a1, reporter, "DISPATCHED", "垃圾满溢"),
            stuck,
            SeedCase::new(a2, reporter, "FEEDBACK", "楼道堆物"),
            SeedCase::new(a2, reporter, "CLOSED", "噪音扰民"),
            SeedCase::new(b1, reporter, "REPORTED", "西区积水"),
        ],
    )
    .await
}

#[tokio::test]
async fn the_board_of_an_area_counts_and_shows_the_cases_of_its_grids_only() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    seed(&app, &g).await;

    // Act
    let board = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "first": 2 })
        )
        .await
    );

    // Assert
    assert_eq!(
        counts(&board),
        [
            ("REPORTED", 1, 1),
            ("ACCEPTED", 3, 0),
            ("DISPATCHED", 1, 0),
            ("IN_PROGRESS", 1, 1),
            ("FEEDBACK", 1, 0),
            ("CLOSED", 1, 0),
            ("RATED", 0, 0),
            ("CANCELLED", 0, 0),
        ]
        .map(|(s, n, o)| (s.to_string(), n, o))
    );
    let reported = column(&board, "REPORTED");
    assert_eq!(reported["label"], "待立案");
    let card = &reported["cards"][0];
    assert_eq!(card["title"], "路灯不亮");
    assert_eq!(card["kind"], "CASE");
    assert_eq!(card["gridName"], "东一网格");
    assert_eq!(card["categoryName"], "隐患排查");
    assert_eq!(card["overdue"], true);
    assert!(card["secondsLeft"].as_i64().unwrap() < 0, "{card}");
    assert_eq!(
        card["actions"],
        json!(["ACCEPT", "CANCEL"]),
        "an officer may accept"
    );
    assert_eq!(card["id"], card["caseId"]);
    let accepted = column(&board, "ACCEPTED");
    assert_eq!(accepted["cards"].as_array().unwrap().len(), 2);
    assert_eq!(accepted["hasMore"], true);
    assert_eq!(column(&board, "CLOSED")["cards"][0]["actions"], json!([]));
}

#[tokio::test]
async fn the_board_of_one_grid_and_the_overdue_filter_narrow_the_cards() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    seed(&app, &g).await;

    // Act
    let one_grid = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "f": { "gridIds": [g.a2] } })
        )
        .await
    );
    let overdue = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "f": { "overdueOnly": true } })
        )
        .await
    );
    let grid_itself = assert_ok!(app.gql(Some(&g.sup_a), BOARD, json!({ "org": g.a1 })).await);

    // Assert
    let total = |b: &Value| counts(b).iter().map(|c| c.1).sum::<i64>();
    assert_eq!(total(&one_grid), 2, "A2 holds a FEEDBACK and a CLOSED case");
    assert_eq!(
        column(&one_grid, "FEEDBACK")["cards"][0]["title"],
        "楼道堆物"
    );
    assert_eq!(total(&overdue), 2);
    assert_eq!(
        column(&overdue, "IN_PROGRESS")["cards"][0]["title"],
        "井盖缺失"
    );
    assert_eq!(total(&grid_itself), 6, "A1's own board");
}

#[tokio::test]
async fn a_column_pages_through_its_cards_without_repeating_one() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    seed(&app, &g).await;

    // Act
    let first = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            COLUMN,
            json!({ "org": g.area_a, "state": "ACCEPTED", "first": 2 })
        )
        .await
    );
    let after = first["taskBoardColumn"]["endCursor"].as_str().unwrap();
    let second = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            COLUMN,
            json!({ "org": g.area_a, "state": "ACCEPTED", "first": 2, "after": after })
        )
        .await
    );
    let bad = app
        .gql(
            Some(&g.sup_a),
            COLUMN,
            json!({ "org": g.area_a, "state": "ACCEPTED", "after": "not-a-cursor" }),
        )
        .await;

    // Assert
    assert_eq!(first["taskBoardColumn"]["count"], 3);
    assert_eq!(first["taskBoardColumn"]["hasMore"], true);
    assert_eq!(second["taskBoardColumn"]["hasMore"], false);
    let mut numbers: Vec<String> = [&first, &second]
        .iter()
        .flat_map(|p| p["taskBoardColumn"]["cards"].as_array().unwrap().clone())
        .map(|c| c["number"].as_str().unwrap().to_string())
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 3);
    assert_eq!(code(&bad), Some("VALIDATION"));
}

#[tokio::test]
async fn a_board_beyond_the_viewers_reach_or_of_another_tenant_is_not_found() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    seed(&app, &g).await;
    let other = app.sign_up().await;
    let other_area = app
        .create_org(&other.token, None, "外单位片区", "GRID")
        .await;

    // Act
    let own = app
        .gql(Some(&g.sup_a), BOARD, json!({ "org": g.area_a }))
        .await;
    let other_area_of_tenant = app
        .gql(Some(&g.sup_a), BOARD, json!({ "org": g.area_b }))
        .await;
    let grid_outside = app
        .gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "f": { "gridIds": [g.b1] } }),
        )
        .await;
    let cross_tenant = app
        .gql(Some(&other.token), BOARD, json!({ "org": g.area_a }))
        .await;
    let cross_tenant_grid = app
        .gql(
            Some(&g.t.token),
            BOARD,
            json!({ "org": g.area_a, "f": { "gridIds": [other_area] } }),
        )
        .await;
    let other_own = app
        .gql(Some(&other.token), BOARD, json!({ "org": other_area }))
        .await;
    let admin_b = app
        .gql(Some(&g.t.token), BOARD, json!({ "org": g.area_b }))
        .await;

    // Assert
    assert_ok!(own);
    assert_ok!(other_own);
    assert_eq!(column(&assert_ok!(admin_b), "REPORTED")["count"], 1);
    for refused in [
        &other_area_of_tenant,
        &grid_outside,
        &cross_tenant,
        &cross_tenant_grid,
    ] {
        assert_eq!(code(refused), Some("NOT_FOUND"), "{refused}");
    }
}

#[tokio::test]
async fn a_transition_reaches_the_subscribed_supervisor_and_no_other_board() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let cases = seed(&app, &g).await;
    let other = app.sign_up().await;
    let other_area = app
        .create_org(&other.token, None, "外单位片区", "GRID")
        .await;
    let mut board_a = ws::subscribe(&app.base, &g.sup_a, CHANGED, json!({ "org": g.area_a })).await;
    let mut board_b = ws::subscribe(&app.base, &g.sup_b, CHANGED, json!({ "org": g.area_b })).await;
    let mut board_other = ws::subscribe(
        &app.base,
        &other.token,
        CHANGED,
        json!({ "org": other_area }),
    )
    .await;
    let refused = ws::subscribe(&app.base, &g.sup_b, CHANGED, json!({ "org": g.area_a })).await;

    // Act: an accepted case of A1 is dispatched, then B1's case is accepted.
    let (accepted_case, _) = cases[1];
    move_case(
        &app.app,
        g.tenant,
        accepted_case,
        "DISPATCHED",
        "DISPATCHED",
    )
    .await;
    let (west_case, _) = cases[8];
    move_case(&app.app, g.tenant, west_case, "ACCEPTED", "ACCEPTED").await;

    // Assert: A sees the dispatch; B's first event is its own case (A's never came).
    let got = ws::next(&mut board_a, 5).await.expect("A's board event");
    let change = &got["payload"]["data"]["taskBoardChanged"];
    assert_eq!(change["kind"], "MOVED", "{got}");
    assert_eq!(change["fromState"], "ACCEPTED");
    assert_eq!(change["toState"], "DISPATCHED");
    assert_eq!(change["card"]["state"], "DISPATCHED");
    assert_eq!(change["card"]["gridName"], "东一网格");
    let got_b = ws::next(&mut board_b, 5).await.expect("B's board event");
    let change_b = &got_b["payload"]["data"]["taskBoardChanged"];
    assert_eq!(change_b["card"]["gridName"], "西一网格", "{got_b}");
    assert_eq!(change_b["toState"], "ACCEPTED");
    // Nothing of this tenant reaches another tenant's board; a later event of its own
    // arrives first.
    let their_grid = uuid_of(&other_area);
    let their_case = insert_cases(
        &app.app,
        app.tenant_id(&other.token).await,
        &[SeedCase::new(
            their_grid,
            uuid_of(&other.member_id),
            "REPORTED",
            "外单位案件",
        )],
    )
    .await[0];
    tongxin_core::grid::events::case_changed(
        &app.app,
        app.tenant_id(&other.token).await,
        their_case.0,
        their_case.1,
    )
    .await;
    let got_other = ws::next(&mut board_other, 5).await.expect("own event");
    let change_other = &got_other["payload"]["data"]["taskBoardChanged"];
    assert_eq!(change_other["kind"], "CREATED", "{got_other}");
    assert_eq!(change_other["card"]["gridName"], "外单位片区");
    let mut refused = refused;
    let refusal = ws::next(&mut refused, 5).await.expect("a refusal");
    assert_eq!(
        refusal["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{refusal}"
    );
}

#[tokio::test]
async fn the_statistics_of_a_period_give_the_known_figures() {
    // Arrange: six cases of one grid reported three days ago.
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let reporter = uuid_of(&g.t.member_id);
    let a1 = uuid_of(&g.a1);
    let t0 = Utc::now() - Duration::days(3);
    let h = Duration::hours;
    let case = |state: &'static str, cat: (&'static str, &'static str), accept: Option<i64>| {
        let mut c = SeedCase::new(a1, reporter, state, "案件");
        c.category = cat;
        c.reported_at = t0;
        c.accept_due_at = t0 + h(24);
        c.accepted_at = accept.map(|a| t0 + h(a));
        c.due_at = accept.map(|a| t0 + h(a + 24));
        c
    };
    let closed = |mut c: SeedCase, feedback: i64, close: i64, rating: Option<i16>| {
        c.feedback_at = Some(t0 + h(feedback));
        c.closed_at = Some(t0 + h(close));
        c.rating = rating;
        c
    };
    const OPINION: (&str, &str) = ("OPINION", "社情民意");
    const DISPUTE: (&str, &str) = ("DISPUTE", "矛盾纠纷");
    const SAFETY: (&str, &str) = ("SAFETY", "安全隐患");
    const HAZARD: (&str, &str) = ("HAZARD", "隐患排查");
    let mut settled = closed(case("CLOSED", DISPUTE, Some(4)), 29, 30, Some(2));
    settled.resolved = Some(true);
    let mut unsettled = closed(case("RATED", DISPUTE, Some(6)), 8, 20, Some(5));
    unsettled.resolved = Some(false);
    let mut refused = case("CANCELLED", SAFETY, None);
    refused.accepted_at = None;
    insert_cases(
        &app.app,
        g.tenant,
        &[
            closed(case("CLOSED", OPINION, Some(2)), 5, 10, Some(4)),
            settled,
            unsettled,
            case("REPORTED", SAFETY, None),
            refused,
            case("IN_PROGRESS", HAZARD, Some(8)),
        ],
    )
    .await;
    let today = Utc::now().date_naive();
    let from = (today - Duration::days(7)).to_string();
    const STATS: &str = r#"query($org: ID!, $from: NaiveDate!, $to: NaiveDate!, $grid: ID) {
      gridStatistics(orgId: $org, from: $from, to: $to, gridId: $grid) {
        total resolutionRate onTimeRate medianHoursToAccept medianHoursToClose
        mediationSuccessRate ratingAverage
        byCategory { key name count } byState { state count }
        perGrid { gridName total closed overdue resolutionRate }
      }
    }"#;

    // Act
    let s = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            STATS,
            json!({ "org": g.area_a, "from": from, "to": today.to_string() })
        )
        .await
    );
    let empty_grid = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            STATS,
            json!({ "org": g.area_a, "from": from, "to": today.to_string(), "grid": g.a2 })
        )
        .await
    );
    let outside = app
        .gql(
            Some(&g.sup_a),
            STATS,
            json!({ "org": g.area_b, "from": from, "to": today.to_string() }),
        )
        .await;
    let backwards = app
        .gql(
            Some(&g.sup_a),
            STATS,
            json!({ "org": g.area_a, "from": today.to_string(), "to": from }),
        )
        .await;

    // Assert
    let s = &s["gridStatistics"];
    let close = |v: &Value, want: f64| {
        let got = v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"));
        assert!((got - want).abs() < 1e-6, "{got} ≠ {want}");
    };
    assert_eq!(s["total"], 6);
    close(&s["resolutionRate"], 3.0 / 4.0);
    close(&s["onTimeRate"], 2.0 / 3.0);
    close(&s["medianHoursToAccept"], 5.0);
    close(&s["medianHoursToClose"], 20.0);
    close(&s["mediationSuccessRate"], 0.5);
    close(&s["ratingAverage"], 11.0 / 3.0);
    assert_eq!(
        s["byCategory"][0],
        json!({ "key": "DISPUTE", "name": "矛盾纠纷", "count": 2 })
    );
    assert_eq!(s["byState"][0], json!({ "state": "REPORTED", "count": 1 }));
    assert_eq!(s["perGrid"][0]["gridName"], "东一网格");
    assert_eq!(s["perGrid"][0]["total"], 6);
    assert_eq!(s["perGrid"][0]["closed"], 3);
    assert_eq!(empty_grid["gridStatistics"]["total"], 0);
    assert!(empty_grid["gridStatistics"]["resolutionRate"].is_null());
    assert_eq!(code(&outside), Some("NOT_FOUND"));
    assert_eq!(code(&backwards), Some("VALIDATION"));
}

#[tokio::test]
async fn the_case_export_lists_the_filtered_cases_and_refuses_another_tenant() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    seed(&app, &g).await;
    let other = app.sign_up().await;
    let get = |token: &str, query: String| {
        app.http
            .get(format!("{}/export/grid-cases.xlsx?{query}", app.base))
            .bearer_auth(token.to_string())
            .send()
    };
    let org = |id: &str| format!("orgId={}", id);

    // Act
    let all = get(&g.sup_a, org(&g.area_a)).await.unwrap();
    let accepted = get(&g.sup_a, format!("{}&state=ACCEPTED", org(&g.area_a)))
        .await
        .unwrap();
    let cross = get(&other.token, org(&g.area_a)).await.unwrap();
    let beyond = get(&g.sup_a, org(&g.area_b)).await.unwrap();
    let bad_state = get(&g.sup_a, format!("{}&state=NOPE", org(&g.area_a)))
        .await
        .unwrap();

    // Assert
    assert_eq!(all.status(), 200);
    let rows = sheet_rows(all.bytes().await.unwrap().to_vec());
    assert_eq!(rows[0][0], "编号");
    assert_eq!(rows.len(), 1 + 8, "A's eight cases under the header");
    assert!(rows.iter().all(|r| r[2] != "西一网格"));
    let rows = sheet_rows(accepted.bytes().await.unwrap().to_vec());
    assert_eq!(rows.len(), 1 + 3);
    assert!(rows[1..].iter().all(|r| r[4] == "待派遣"));
    assert_eq!(cross.status(), 404);
    assert_eq!(beyond.status(), 404);
    assert_eq!(bad_state.status(), 400);
}

fn sheet_rows(bytes: Vec<u8>) -> Vec<Vec<String>> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx");
    let range = book.worksheet_range("案件").expect("sheet 案件");
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[tokio::test]
async fn a_case_reported_and_accepted_through_the_api_moves_on_the_live_board() {
    // Arrange: the supervisor of area A watches its board; a member reports with a photo.
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let mut board_a = ws::subscribe(&app.base, &g.sup_a, CHANGED, json!({ "org": g.area_a })).await;
    let photo = app.upload_image(&g.t.token).await;

    // Act
    let (case, number) = app
        .report_grid_case(
            &g.t.token,
            &g.a1,
            "消防通道堵塞",
            json!({ "photoFileIds": [photo] }),
        )
        .await;
    let created = ws::next(&mut board_a, 5).await.expect("the new card");
    let accepted = app
        .grid_case_step(&g.sup_a, "acceptGridCase", json!({ "caseId": case }))
        .await;
    let moved = ws::next(&mut board_a, 5).await.expect("the moved card");
    let board = assert_ok!(
        app.gql(Some(&g.sup_a), BOARD, json!({ "org": g.area_a }))
            .await
    );

    // Assert
    let created = &created["payload"]["data"]["taskBoardChanged"];
    assert_eq!(created["kind"], "CREATED", "{created}");
    assert!(created["fromState"].is_null());
    assert_eq!(created["toState"], "REPORTED");
    assert_eq!(created["card"]["id"], case);
    assert_eq!(created["card"]["number"], number);
    assert_ok!(accepted);
    let moved = &moved["payload"]["data"]["taskBoardChanged"];
    assert_eq!(moved["kind"], "MOVED", "{moved}");
    assert_eq!(moved["fromState"], "REPORTED");
    assert_eq!(moved["toState"], "ACCEPTED");
    let card = &column(&board, "ACCEPTED")["cards"][0];
    assert_eq!(card["caseId"], case);
    assert_eq!(card["actions"], json!(["DISPATCH"]));
    let thumb = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            "query($o: ID!) { taskBoard(orgId: $o) { columns { cards { thumbnailUrl } } } }",
            json!({ "o": g.area_a })
        )
        .await
    );
    assert!(
        thumb["taskBoard"]["columns"][1]["cards"][0]["thumbnailUrl"]
            .as_str()
            .is_some_and(|u| !u.is_empty()),
        "the first photo's signed link: {thumb}"
    );
}

#[tokio::test]
async fn the_kept_counts_follow_moved_cases_and_agree_with_a_recount() {
    // Arrange
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let seeded = seed(&app, &g).await;
    let accepted = seeded[1].0;
    let feedback = seeded[6].0;
    move_case(&app.app, g.tenant, accepted, "DISPATCHED", "DISPATCHED").await;
    move_case(&app.app, g.tenant, feedback, "CLOSED", "CLOSED").await;
    // A case moved from A2 to B1 leaves area A's counts.
    {
        let ctx = tongxin_core::Ctx::for_tests(g.tenant);
        let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
        sqlx::query("update grid_case set grid_id = $3 where tenant_id = $1 and id = $2")
            .bind(g.tenant)
            .bind(seeded[7].0)
            .bind(uuid_of(&g.b1))
            .execute(tx.conn())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }

    // Act
    let kept = assert_ok!(
        app.gql(Some(&g.sup_a), BOARD, json!({ "org": g.area_a }))
            .await
    );
    // Naming the (only) category makes the board count the cases themselves.
    let recounted = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "f": { "categoryKeys": ["HAZARD"] } })
        )
        .await
    );

    // Assert
    let expected = [
        ("REPORTED", 1, 1),
        ("ACCEPTED", 2, 0),
        ("DISPATCHED", 2, 0),
        ("IN_PROGRESS", 1, 1),
        ("FEEDBACK", 0, 0),
        ("CLOSED", 1, 0),
        ("RATED", 0, 0),
        ("CANCELLED", 0, 0),
    ]
    .map(|(s, n, o)| (s.to_string(), n, o));
    assert_eq!(counts(&kept), expected);
    assert_eq!(counts(&recounted), expected);
}

#[tokio::test]
async fn an_area_of_many_grids_shows_each_columns_earliest_deadlines_first() {
    // Arrange: 20 grids (more than the board reads grid by grid), one REPORTED case each,
    // deadlines from 1 to 20 hours ahead in reverse order of the grids.
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let reporter = uuid_of(&g.t.member_id);
    let mut cases = Vec::new();
    for i in 0..20i64 {
        let grid = app
            .create_org(
                &g.t.token,
                Some(&g.area_a),
                &format!("东网格{i:02}"),
                "GRID",
            )
            .await;
        let mut c = SeedCase::new(uuid_of(&grid), reporter, "REPORTED", &format!("案件{i:02}"));
        c.accept_due_at = Utc::now() + Duration::hours(20 - i);
        cases.push(c);
    }
    insert_cases(&app.app, g.tenant, &cases).await;

    // Act
    let board = assert_ok!(
        app.gql(
            Some(&g.sup_a),
            BOARD,
            json!({ "org": g.area_a, "first": 3 })
        )
        .await
    );

    // Assert
    let reported = column(&board, "REPORTED");
    assert_eq!(reported["count"], 20);
    let titles: Vec<&str> = reported["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["案件19", "案件18", "案件17"]);
    assert_eq!(reported["hasMore"], true);
}

#[tokio::test]
async fn opposite_moves_in_one_grid_run_in_parallel_and_keep_the_counts() {
    // Arrange: in A1 one case in FEEDBACK and one IN_PROGRESS.
    let app = TestApp::spawn().await;
    let g = grids(&app).await;
    let reporter = uuid_of(&g.t.member_id);
    let a1 = uuid_of(&g.a1);
    let ids = insert_cases(
        &app.app,
        g.tenant,
        &[
            SeedCase::new(a1, reporter, "FEEDBACK", "楼道堆物"),
            SeedCase::new(a1, reporter, "IN_PROGRESS", "井盖缺失"),
        ],
    )
    .await;
    let (x, y) = (ids[0].0, ids[1].0);

    // Act: each round moves them past each other, both transactions at once.
    for round in 0..10 {
        let (to_x, to_y) = if round % 2 == 0 {
            ("IN_PROGRESS", "FEEDBACK")
        } else {
            ("FEEDBACK", "IN_PROGRESS")
        };
        tokio::join!(
            move_case(&app.app, g.tenant, x, "REOPENED", to_x),
            move_case(&app.app, g.tenant, y, "FEEDBACK", to_y),
        );
    }

    // Assert
    let board = assert_ok!(app.gql(Some(&g.sup_a), BOARD, json!({ "org": g.a1 })).await);
    assert_eq!(column(&board, "FEEDBACK")["count"], 1);
    assert_eq!(column(&board, "IN_PROGRESS")["count"], 1);
}

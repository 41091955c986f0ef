//! Assessment against the real server: automatic indicators equal a recomputation from the raw
//! tables (三会一课 periods, dues, points per member, notice acknowledgement), the records
//! behind a figure, manual scores within their weight, progress reports by the assessed org,
//! ranks and stars, recomputation in parallel, the worker's pass, closing, and NOT_FOUND across
//! tenants and outside the viewer's orgs next to positive controls.

use chrono::{TimeZone, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use sqlx::PgPool;
use tongxin_core::Ctx;
use tongxin_core::points::{self, Event, PointAction, SourceKind};
use tongxin_tests::{Tenant, TestApp, code, owner_pool, uuid_of};
use uuid::Uuid;

const CREATE: &str = "mutation($i: CreateAssessmentSchemeInput!) { createAssessmentScheme(input: $i) { ledger { scheme { id status starThresholds } fullScore canManage indicators { id name weight method metric } results { organizationId organizationName total rank stars scores { indicatorId score numerator denominator recordsTotal note manual } } } } }";
const LEDGER: &str = "query($s: ID!) { assessmentLedger(schemeId: $s) { scheme { id status computedAt } fullScore canManage indicators { id method metric } results { organizationId total rank stars scores { indicatorId score numerator denominator recordsTotal manual note } } } }";
const RECORDS: &str = "query($s: ID!, $i: ID!, $o: ID!) { assessmentRecords(schemeId: $s, indicatorId: $i, organizationId: $o) { total records { kind id title on counted note } } }";
const SCORE: &str = "mutation($i: ScoreAssessmentIndicatorInput!) { scoreAssessmentIndicator(input: $i) { ledger { results { organizationId total stars scores { indicatorId score manual note } } } } }";
const REPORT: &str = "mutation($i: SubmitAssessmentReportInput!) { submitAssessmentReport(input: $i) { report { id text authorName files { id fileName url } } } }";
const REPORTS: &str = "query($s: ID!, $o: ID!) { assessmentReports(schemeId: $s, organizationId: $o) { id text files { fileName } } }";
const RECOMPUTE: &str = "mutation($s: ID!) { recomputeAssessment(schemeId: $s) { ledger { results { organizationId total } } } }";
const STARS: &str = "mutation($i: SetAssessmentStarsInput!) { setAssessmentStars(input: $i) { ledger { scheme { starThresholds } results { organizationId total stars } } } }";
const CLOSE: &str =
    "mutation($s: ID!) { closeAssessmentScheme(schemeId: $s) { ledger { scheme { status } } } }";
const SCHEMES: &str = "query($y: Int) { assessmentSchemes(year: $y) { id name year } }";

/// A committee over two branches; the first has a secretary (an officer) and three members,
/// the second one member. Both branches existed since 2024.
struct World {
    app: TestApp,
    owner: PgPool,
    t: Tenant,
    tenant: Uuid,
    committee: String,
    branch: String,
    other: String,
    officer: (String, String),
    members: Vec<(String, String)>,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
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
    app.join(&t.token, &other, "丁成员").await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    let w = World {
        app,
        owner,
        t,
        tenant,
        committee,
        branch,
        other,
        officer,
        members,
    };
    as_owner(
        &w,
        &format!(
            "update org_unit set created_at = '2024-01-01T00:00:00Z' where tenant_id = '{}'",
            w.tenant
        ),
    )
    .await;
    w
}

/// Runs statements as the owner under the world's tenant (one implicit transaction).
async fn as_owner(w: &World, sql: &str) {
    let all = format!(
        "select set_config('app.tenant_id', '{}', true); {sql}",
        w.tenant
    );
    // Test set-up with literal values only: ids this test made and fixed dates.
    sqlx::raw_sql(sqlx::AssertSqlSafe(all))
        .execute(&w.owner)
        .await
        .expect(sql);
}

/// One value read as the owner under the world's tenant.
async fn owner_value(w: &World, sql: &str) -> i64 {
    let mut tx = w.owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(w.tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let v: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&mut *tx)
        .await
        .expect(sql);
    tx.commit().await.unwrap();
    v
}

fn indicators() -> Value {
    json!([
        { "name": "三会一课", "weight": 30, "method": "AUTO", "metric": "MEETING_COMPLIANCE" },
        { "name": "党费收缴", "weight": 20, "method": "AUTO", "metric": "DUES_COLLECTION" },
        { "name": "人均积分", "weight": 20, "method": "AUTO", "metric": "POINTS_PER_MEMBER", "target": 4 },
        { "name": "通知确认", "weight": 10, "method": "AUTO", "metric": "NOTICE_ACKNOWLEDGEMENT" },
        { "name": "特色工作", "weight": 20, "method": "MANUAL", "description": "品牌创建情况" }
    ])
}

fn scheme_input(w: &World, year: i32) -> Value {
    json!({
        "organizationId": w.committee,
        "name": format!("{year} 年度党支部目标考核"),
        "periodKind": "YEAR",
        "year": year,
        "targetKind": "PARTY_BRANCH",
        "starThresholds": [60, 70, 80, 90, 95],
        "indicators": indicators(),
    })
}

async fn create(w: &World, token: &str, input: Value) -> Value {
    w.app.gql(Some(token), CREATE, json!({ "i": input })).await
}

/// The line of an org in a ledger.
fn line<'a>(ledger: &'a Value, org: &str) -> &'a Value {
    ledger["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["organizationId"] == org)
        .unwrap_or_else(|| panic!("no line for {org}: {ledger}"))
}

/// The score of an indicator in a line.
fn score<'a>(line: &'a Value, indicator: &Value) -> &'a Value {
    line["scores"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["indicatorId"] == *indicator)
        .unwrap_or_else(|| panic!("no score for {indicator}: {line}"))
}

/// 2025's records of the first branch: two of its required meetings held, dues of three
/// members (one paid, one half, one not), activity points for two members, and a notice
/// acknowledged on time by one of its four recipients.
async fn records_of_2025(w: &World) -> (Uuid, Uuid) {
    let branch = uuid_of(&w.branch);
    let (m1, m2) = (Uuid::now_v7(), Uuid::now_v7());
    as_owner(
        w,
        &format!(
            "insert into meeting (tenant_id, id, org_id, line, type, title, starts_at, ends_at)
             values ('{t}', '{m1}', '{branch}', 'PARTY', 'BRANCH_GENERAL_MEETING', '一季度党员大会',
                     '2025-02-10T02:00:00Z', '2025-02-10T04:00:00Z'),
                    ('{t}', '{m2}', '{branch}', 'PARTY', 'PARTY_LECTURE', '七一党课',
                     '2025-07-01T02:00:00Z', '2025-07-01T04:00:00Z'),
                    ('{t}', gen_random_uuid(), '{branch}', 'PARTY', 'PARTY_LECTURE', '取消的党课',
                     '2025-10-01T02:00:00Z', '2025-10-01T04:00:00Z');
             update meeting set status = 'CANCELLED' where tenant_id = '{t}' and title = '取消的党课';",
            t = w.tenant
        ),
    )
    .await;
    let dues = [(0, 1000, 1000), (1, 1000, 500), (2, 1000, 0)];
    for (i, bill, paid) in dues {
        let m = uuid_of(&w.members[i].1);
        as_owner(
            w,
            &format!(
                "insert into dues_entry (tenant_id, id, member_id, line, month, kind, amount_fen, org_id, rule_key)
                 values ('{t}', gen_random_uuid(), '{m}', 'PARTY', '2025-03-01', 'BILL', {bill}, '{branch}', 'party.dues.employed');",
                t = w.tenant
            ),
        )
        .await;
        if paid > 0 {
            as_owner(
                w,
                &format!(
                    "insert into dues_entry (tenant_id, id, member_id, line, month, kind, amount_fen, org_id, method)
                     values ('{t}', gen_random_uuid(), '{m}', 'PARTY', '2025-03-01', 'PAYMENT', {paid}, '{branch}', 'CASH');",
                    t = w.tenant
                ),
            )
            .await;
        }
    }
    for (i, source) in [(0, "a"), (1, "b"), (1, "c")] {
        let ctx = Ctx::for_tests(w.tenant);
        let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
        points::earn(
            &mut tx,
            &ctx,
            &Event {
                member_id: uuid_of(&w.members[i].1),
                action: PointAction::ActivityAttendance,
                source_kind: SourceKind::Activity,
                source_id: format!("assessment-{source}"),
                source_title: "志愿服务".into(),
                occurred_at: Utc.with_ymd_and_hms(2025, 5, 1, 2, 0, 0).unwrap(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
    let notice = w
        .app
        .publish_notice(
            &w.t.token,
            json!({
                "issuerOrgId": w.branch,
                "title": "关于报送学习心得的通知",
                "body": "<p>请确认</p>",
                "category": "NOTICE",
                "ackRequired": true,
                "ackDeadline": (Utc::now() + chrono::Duration::days(3)).to_rfc3339(),
                "audience": { "orgs": [{ "orgId": w.branch, "includeSubtree": true }] },
            }),
        )
        .await;
    let n = uuid_of(&notice);
    let acked = uuid_of(&w.members[0].1);
    as_owner(
        w,
        &format!(
            "update notice set published_at = '2025-06-01T00:00:00Z', ack_deadline = '2025-06-08T00:00:00Z'
              where tenant_id = '{t}' and id = '{n}';
             update notice_recipient set acknowledged_at = '2025-06-02T00:00:00Z'
              where tenant_id = '{t}' and notice_id = '{n}' and member_id = '{acked}';",
            t = w.tenant
        ),
    )
    .await;
    (m1, m2)
}

#[tokio::test]
async fn automatic_indicators_equal_a_recomputation_from_the_raw_tables() {
    // Arrange
    let w = world().await;
    let (m1, m2) = records_of_2025(&w).await;
    let t = w.tenant;
    let branch = uuid_of(&w.branch);

    // Act
    let body = create(&w, &w.t.token, scheme_input(&w, 2025)).await;

    // Assert
    let ledger = &body["data"]["createAssessmentScheme"]["ledger"];
    assert!(body["errors"].is_null(), "{body}");
    let ind = ledger["indicators"].as_array().unwrap();
    let mine = line(ledger, &w.branch);
    // 三会一课: the meetings held are counted once per period; the cancelled one is not.
    let meetings = score(mine, &ind[0]["id"]);
    assert_eq!(meetings["numerator"], 2.0, "{meetings}");
    let due_periods = meetings["denominator"].as_f64().unwrap();
    assert!(
        due_periods >= 8.0,
        "every required type of a branch over 2025: {meetings}"
    );
    let records = w
        .app
        .gql_ok(
            Some(&w.t.token),
            RECORDS,
            json!({ "s": ledger["scheme"]["id"], "i": ind[0]["id"], "o": w.branch }),
        )
        .await;
    let list = records["assessmentRecords"]["records"].as_array().unwrap();
    assert_eq!(list.len() as f64, due_periods);
    let mut held: Vec<Uuid> = list
        .iter()
        .filter(|r| r["counted"] == true)
        .map(|r| uuid_of(r["id"].as_str().unwrap()))
        .collect();
    held.sort();
    let mut expected = vec![m1, m2];
    expected.sort();
    assert_eq!(held, expected);
    // Dues: recomputed from dues_entry, each member's payment capped at their bill.
    let due = owner_value(&w, &format!(
        "select coalesce(sum(amount_fen), 0)::bigint from dues_entry where tenant_id = '{t}' and org_id = '{branch}' and kind in ('BILL', 'CORRECTION') and month between '2025-01-01' and '2025-12-01'"
    )).await;
    let paid = owner_value(&w, &format!(
        "select coalesce(sum(least(coalesce(p, 0), b)), 0)::bigint from (select member_id, sum(amount_fen) filter (where kind = 'PAYMENT') as p, sum(amount_fen) filter (where kind = 'BILL') as b from dues_entry where tenant_id = '{t}' and org_id = '{branch}' and month between '2025-01-01' and '2025-12-01' group by member_id) x"
    )).await;
    let dues = score(mine, &ind[1]["id"]);
    assert_eq!(dues["denominator"], due as f64);
    assert_eq!(dues["numerator"], paid as f64);
    assert_eq!(dues["score"], 20.0 * 1500.0 / 3000.0);
    // Points per member: the year's entries of the members placed in the branch.
    let members = owner_value(&w, &format!(
        "select count(*) from member where tenant_id = '{t}' and status = 'ACTIVE' and '{branch}' in (org_id, party_org_id)"
    )).await;
    let total = owner_value(&w, &format!(
        "select coalesce(sum(e.points), 0)::bigint from point_entry e join member m on m.tenant_id = e.tenant_id and m.id = e.member_id where e.tenant_id = '{t}' and '{branch}' in (m.org_id, m.party_org_id) and e.occurred_at >= '2024-12-31T16:00:00Z' and e.occurred_at < '2025-12-31T16:00:00Z'"
    )).await;
    let pts = score(mine, &ind[2]["id"]);
    assert_eq!(
        (pts["numerator"].as_f64(), pts["denominator"].as_f64()),
        (Some(total as f64), Some(members as f64))
    );
    assert!(
        total > 0 && members == 4,
        "{total} points, {members} members"
    );
    let expected_points = (2000.0 * total as f64 / (members as f64 * 4.0)).round() / 100.0;
    assert_eq!(pts["score"].as_f64().unwrap(), expected_points.min(20.0));
    // Notices: the receipts due (deadline passed) and those acknowledged by it.
    let receipts = owner_value(&w, &format!(
        "select count(*) from notice_recipient r join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id where r.tenant_id = '{t}' and n.ack_required and n.published_at >= '2024-12-31T16:00:00Z' and n.published_at < '2025-12-31T16:00:00Z'"
    )).await;
    let notice = score(mine, &ind[3]["id"]);
    assert_eq!(notice["denominator"], receipts as f64);
    assert_eq!(notice["numerator"], 1.0);
    // The second branch had nothing due: full marks on what was not asked of it.
    let other = line(ledger, &w.other);
    assert_eq!(score(other, &ind[1]["id"])["score"], 20.0);
    assert_eq!(score(other, &ind[1]["id"])["denominator"], 0.0);
    // Totals, ranks and stars follow from the scores.
    for l in ledger["results"].as_array().unwrap() {
        let sum: f64 = l["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["score"].as_f64().unwrap())
            .sum();
        assert!((l["total"].as_f64().unwrap() - sum).abs() < 0.001, "{l}");
        let stars = [60.0, 70.0, 80.0, 90.0, 95.0]
            .iter()
            .filter(|t| sum >= **t)
            .count();
        assert_eq!(l["stars"], stars as i64, "{l}");
    }
    let (a, b) = (line(ledger, &w.branch), line(ledger, &w.other));
    assert_eq!(
        (a["rank"].as_i64(), b["rank"].as_i64()),
        (Some(2), Some(1)),
        "{ledger}"
    );
}

#[tokio::test]
async fn manual_indicators_are_scored_by_the_issuing_org_within_their_weight() {
    // Arrange
    let w = world().await;
    let body = create(&w, &w.t.token, scheme_input(&w, 2026)).await;
    let ledger = &body["data"]["createAssessmentScheme"]["ledger"];
    let scheme = ledger["scheme"]["id"].clone();
    let manual = ledger["indicators"][4]["id"].clone();
    let auto = ledger["indicators"][1]["id"].clone();
    let input = |indicator: &Value, org: &str, score: f64| json!({ "i": { "schemeId": scheme, "indicatorId": indicator, "organizationId": org, "score": score, "note": "品牌创建成效明显" } });

    // Act
    let scored = w
        .app
        .gql(Some(&w.t.token), SCORE, input(&manual, &w.branch, 18.5))
        .await;
    let over = w
        .app
        .gql(Some(&w.t.token), SCORE, input(&manual, &w.branch, 20.01))
        .await;
    let automatic = w
        .app
        .gql(Some(&w.t.token), SCORE, input(&auto, &w.branch, 10.0))
        .await;
    let not_assessed = w
        .app
        .gql(Some(&w.t.token), SCORE, input(&manual, &w.committee, 10.0))
        .await;
    let by_branch = w
        .app
        .gql(Some(&w.officer.0), SCORE, input(&manual, &w.branch, 20.0))
        .await;

    // Assert
    let mine = line(
        &scored["data"]["scoreAssessmentIndicator"]["ledger"],
        &w.branch,
    );
    let s = score(mine, &manual);
    assert_eq!(
        (s["score"].as_f64(), s["manual"].as_bool()),
        (Some(18.5), Some(true)),
        "{scored}"
    );
    assert_eq!(s["note"], "品牌创建成效明显");
    assert_eq!(code(&over), Some("VALIDATION"), "{over}");
    assert_eq!(code(&automatic), Some("VALIDATION"), "{automatic}");
    assert_eq!(code(&not_assessed), Some("NOT_FOUND"), "{not_assessed}");
    assert_eq!(code(&by_branch), Some("NOT_FOUND"), "{by_branch}");
}

#[tokio::test]
async fn an_assessed_branch_reports_with_evidence_and_sees_only_its_own_line_ranked_among_all() {
    // Arrange
    let w = world().await;
    let body = create(&w, &w.t.token, scheme_input(&w, 2026)).await;
    let ledger = &body["data"]["createAssessmentScheme"]["ledger"];
    let scheme = ledger["scheme"]["id"].clone();
    let manual = ledger["indicators"][4]["id"].clone();
    let file = w.app.upload_image(&w.officer.0).await;

    // Act
    let reported = w
        .app
        .gql(
            Some(&w.officer.0),
            REPORT,
            json!({ "i": { "schemeId": scheme, "indicatorId": manual, "organizationId": w.branch, "text": "开展“红色领航”品牌创建，已形成案例", "fileIds": [file] } }),
        )
        .await;
    let elsewhere = w
        .app
        .gql(
            Some(&w.officer.0),
            REPORT,
            json!({ "i": { "schemeId": scheme, "indicatorId": manual, "organizationId": w.other, "text": "代报" } }),
        )
        .await;
    let seen = w
        .app
        .gql(Some(&w.officer.0), LEDGER, json!({ "s": scheme }))
        .await;
    let reports = w
        .app
        .gql_ok(
            Some(&w.t.token),
            REPORTS,
            json!({ "s": scheme, "o": w.branch }),
        )
        .await;
    let member = w
        .app
        .gql(Some(&w.members[0].0), LEDGER, json!({ "s": scheme }))
        .await;

    // Assert
    let report = &reported["data"]["submitAssessmentReport"]["report"];
    assert_eq!(report["authorName"], "书记", "{reported}");
    assert_eq!(report["files"].as_array().map(Vec::len), Some(1));
    assert_eq!(code(&elsewhere), Some("NOT_FOUND"), "{elsewhere}");
    let results = seen["data"]["assessmentLedger"]["results"]
        .as_array()
        .unwrap();
    assert_eq!(results.len(), 1, "{seen}");
    assert_eq!(results[0]["organizationId"], w.branch);
    assert_eq!(seen["data"]["assessmentLedger"]["canManage"], false);
    assert_eq!(
        reports["assessmentReports"][0]["files"][0]["fileName"]
            .as_str()
            .map(|s| !s.is_empty()),
        Some(true)
    );
    assert_eq!(code(&member), Some("NOT_FOUND"), "{member}");
}

#[tokio::test]
async fn another_tenant_finds_no_scheme_where_its_own_admin_does() {
    // Arrange
    let w = world().await;
    let body = create(&w, &w.t.token, scheme_input(&w, 2026)).await;
    let scheme = body["data"]["createAssessmentScheme"]["ledger"]["scheme"]["id"].clone();
    let manual = body["data"]["createAssessmentScheme"]["ledger"]["indicators"][4]["id"].clone();
    let stranger = w.app.sign_up().await;

    // Act
    let own = w
        .app
        .gql(Some(&w.t.token), LEDGER, json!({ "s": scheme }))
        .await;
    let theirs = w
        .app
        .gql(Some(&stranger.token), LEDGER, json!({ "s": scheme }))
        .await;
    let recompute = w
        .app
        .gql(Some(&stranger.token), RECOMPUTE, json!({ "s": scheme }))
        .await;
    let records = w
        .app
        .gql(
            Some(&stranger.token),
            RECORDS,
            json!({ "s": scheme, "i": manual, "o": w.branch }),
        )
        .await;
    let listed = w
        .app
        .gql_ok(Some(&stranger.token), SCHEMES, json!({ "y": 2026 }))
        .await;
    let create_there = create(&w, &stranger.token, scheme_input(&w, 2026)).await;

    // Assert
    assert!(own["errors"].is_null(), "{own}");
    assert_eq!(code(&theirs), Some("NOT_FOUND"), "{theirs}");
    assert_eq!(code(&recompute), Some("NOT_FOUND"), "{recompute}");
    assert_eq!(code(&records), Some("NOT_FOUND"), "{records}");
    assert_eq!(
        listed["assessmentSchemes"].as_array().map(Vec::len),
        Some(0)
    );
    assert_eq!(code(&create_there), Some("NOT_FOUND"), "{create_there}");
}

#[tokio::test]
async fn bad_forms_get_validation_errors_that_name_the_field() {
    // Arrange
    let w = world().await;
    let mut nul = scheme_input(&w, 2026);
    nul["name"] = json!("考核\u{0}方案");
    let mut thresholds = scheme_input(&w, 2026);
    thresholds["starThresholds"] = json!([60, 50, 80, 90, 95]);
    let mut over_full = scheme_input(&w, 2026);
    over_full["starThresholds"] = json!([60, 70, 80, 90, 100.5]);
    let mut quarter = scheme_input(&w, 2026);
    quarter["periodKind"] = json!("QUARTER");
    quarter["quarter"] = json!(5);
    let mut no_metric = scheme_input(&w, 2026);
    no_metric["indicators"] = json!([{ "name": "自动", "weight": 10, "method": "AUTO" }]);
    no_metric["starThresholds"] = json!([1, 2, 3, 4, 5]);
    let mut decimals = scheme_input(&w, 2026);
    decimals["indicators"][0]["weight"] = json!(10.005);

    // Act
    let answers = join_all(
        [nul, thresholds, over_full, quarter, no_metric, decimals]
            .into_iter()
            .map(|i| create(&w, &w.t.token, i)),
    )
    .await;

    // Assert
    for a in &answers {
        assert_eq!(code(a), Some("VALIDATION"), "{a}");
    }
    let listed = w.app.gql_ok(Some(&w.t.token), SCHEMES, json!({})).await;
    assert_eq!(
        listed["assessmentSchemes"].as_array().map(Vec::len),
        Some(0)
    );
}

#[tokio::test]
async fn parallel_recomputations_take_turns_and_agree_and_the_worker_pass_recomputes() {
    // Arrange
    let w = world().await;
    records_of_2025(&w).await;
    let body = create(&w, &w.t.token, scheme_input(&w, 2025)).await;
    let scheme = body["data"]["createAssessmentScheme"]["ledger"]["scheme"]["id"].clone();
    let before = w
        .app
        .gql_ok(Some(&w.t.token), LEDGER, json!({ "s": scheme }))
        .await;

    // Act
    let answers = join_all((0..4).map(|_| {
        w.app
            .gql(Some(&w.t.token), RECOMPUTE, json!({ "s": scheme }))
    }))
    .await;
    let n = tongxin_core::assessment::recompute_all(&w.app.app, Utc::now())
        .await
        .unwrap();
    let after = w
        .app
        .gql_ok(Some(&w.t.token), LEDGER, json!({ "s": scheme }))
        .await;

    // Assert
    for a in &answers {
        assert!(a["errors"].is_null(), "{a}");
    }
    assert!(n >= 1);
    assert_eq!(
        before["assessmentLedger"]["results"],
        after["assessmentLedger"]["results"]
    );
    assert!(
        after["assessmentLedger"]["scheme"]["computedAt"].as_str()
            > before["assessmentLedger"]["scheme"]["computedAt"].as_str()
    );
}

#[tokio::test]
async fn stars_follow_new_thresholds_and_a_closed_scheme_is_final() {
    // Arrange
    let w = world().await;
    let body = create(&w, &w.t.token, scheme_input(&w, 2026)).await;
    let ledger = &body["data"]["createAssessmentScheme"]["ledger"];
    let scheme = ledger["scheme"]["id"].clone();
    let manual = ledger["indicators"][4]["id"].clone();
    let total = line(ledger, &w.branch)["total"].as_f64().unwrap();

    // Act: the branch's total is exactly the 3-star threshold, then one hundredth short.
    let exact = w
        .app
        .gql(Some(&w.t.token), STARS, json!({ "i": { "schemeId": scheme, "starThresholds": [total - 2.0, total - 1.0, total, total + 0.5, total + 1.0] } }))
        .await;
    let short = w
        .app
        .gql(Some(&w.t.token), STARS, json!({ "i": { "schemeId": scheme, "starThresholds": [total - 2.0, total - 1.0, total + 0.01, total + 0.5, total + 1.0] } }))
        .await;
    let closed = w
        .app
        .gql(Some(&w.t.token), CLOSE, json!({ "s": scheme }))
        .await;
    let again = w
        .app
        .gql(Some(&w.t.token), CLOSE, json!({ "s": scheme }))
        .await;
    let late = w
        .app
        .gql(Some(&w.t.token), SCORE, json!({ "i": { "schemeId": scheme, "indicatorId": manual, "organizationId": w.branch, "score": 1 } }))
        .await;

    // Assert
    assert_eq!(
        line(&exact["data"]["setAssessmentStars"]["ledger"], &w.branch)["stars"],
        3,
        "{exact}"
    );
    assert_eq!(
        line(&short["data"]["setAssessmentStars"]["ledger"], &w.branch)["stars"],
        2,
        "{short}"
    );
    assert_eq!(
        closed["data"]["closeAssessmentScheme"]["ledger"]["scheme"]["status"], "CLOSED",
        "{closed}"
    );
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert_eq!(code(&late), Some("CONFLICT"), "{late}");
}

//! Points against the real server: caps at their thresholds (the 12th 集中学习 pays, the 13th
//! records 0 with the reason; a daily cap), the annual reset, idempotent events (also in
//! parallel), parallel awards against a cap, appeals upheld and rejected with corrections and
//! notifications, one pending appeal per entry under parallel requests, the append-only ledger,
//! rankings with ties and 支部对标, attendance and adoption earning points end to end, undone
//! attendance taking its points back (and freeing its place under a cap), and
//! NOT_FOUND across tenants and outside an officer's orgs next to positive controls.

use chrono::{DateTime, Duration, TimeZone, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_core::Ctx;
use tongxin_core::points::{self, EntryRow, Event, PointAction, SourceKind};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, nodes, uuid_of};
use uuid::Uuid;

const MY_POINTS: &str = "query($y: Int!) { myPoints(year: $y) { year balance years { year balance } entries(first: 50) { edges { node { id points requested cappedReason explanation sourceKind sourceTitle action net canAppeal appealStatus correctsEntryId } } } } }";
const MEMBER_POINTS: &str = "query($m: ID!, $y: Int!) { memberPoints(memberId: $m, year: $y) { memberName balance entries(first: 10) { edges { node { id points } } } } }";
const RULES: &str = "query { pointRules { id action name points capDay capMonth capYear lines statuses source active } pointRulesEditable }";
const UPDATE_RULE: &str = "mutation($i: UpdatePointRuleInput!) { updatePointRule(input: $i) { rule { id points capYear active } } }";
const AWARD: &str = "mutation($i: AwardPointsInput!) { awardPoints(input: $i) { entry { id points cappedReason note } } }";
const APPEAL: &str = "mutation($i: AppealPointEntryInput!) { appealPointEntry(input: $i) { appeal { id status reason entry { id } } } }";
const APPEALS: &str = "query($s: PointAppealStatus) { pointAppeals(status: $s, first: 50) { edges { node { id status memberName reason entry { id points explanation } } } } }";
const MY_APPEALS: &str = "query { myPointAppeals { id status reason note entry { id points } } }";
const DECIDE: &str = "mutation($i: DecidePointAppealInput!) { decidePointAppeal(input: $i) { appeal { id status note correctionEntryId } } }";
const RANKINGS: &str = "query($o: ID!, $y: Int!) { pointRankings(orgId: $o, year: $y, first: 50) { rank memberName points } }";
const BRANCHES: &str = "query($o: ID!, $y: Int!) { branchPointRankings(orgId: $o, year: $y) { rank organizationName members total average } }";

/// A tenant with a party committee over two branches: the first branch's secretary (an
/// officer), three full members in the first branch, one in the second.
struct World {
    app: TestApp,
    t: Tenant,
    tenant: Uuid,
    committee: String,
    branch: String,
    other: String,
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
        let m = app.join(&t.token, &branch, name).await;
        app.set_political_status(&t.token, &m.1, name, "FULL_MEMBER")
            .await;
        members.push(m);
    }
    let outsider = app.join(&t.token, &other, "丁成员").await;
    app.set_political_status(&t.token, &outsider.1, "丁成员", "FULL_MEMBER")
        .await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    World {
        app,
        t,
        tenant,
        committee,
        branch,
        other,
        officer,
        members,
        outsider,
    }
}

/// Beijing noon of a day.
fn beijing_noon(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    chrono_tz::Asia::Shanghai
        .with_ymd_and_hms(y, m, d, 12, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Reports an event through the interface other modules call, in a transaction of its own.
async fn earn(
    w: &World,
    member: &str,
    action: PointAction,
    kind: SourceKind,
    source: &str,
    at: DateTime<Utc>,
) -> Option<EntryRow> {
    let ctx = Ctx::for_tests(w.tenant);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let out = points::earn(
        &mut tx,
        &ctx,
        &Event {
            member_id: uuid_of(member),
            action,
            source_kind: kind,
            source_id: source.to_string(),
            source_title: format!("事件 {source}"),
            occurred_at: at,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    out
}

/// `n` 集中学习 events of the member in the last half hour (sources `m0`, `m1`, …).
async fn attended_lately(w: &World, member: &str, n: i64) {
    for i in 0..n {
        earn(
            w,
            member,
            PointAction::MeetingAttendance,
            SourceKind::Meeting,
            &format!("m{i}"),
            Utc::now() - Duration::minutes(30 - i),
        )
        .await;
    }
}

/// The members' yearly balances (kept by the ledger's trigger) that differ from a recount of
/// the ledger's entries: none, always.
async fn balances_off_the_ledger(w: &World) -> i64 {
    let ctx = Ctx::for_tests(w.tenant);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let off: i64 = sqlx::query_scalar(
        "select count(*) from
           (select member_id, year, sum(points)::bigint as p from point_entry
             where tenant_id = $1 group by member_id, year) e
           full join (select member_id, year, points as p from point_balance
                       where tenant_id = $1) b using (member_id, year)
          where e.p is distinct from b.p",
    )
    .bind(w.tenant)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    drop(tx);
    off
}

async fn my_points(w: &World, token: &str, year: i32) -> Value {
    w.app
        .gql_ok(Some(token), MY_POINTS, json!({ "y": year }))
        .await["myPoints"]
        .clone()
}

fn entries(account: &Value) -> Vec<Value> {
    nodes(&account["entries"])
}

async fn award(w: &World, token: &str, member: &str, points: i32, reason: &str) -> Value {
    w.app
        .gql(
            Some(token),
            AWARD,
            json!({ "i": { "memberId": member, "points": points, "reason": reason } }),
        )
        .await
}

#[tokio::test]
async fn the_twelfth_meeting_entry_pays_and_the_thirteenth_records_zero_with_the_reason() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let year = 2026;

    // Act
    let mut paid = vec![];
    for i in 0..13u32 {
        let e = earn(
            &w,
            &member.1,
            PointAction::MeetingAttendance,
            SourceKind::Meeting,
            &format!("m{i}"),
            beijing_noon(year, 1 + i % 12, 10),
        )
        .await
        .expect("an entry");
        paid.push(e);
    }
    let account = my_points(&w, &member.0, year).await;

    // Assert
    assert!(
        paid[..12]
            .iter()
            .all(|e| e.points == 2 && e.capped_reason.is_none())
    );
    assert_eq!(paid[11].points, 2, "the 12th pays");
    assert_eq!(paid[12].points, 0, "the 13th records 0");
    assert_eq!(paid[12].requested, 2);
    assert_eq!(
        paid[12].capped_reason.as_deref(),
        Some("已达年度上限 12 次")
    );
    assert_eq!(account["balance"], 24);
    let newest = &entries(&account)[0];
    assert_eq!(newest["points"], 0);
    assert_eq!(newest["cappedReason"], "已达年度上限 12 次");
    assert!(
        newest["explanation"]
            .as_str()
            .unwrap()
            .contains("已达年度上限 12 次"),
        "{newest}"
    );
}

#[tokio::test]
async fn a_daily_study_cap_pays_six_a_day_and_the_next_beijing_day_pays_again() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let day = beijing_noon(2026, 3, 5);

    // Act
    let mut points = vec![];
    for i in 0..7 {
        let e = earn(
            &w,
            &member.1,
            PointAction::StudyCompleted,
            SourceKind::Study,
            &format!("s{i}"),
            day + Duration::minutes(i),
        )
        .await
        .unwrap();
        points.push((e.points, e.capped_reason));
    }
    // 23:59 Beijing time is still the same day; 00:01 the next.
    let late = earn(
        &w,
        &member.1,
        PointAction::StudyCompleted,
        SourceKind::Study,
        "late",
        day + Duration::hours(11) + Duration::minutes(59),
    )
    .await
    .unwrap();
    let next = earn(
        &w,
        &member.1,
        PointAction::StudyCompleted,
        SourceKind::Study,
        "next",
        day + Duration::hours(12) + Duration::minutes(1),
    )
    .await
    .unwrap();

    // Assert
    assert_eq!(points.iter().filter(|(p, _)| *p == 1).count(), 6);
    assert_eq!(points[6], (0, Some("已达当日上限 6 次".to_string())));
    assert_eq!(late.points, 0);
    assert_eq!(next.points, 1);
}

#[tokio::test]
async fn balances_reset_every_year_and_each_year_counts_its_own_caps() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];

    // Act
    for i in 0..12 {
        earn(
            &w,
            &member.1,
            PointAction::MeetingAttendance,
            SourceKind::Meeting,
            &format!("a{i}"),
            beijing_noon(2025, 6, 1),
        )
        .await;
    }
    let first_of_next = earn(
        &w,
        &member.1,
        PointAction::MeetingAttendance,
        SourceKind::Meeting,
        "b0",
        // 00:30 on 1 January in Beijing, still 31 December in UTC.
        chrono_tz::Asia::Shanghai
            .with_ymd_and_hms(2026, 1, 1, 0, 30, 0)
            .unwrap()
            .with_timezone(&Utc),
    )
    .await
    .unwrap();
    let y2025 = my_points(&w, &member.0, 2025).await;
    let y2026 = my_points(&w, &member.0, 2026).await;
    let bad_year = w
        .app
        .gql(Some(&member.0), MY_POINTS, json!({ "y": 99999 }))
        .await;

    // Assert
    assert_eq!(first_of_next.year, 2026);
    assert_eq!(first_of_next.points, 2, "a new year has room again");
    assert_eq!(y2025["balance"], 24);
    assert_eq!(y2026["balance"], 2);
    assert_eq!(
        y2026["years"],
        json!([{ "year": 2026, "balance": 2 }, { "year": 2025, "balance": 24 }])
    );
    assert_eq!(code(&bad_year), Some("VALIDATION"));
}

#[tokio::test]
async fn a_repeated_event_pays_once_even_when_reported_in_parallel() {
    // Arrange
    let w = world().await;
    let member = w.members[0].1.clone();
    let at = beijing_noon(2026, 4, 1);

    // Act
    let results = join_all((0..10).map(|_| {
        earn(
            &w,
            &member,
            PointAction::ActivityAttendance,
            SourceKind::Activity,
            "same-activity",
            at,
        )
    }))
    .await;
    let again = earn(
        &w,
        &member,
        PointAction::ActivityAttendance,
        SourceKind::Activity,
        "same-activity",
        at,
    )
    .await;
    let account = my_points(&w, &w.members[0].0, 2026).await;

    // Assert
    assert_eq!(results.iter().filter(|r| r.is_some()).count(), 1);
    assert!(again.is_none());
    assert_eq!(account["balance"], 3);
    assert_eq!(entries(&account).len(), 1);
}

#[tokio::test]
async fn twenty_parallel_awards_against_a_cap_of_twelve_pay_exactly_twelve() {
    // Arrange
    let w = world().await;
    let rules = w.app.gql_ok(Some(&w.t.token), RULES, json!({})).await;
    let manual = rules["pointRules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "MANUAL")
        .unwrap()
        .clone();
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                UPDATE_RULE,
                json!({ "i": { "ruleId": manual["id"], "name": "手动奖励", "points": 0,
                               "capYear": 12, "source": manual["source"], "active": true } }),
            )
            .await
    );
    let member = w.members[1].1.clone();

    // Act
    let results = join_all((0..20).map(|i| {
        let reason = format!("第 {i} 次表扬");
        let token = w.officer.0.clone();
        let member = member.clone();
        let w = &w;
        async move { award(w, &token, &member, 3, &reason).await }
    }))
    .await;
    let account = my_points(&w, &w.members[1].0, Utc::now().year_beijing()).await;

    // Assert
    let paid: Vec<i64> = results
        .iter()
        .map(|r| {
            assert_ok!(r.clone())["awardPoints"]["entry"]["points"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(paid.iter().filter(|p| **p == 3).count(), 12, "{paid:?}");
    assert_eq!(paid.iter().filter(|p| **p == 0).count(), 8);
    assert_eq!(account["balance"], 36);
}

trait BeijingYear {
    fn year_beijing(&self) -> i32;
}

impl BeijingYear for DateTime<Utc> {
    fn year_beijing(&self) -> i32 {
        points::rules::year_of(*self)
    }
}

#[tokio::test]
async fn an_upheld_appeal_writes_a_correction_and_a_rejected_one_does_not_and_everyone_is_told() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let year = Utc::now().year_beijing();
    attended_lately(&w, &member.1, 13).await;
    let account = my_points(&w, &member.0, year).await;
    let capped = entries(&account)
        .into_iter()
        .find(|e| e["points"] == 0)
        .unwrap();
    let paid = entries(&account)
        .into_iter()
        .find(|e| e["points"] == 2)
        .unwrap();

    // Act
    let appealed = w
        .app
        .gql(
            Some(&member.0),
            APPEAL,
            json!({ "i": { "entryId": capped["id"], "reason": "这次是补课，不应计入上限" } }),
        )
        .await;
    let second = w
        .app
        .gql(
            Some(&member.0),
            APPEAL,
            json!({ "i": { "entryId": paid["id"], "reason": "应为 3 分" } }),
        )
        .await;
    let queue = w
        .app
        .gql_ok(Some(&w.officer.0), APPEALS, json!({ "s": "PENDING" }))
        .await;
    let upheld_id = assert_ok!(appealed.clone())["appealPointEntry"]["appeal"]["id"].clone();
    let rejected_id = assert_ok!(second.clone())["appealPointEntry"]["appeal"]["id"].clone();
    let officer_told = w.app.notifications(&w.officer.0).await;
    let upheld = w
        .app
        .gql(
            Some(&w.officer.0),
            DECIDE,
            json!({ "i": { "appealId": upheld_id, "decision": "UPHELD", "points": 2, "note": "补课不计上限" } }),
        )
        .await;
    let rejected = w
        .app
        .gql(
            Some(&w.officer.0),
            DECIDE,
            json!({ "i": { "appealId": rejected_id, "decision": "REJECTED", "note": "按规则每次 2 分" } }),
        )
        .await;
    let twice = w
        .app
        .gql(
            Some(&w.officer.0),
            DECIDE,
            json!({ "i": { "appealId": rejected_id, "decision": "REJECTED", "note": "再次" } }),
        )
        .await;
    let after = my_points(&w, &member.0, year).await;

    // Assert
    assert_eq!(nodes(&queue["pointAppeals"]).len(), 2, "{queue}");
    assert!(
        officer_told
            .iter()
            .any(|n| n["kind"] == "POINTS" && n["title"].as_str().unwrap().contains("申诉")),
        "{officer_told:?}"
    );
    let up = &assert_ok!(upheld)["decidePointAppeal"]["appeal"];
    assert_eq!(up["status"], "UPHELD");
    assert!(up["correctionEntryId"].is_string());
    let rej = &assert_ok!(rejected)["decidePointAppeal"]["appeal"];
    assert_eq!(rej["status"], "REJECTED");
    assert!(rej["correctionEntryId"].is_null());
    assert_eq!(code(&twice), Some("CONFLICT"));
    assert_eq!(account["balance"], 24);
    assert_eq!(after["balance"], 26, "the correction adds 2");
    let list = entries(&after);
    let correction = list
        .iter()
        .find(|e| e["sourceKind"] == "CORRECTION")
        .unwrap();
    assert_eq!(correction["points"], 2);
    assert_eq!(correction["correctsEntryId"], capped["id"]);
    let original = list.iter().find(|e| e["id"] == capped["id"]).unwrap();
    assert_eq!(original["points"], 0, "the original entry is never edited");
    assert_eq!(original["net"], 2);
    assert_eq!(original["appealStatus"], "UPHELD");
    let mine = w.app.gql_ok(Some(&member.0), MY_APPEALS, json!({})).await["myPointAppeals"].clone();
    let mine = mine.as_array().unwrap();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert_eq!(mine[0]["status"], "REJECTED", "newest first");
    assert_eq!(mine[0]["entry"]["id"], paid["id"]);
    assert_eq!(mine[1]["status"], "UPHELD");
    assert_eq!(mine[1]["note"], "补课不计上限");
    let others = w
        .app
        .gql_ok(Some(&w.members[1].0), MY_APPEALS, json!({}))
        .await;
    assert_eq!(
        others["myPointAppeals"],
        json!([]),
        "another member sees none"
    );
    let member_told = w.app.notifications(&member.0).await;
    assert!(member_told.iter().any(|n| n["title"] == "积分申诉成立"));
    assert!(member_told.iter().any(|n| n["title"] == "积分申诉被驳回"));
}

#[tokio::test]
async fn parallel_appeals_of_one_entry_leave_one_pending() {
    // Arrange
    let w = world().await;
    let member = w.members[0].clone();
    let year = Utc::now().year_beijing();
    earn(
        &w,
        &member.1,
        PointAction::ActivityAttendance,
        SourceKind::Activity,
        "a1",
        Utc::now(),
    )
    .await;
    let entry = entries(&my_points(&w, &member.0, year).await)[0]["id"].clone();

    // Act
    let results = join_all((0..10).map(|i| {
        w.app.gql(
            Some(&member.0),
            APPEAL,
            json!({ "i": { "entryId": entry, "reason": format!("理由 {i}") } }),
        )
    }))
    .await;

    // Assert
    let ok = results.iter().filter(|r| r["errors"].is_null()).count();
    let conflicts = results
        .iter()
        .filter(|r| code(r) == Some("CONFLICT"))
        .count();
    assert_eq!((ok, conflicts), (1, 9), "{results:?}");
}

#[tokio::test]
async fn the_ledger_and_its_balances_cannot_be_edited_or_deleted_by_the_runtime_role() {
    // Arrange
    let w = world().await;
    earn(
        &w,
        &w.members[0].1,
        PointAction::ActivityAttendance,
        SourceKind::Activity,
        "a1",
        Utc::now(),
    )
    .await
    .unwrap();
    let ctx = Ctx::for_tests(w.tenant);

    // Act
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let update = sqlx::query("update point_entry set points = 100 where tenant_id = $1")
        .bind(w.tenant)
        .execute(&mut *tx)
        .await;
    drop(tx);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let delete = sqlx::query("delete from point_entry where tenant_id = $1")
        .bind(w.tenant)
        .execute(&mut *tx)
        .await;
    drop(tx);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let balance = sqlx::query("update point_balance set points = 100 where tenant_id = $1")
        .bind(w.tenant)
        .execute(&mut *tx)
        .await;
    drop(tx);

    // Assert
    for result in [update, delete, balance] {
        let err = result.expect_err("append-only");
        assert!(err.to_string().contains("permission denied"), "{err}");
    }
}

#[tokio::test]
async fn rankings_share_a_rank_on_ties_by_name_and_branches_rank_by_their_average() {
    // Arrange
    let w = world().await;
    let year = Utc::now().year_beijing();
    // 甲 and 乙 tie with 6, 丙 has 3; 丁 in the second branch has 9.
    for (m, n) in [
        (&w.members[0], 2),
        (&w.members[1], 2),
        (&w.members[2], 1),
        (&w.outsider, 3),
    ] {
        for i in 0..n {
            earn(
                &w,
                &m.1,
                PointAction::ActivityAttendance,
                SourceKind::Activity,
                &format!("a{i}"),
                Utc::now(),
            )
            .await;
        }
    }

    // Act
    let ranking = w
        .app
        .gql_ok(
            Some(&w.t.token),
            RANKINGS,
            json!({ "o": w.branch, "y": year }),
        )
        .await;
    let branches = w
        .app
        .gql_ok(
            Some(&w.t.token),
            BRANCHES,
            json!({ "o": w.committee, "y": year }),
        )
        .await;

    // Assert
    let rows: Vec<(i64, String, i64)> = ranking["pointRankings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rank"].as_i64().unwrap(),
                r["memberName"].as_str().unwrap().to_string(),
                r["points"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!((rows[0].0, rows[0].2), (1, 6));
    assert_eq!((rows[1].0, rows[1].2), (1, 6), "a tie shares the rank");
    let mut tied = vec![rows[0].1.clone(), rows[1].1.clone()];
    tied.sort();
    assert_eq!(tied, vec!["乙成员".to_string(), "甲成员".to_string()]);
    assert_eq!(rows[2], (3, "丙成员".to_string(), 3), "the next rank skips");
    assert_eq!(rows[3], (4, "书记".to_string(), 0));
    let b = branches["branchPointRankings"].as_array().unwrap();
    assert_eq!(b[0]["organizationName"], "第二党支部");
    assert_eq!(b[0]["rank"], 1);
    assert_eq!(b[0]["average"], 9.0);
    assert_eq!(b[1]["organizationName"], "第一党支部");
    assert_eq!(b[1]["members"], 4);
    assert_eq!(b[1]["total"], 15);
    assert_eq!(b[1]["average"], 3.75);
    assert_eq!(balances_off_the_ledger(&w).await, 0);
}

#[tokio::test]
async fn activity_and_meeting_attendance_and_an_adopted_article_earn_points_end_to_end() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let year = Utc::now().year_beijing();
    let starts = Utc::now() + Duration::days(1);
    let activity = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            "mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } } }",
            json!({ "i": {
                "orgId": w.branch, "title": "社区志愿服务", "kind": "VOLUNTEER",
                "description": "", "place": "社区", "audience": { "orgIds": [w.branch] },
                "startsAt": starts.to_rfc3339(),
                "endsAt": (starts + Duration::hours(2)).to_rfc3339(),
            } }),
        )
        .await["createActivity"]["activity"]["id"]
        .clone();
    assert_ok!(
        w.app
            .gql(
                Some(&member.0),
                "mutation($i: RegisterForActivityInput!) { registerForActivity(input: $i) { registration { id } } }",
                json!({ "i": { "activityId": activity, "answers": [] } }),
            )
            .await
    );
    let meeting = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }",
            json!({ "i": {
                "orgId": w.branch, "type": "PARTY_LECTURE", "title": "专题党课",
                "startsAt": Utc::now() + Duration::minutes(5),
                "endsAt": Utc::now() + Duration::minutes(65), "location": "三楼会议室",
            } }),
        )
        .await["scheduleMeeting"]["meeting"]["id"]
        .clone();

    // Act
    let attended = w
        .app
        .gql(
            Some(&w.officer.0),
            "mutation($i: RecordActivityAttendanceInput!) { recordActivityAttendance(input: $i) { registration { id } } }",
            json!({ "i": { "activityId": activity, "memberId": member.1, "present": true } }),
        )
        .await;
    let at_meeting = w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { id } } }",
            json!({ "i": { "meetingId": meeting, "memberId": member.1, "present": true } }),
        )
        .await;
    let column = w
        .app
        .gql_ok(Some(&member.0), "query { columns { id name } }", json!({}))
        .await["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "工会风采")
        .unwrap()["id"]
        .clone();
    let article = w
        .app
        .gql_ok(
            Some(&member.0),
            "mutation($i: CreateArticleInput!) { createArticle(input: $i) { article { id } } }",
            json!({ "i": { "columnId": column, "content": { "title": "支部活动见闻", "body": "<p>好</p>", "tags": [] } } }),
        )
        .await["createArticle"]["article"]["id"]
        .clone();
    assert_ok!(
        w.app
            .gql(
                Some(&member.0),
                "mutation($i: SubmitArticleInput!) { submitArticle(input: $i) { article { id } } }",
                json!({ "i": { "articleId": article, "confidential": false } }),
            )
            .await
    );
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                "mutation($i: ReviewArticleInput!) { reviewArticle(input: $i) { article { id } } }",
                json!({ "i": { "articleId": article, "decision": "APPROVE" } }),
            )
            .await
    );
    let published = w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: PublishArticleInput!) { publishArticle(input: $i) { article { status } } }",
            json!({ "i": { "articleId": article } }),
        )
        .await;
    let account = my_points(&w, &member.0, year).await;

    // Assert
    assert_ok!(attended);
    assert_ok!(at_meeting);
    assert_ok!(published);
    let list = entries(&account);
    let by = |kind: &str| {
        list.iter()
            .find(|e| e["sourceKind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} entry: {list:?}"))
            .clone()
    };
    assert_eq!(by("ACTIVITY")["points"], 3);
    assert_eq!(by("ACTIVITY")["sourceTitle"], "社区志愿服务");
    assert_eq!(by("MEETING")["points"], 2);
    assert_eq!(by("MEETING")["action"], "MEETING_ATTENDANCE");
    assert_eq!(by("ARTICLE")["points"], 5);
    assert_eq!(account["balance"], 10);
}

#[tokio::test]
async fn other_tenants_and_officers_of_other_orgs_get_not_found_next_to_positive_controls() {
    // Arrange
    let w = world().await;
    let stranger = w.app.sign_up().await;
    let other_officer = w.app.join(&w.t.token, &w.other, "二支书").await;
    w.app
        .assign_position(
            &w.t.token,
            &w.other,
            &other_officer.1,
            "支部书记",
            "2026-01-01",
        )
        .await;
    let member = &w.members[0];
    let year = Utc::now().year_beijing();
    earn(
        &w,
        &member.1,
        PointAction::ActivityAttendance,
        SourceKind::Activity,
        "a1",
        Utc::now(),
    )
    .await
    .unwrap();
    let entry = entries(&my_points(&w, &member.0, year).await)[0]["id"].clone();

    // Act
    let own_officer = w
        .app
        .gql(
            Some(&w.officer.0),
            MEMBER_POINTS,
            json!({ "m": member.1, "y": year }),
        )
        .await;
    let other_org = w
        .app
        .gql(
            Some(&other_officer.0),
            MEMBER_POINTS,
            json!({ "m": member.1, "y": year }),
        )
        .await;
    let peer = w
        .app
        .gql(
            Some(&w.members[1].0),
            MEMBER_POINTS,
            json!({ "m": member.1, "y": year }),
        )
        .await;
    let foreign = w
        .app
        .gql(
            Some(&stranger.token),
            MEMBER_POINTS,
            json!({ "m": member.1, "y": year }),
        )
        .await;
    let foreign_award = award(&w, &stranger.token, &member.1, 5, "跨单位").await;
    let other_award = award(&w, &other_officer.0, &member.1, 5, "非本支部").await;
    let own_award = award(&w, &w.officer.0, &member.1, 5, "表现突出").await;
    let foreign_appeal = w
        .app
        .gql(
            Some(&stranger.token),
            APPEAL,
            json!({ "i": { "entryId": entry, "reason": "不是我的" } }),
        )
        .await;
    let peer_appeal = w
        .app
        .gql(
            Some(&w.members[1].0),
            APPEAL,
            json!({ "i": { "entryId": entry, "reason": "不是我的" } }),
        )
        .await;
    let foreign_ranking = w
        .app
        .gql(
            Some(&stranger.token),
            RANKINGS,
            json!({ "o": w.branch, "y": year }),
        )
        .await;
    let member_ranking = w
        .app
        .gql(
            Some(&member.0),
            RANKINGS,
            json!({ "o": w.branch, "y": year }),
        )
        .await;
    let other_queue = w
        .app
        .gql_ok(Some(&other_officer.0), APPEALS, json!({}))
        .await;

    // Assert
    assert_eq!(assert_ok!(own_officer)["memberPoints"]["balance"], 3);
    assert_eq!(code(&other_org), Some("NOT_FOUND"));
    assert_eq!(code(&peer), Some("NOT_FOUND"));
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
    assert_ok!(own_award);
    assert_eq!(code(&foreign_award), Some("NOT_FOUND"));
    assert_eq!(code(&other_award), Some("NOT_FOUND"));
    assert_eq!(code(&foreign_appeal), Some("NOT_FOUND"));
    assert_eq!(code(&peer_appeal), Some("NOT_FOUND"));
    assert_eq!(code(&foreign_ranking), Some("NOT_FOUND"));
    assert_eq!(code(&member_ranking), Some("NOT_FOUND"));
    assert!(nodes(&other_queue["pointAppeals"]).is_empty());
}

#[tokio::test]
async fn hostile_or_missing_reasons_and_out_of_range_points_are_validation_errors() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let long = "长".repeat(1001);

    // Act
    let nul = award(&w, &w.officer.0, &member.1, 5, "a\u{0}b").await;
    let too_long = award(&w, &w.officer.0, &member.1, 5, &long).await;
    let empty = award(&w, &w.officer.0, &member.1, 5, "   ").await;
    let zero = award(&w, &w.officer.0, &member.1, 0, "零分").await;
    let huge = award(&w, &w.officer.0, &member.1, 100_000, "太多").await;
    let wrong_id = award(&w, &w.officer.0, &w.branch, 5, "不是成员").await;
    let ok = award(&w, &w.officer.0, &member.1, 5, "表现突出").await;
    let entry = assert_ok!(ok)["awardPoints"]["entry"]["id"].clone();
    let appeal_nul = w
        .app
        .gql(
            Some(&member.0),
            APPEAL,
            json!({ "i": { "entryId": entry, "reason": "x\u{0}" } }),
        )
        .await;
    let appeal_long = w
        .app
        .gql(
            Some(&member.0),
            APPEAL,
            json!({ "i": { "entryId": entry, "reason": long } }),
        )
        .await;

    // Assert
    for body in [
        &nul,
        &too_long,
        &empty,
        &zero,
        &huge,
        &appeal_nul,
        &appeal_long,
    ] {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
    }
    assert!(
        matches!(code(&wrong_id), Some("VALIDATION") | Some("NOT_FOUND")),
        "{wrong_id}"
    );
    let told = w.app.notifications(&member.0).await;
    assert!(told.iter().any(|n| n["kind"] == "POINTS"));
}

#[tokio::test]
async fn members_read_the_rules_and_only_the_unit_level_changes_them() {
    // Arrange
    let w = world().await;

    // Act
    let as_member = w.app.gql_ok(Some(&w.members[0].0), RULES, json!({})).await;
    let meeting = as_member["pointRules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "MEETING_ATTENDANCE")
        .unwrap()
        .clone();
    let input = json!({ "ruleId": meeting["id"], "name": "集中学习", "points": 3, "capYear": 12,
                        "lines": ["PARTY"], "statuses": ["FULL_MEMBER", "PROBATIONARY"],
                        "source": meeting["source"], "active": true });
    let by_officer = w
        .app
        .gql(Some(&w.officer.0), UPDATE_RULE, json!({ "i": input }))
        .await;
    let by_admin = w
        .app
        .gql(Some(&w.t.token), UPDATE_RULE, json!({ "i": input }))
        .await;
    let bad = w
        .app
        .gql(
            Some(&w.t.token),
            UPDATE_RULE,
            json!({ "i": { "ruleId": meeting["id"], "name": "集中学习", "points": 3,
                           "capYear": 0, "lines": ["GRID"], "active": true } }),
        )
        .await;
    let priced = earn(
        &w,
        &w.members[0].1,
        PointAction::MeetingAttendance,
        SourceKind::Meeting,
        "m1",
        Utc::now(),
    )
    .await
    .unwrap();

    // Assert
    assert_eq!(meeting["points"], 2);
    assert_eq!(meeting["capYear"], 12);
    assert!(meeting["source"].as_str().unwrap().contains("三会一课"));
    assert_eq!(as_member["pointRulesEditable"], false);
    assert_eq!(code(&by_officer), Some("FORBIDDEN"));
    assert_eq!(assert_ok!(by_admin)["updatePointRule"]["rule"]["points"], 3);
    assert_eq!(code(&bad), Some("VALIDATION"));
    assert_eq!(priced.points, 3, "the new price applies from now on");
}

#[tokio::test]
async fn a_rule_skips_members_outside_its_lines_and_statuses() {
    // Arrange
    let w = world().await;
    let masses = w.app.join(&w.t.token, &w.branch, "群众").await;

    // Act
    let skipped = earn(
        &w,
        &masses.1,
        PointAction::MeetingAttendance,
        SourceKind::Meeting,
        "m1",
        Utc::now(),
    )
    .await;
    let paid = earn(
        &w,
        &masses.1,
        PointAction::ActivityAttendance,
        SourceKind::Activity,
        "a1",
        Utc::now(),
    )
    .await;

    // Assert
    assert!(skipped.is_none(), "集中学习 is for party members");
    assert_eq!(paid.unwrap().points, 3);
}

/// Schedules a 党课 of the first branch starting in five minutes (as the tenant admin).
async fn lecture(w: &World, title: &str) -> Value {
    w.app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }",
            json!({ "i": {
                "orgId": w.branch, "type": "PARTY_LECTURE", "title": title,
                "startsAt": Utc::now() + Duration::minutes(5),
                "endsAt": Utc::now() + Duration::minutes(65), "location": "三楼会议室",
            } }),
        )
        .await["scheduleMeeting"]["meeting"]["id"]
        .clone()
}

async fn mark(w: &World, meeting: &Value, member: &str, present: bool) -> Value {
    w.app
        .gql(
            Some(&w.t.token),
            "mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { id } } }",
            json!({ "i": { "meetingId": meeting, "memberId": member, "present": present } }),
        )
        .await
}

#[tokio::test]
async fn undoing_an_attendance_takes_its_points_back_and_signing_in_again_restores_them() {
    // Arrange
    let w = world().await;
    let member = &w.members[0];
    let year = Utc::now().year_beijing();
    let meeting = lecture(&w, "专题党课").await;
    assert_ok!(mark(&w, &meeting, &member.1, true).await);
    let before = my_points(&w, &member.0, year).await;

    // Act
    let undone = mark(&w, &meeting, &member.1, false).await;
    let after_undo = my_points(&w, &member.0, year).await;
    let again = mark(&w, &meeting, &member.1, true).await;
    let after_again = my_points(&w, &member.0, year).await;

    // Assert
    assert_ok!(undone);
    assert_ok!(again);
    assert_eq!(before["balance"], 2);
    assert_eq!(after_undo["balance"], 0, "{after_undo}");
    let back = entries(&after_undo)
        .into_iter()
        .find(|e| e["sourceKind"] == "CORRECTION")
        .unwrap();
    assert_eq!(back["points"], -2);
    assert!(
        back["explanation"]
            .as_str()
            .unwrap()
            .starts_with("撤销记分「专题党课」"),
        "{back}"
    );
    assert_eq!(after_again["balance"], 2, "{after_again}");
    let list = entries(&after_again);
    assert_eq!(
        list.len(),
        3,
        "the original, its revocation and its restoration: {list:?}"
    );
    let original = list.iter().find(|e| e["sourceKind"] == "MEETING").unwrap();
    assert_eq!(original["points"], 2, "the original entry is never edited");
    assert_eq!(original["net"], 2);
    assert!(
        list.iter()
            .any(|e| e["explanation"].as_str().unwrap().starts_with("恢复记分"))
    );
    assert_eq!(balances_off_the_ledger(&w).await, 0);
}

#[tokio::test]
async fn a_revoked_entry_frees_its_place_under_the_yearly_cap_and_its_restoration_is_capped() {
    // Arrange: twelve paid 集中学习 entries (the cap), the first then taken back.
    let w = world().await;
    let member = &w.members[0];
    let year = Utc::now().year_beijing();
    attended_lately(&w, &member.1, 12).await;
    let ctx = Ctx::for_tests(w.tenant);
    let first = Event {
        member_id: uuid_of(&member.1),
        action: PointAction::MeetingAttendance,
        source_kind: SourceKind::Meeting,
        source_id: "m0".into(),
        source_title: "事件 m0".into(),
        occurred_at: Utc::now() - Duration::minutes(30),
    };
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let revoked = points::revoke(&mut tx, &ctx, &first, "撤销签到")
        .await
        .unwrap();
    let twice = points::revoke(&mut tx, &ctx, &first, "撤销签到")
        .await
        .unwrap();
    tx.commit().await.unwrap();

    // Act
    let thirteenth = earn(
        &w,
        &member.1,
        PointAction::MeetingAttendance,
        SourceKind::Meeting,
        "m12",
        Utc::now(),
    )
    .await;
    let restored = earn(
        &w,
        &member.1,
        PointAction::MeetingAttendance,
        SourceKind::Meeting,
        "m0",
        first.occurred_at,
    )
    .await;
    let account = my_points(&w, &member.0, year).await;

    // Assert
    assert_eq!(revoked.unwrap().points, -2);
    assert!(twice.is_none(), "an entry at 0 has nothing to take back");
    assert_eq!(
        thirteenth.unwrap().points,
        2,
        "the revoked entry no longer counts"
    );
    let restored = restored.unwrap();
    assert_eq!(restored.points, 0, "the cap is full again");
    assert!(restored.capped_reason.is_some());
    assert_eq!(account["balance"], 24);
}

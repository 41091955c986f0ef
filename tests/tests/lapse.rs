//! `membership.lapse` against the real server: meetings missed without leave counted from the
//! first miss after a member's last organisational life, warnings to the member and their
//! branch's officers at the rule's offsets (the day before, on and after each), once per
//! stage; a tenant override that moves the thresholds and is cited; the list per org with
//! its permissions and isolation between tenants.

use chrono::{DateTime, Duration, FixedOffset, Months, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code};

const SCHEDULE: &str =
    "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }";
const ATTEND: &str = "mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { id } } }";
const RISKS: &str = "query($o: ID!, $l: DuesLine!) { lapseRisks(organizationId: $o, line: $l) { name level lapseMonths source missedMeetings unpaidMonths grounds { ground months since stageMonths lapsed } } }";
const OVERRIDE: &str =
    "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key effectiveSource } }";

/// A party branch: a secretary (an officer) and four full members.
struct World {
    app: TestApp,
    t: Tenant,
    branch: String,
    secretary: (String, String),
    absent: (String, String),
    excused: (String, String),
    present: (String, String),
    returned: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "第二党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let mut people = Vec::new();
    for name in ["周书记", "赵一", "钱二", "孙三", "李四"] {
        let m = app.join(&t.token, &branch, name).await;
        app.set_political_status(&t.token, &m.1, name, "FULL_MEMBER")
            .await;
        people.push(m);
    }
    let mut people = people.into_iter();
    let secretary = people.next().unwrap();
    app.assign_position(&t.token, &branch, &secretary.1, "书记", "2026-01-01")
        .await;
    World {
        app,
        t,
        branch,
        secretary,
        absent: people.next().unwrap(),
        excused: people.next().unwrap(),
        present: people.next().unwrap(),
        returned: people.next().unwrap(),
    }
}

/// Schedules a branch meeting starting at `starts`, an hour long; returns its id.
async fn meeting_at(w: &World, starts: DateTime<Utc>) -> String {
    let body = w
        .app
        .gql_ok(
            Some(&w.t.token),
            SCHEDULE,
            json!({ "i": { "orgId": w.branch, "type": "PARTY_LECTURE", "title": "党课", "startsAt": starts,
                           "endsAt": starts + Duration::hours(1), "location": "党员活动室" } }),
        )
        .await;
    body["scheduleMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn attend(w: &World, meeting: &str, member: &str) {
    w.app
        .gql_ok(
            Some(&w.t.token),
            ATTEND,
            json!({ "i": { "meetingId": meeting, "memberId": member, "present": true } }),
        )
        .await;
}

async fn excuse(w: &World, meeting: &str, member: &(String, String)) {
    w.app
        .gql_ok(
            Some(&member.0),
            "mutation($i: RequestMeetingLeaveInput!) { requestMeetingLeave(input: $i) { meeting { id } } }",
            json!({ "i": { "meetingId": meeting, "reason": "出差在外" } }),
        )
        .await;
    w.app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: DecideMeetingLeaveInput!) { decideMeetingLeave(input: $i) { meeting { id } } }",
            json!({ "i": { "meetingId": meeting, "memberId": member.1, "approve": true } }),
        )
        .await;
}

fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap()
}

/// Noon in China on `day`.
fn noon(day: NaiveDate) -> DateTime<Utc> {
    china()
        .from_local_datetime(&day.and_hms_opt(12, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

async fn titles(app: &TestApp, token: &str) -> Vec<String> {
    app.notifications(token)
        .await
        .iter()
        .map(|n| {
            format!(
                "{} | {}",
                n["title"].as_str().unwrap_or_default(),
                n["body"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[tokio::test]
async fn a_member_absent_without_leave_is_warned_at_three_and_five_months_and_lapses_at_six_to_the_day()
 {
    // Arrange: a meeting now that 赵一 misses, 钱二 is excused from, 孙三 attends and 李四
    // misses; a second meeting 李四 attends (his streak ends there).
    let w = world().await;
    let starts = Utc::now() - Duration::minutes(30);
    let first = meeting_at(&w, starts).await;
    excuse(&w, &first, &w.excused).await;
    for m in [&w.present.1, &w.secretary.1] {
        attend(&w, &first, m).await;
    }
    let second = meeting_at(&w, starts + Duration::minutes(5)).await;
    for m in [&w.present.1, &w.secretary.1, &w.excused.1, &w.returned.1] {
        attend(&w, &second, m).await;
    }
    let tenant = w.app.tenant_id(&w.t.token).await;
    let since = starts.with_timezone(&china()).date_naive();
    let day = |months: u32, shift: i64| noon(since + Months::new(months) + Duration::days(shift));
    let warn = |at: DateTime<Utc>| {
        let app = &w.app.app;
        async move { tongxin_core::lapse::warn(app, tenant, at).await.unwrap() }
    };

    // Act: the daily scan on the days around each threshold.
    let mut written = Vec::new();
    for (months, shift) in [
        (3, -1),
        (3, 0),
        (3, 1),
        (5, -1),
        (5, 0),
        (6, -1),
        (6, 0),
        (6, 1),
    ] {
        written.push(((months, shift), warn(day(months, shift)).await));
    }

    // Assert: two notifications (赵一 and the secretary) on the day each stage is reached,
    // none the day before or after.
    assert_eq!(
        written,
        vec![
            ((3, -1), 0),
            ((3, 0), 2),
            ((3, 1), 0),
            ((5, -1), 0),
            ((5, 0), 2),
            ((6, -1), 0),
            ((6, 0), 2),
            ((6, 1), 0)
        ],
    );
    let absent = titles(&w.app, &w.absent.0).await;
    assert_eq!(
        absent
            .iter()
            .filter(|t| t.starts_with("组织生活缺席预警"))
            .count(),
        2,
        "{absent:?}"
    );
    let lapsed = absent
        .iter()
        .find(|t| t.starts_with("已满 6 个月：视为自行脱党"))
        .unwrap_or_else(|| panic!("{absent:?}"));
    assert!(lapsed.contains("《中国共产党章程》第九条"), "{lapsed}");
    let secretary = titles(&w.app, &w.secretary.0).await;
    assert!(
        secretary
            .iter()
            .any(|t| t.starts_with("视为自行脱党：赵一") && t.contains("除名")),
        "{secretary:?}"
    );
    assert_eq!(
        secretary.iter().filter(|t| t.contains("赵一")).count(),
        3,
        "{secretary:?}"
    );
    for other in [&w.excused, &w.present, &w.returned] {
        let got = titles(&w.app, &other.0).await;
        assert!(
            !got.iter().any(|t| t.contains("预警") || t.contains("脱党")),
            "{got:?}"
        );
    }
}

#[tokio::test]
async fn a_tenant_override_of_the_months_changes_the_outcome_and_is_cited() {
    // Arrange: this tenant treats 4 months as leaving and warns at 2.
    let w = world().await;
    let source = "某集团党委 2026 年第 5 号文";
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                OVERRIDE,
                json!({ "i": { "key": "membership.lapse", "params": { "months": 4, "warnAfterMonths": [2] }, "sourceNote": source } }),
            )
            .await
    );
    let starts = Utc::now() - Duration::minutes(30);
    let first = meeting_at(&w, starts).await;
    for m in [&w.present.1, &w.secretary.1, &w.excused.1, &w.returned.1] {
        attend(&w, &first, m).await;
    }
    let tenant = w.app.tenant_id(&w.t.token).await;
    let since = starts.with_timezone(&china()).date_naive();
    let day = |months: u32, shift: i64| noon(since + Months::new(months) + Duration::days(shift));

    // Act
    let before = tongxin_core::lapse::warn(&w.app.app, tenant, day(4, -1))
        .await
        .unwrap();
    let on = tongxin_core::lapse::warn(&w.app.app, tenant, day(4, 0))
        .await
        .unwrap();

    // Assert: by statute 4 months is only the first warning; here the day before is the
    // tenant's warning at 2 months and the day itself the lapse, citing the tenant's source.
    assert_eq!((before, on), (2, 2));
    let got = titles(&w.app, &w.absent.0).await;
    let lapsed = got
        .iter()
        .find(|t| t.starts_with("已满 4 个月：视为自行脱党"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert!(lapsed.contains(source), "{lapsed}");
}

#[tokio::test]
async fn the_list_per_org_shows_who_is_at_risk_to_officers_only_and_never_to_another_tenant() {
    // Arrange: 赵一 missed everything since 200 days ago; 钱二 attended then and missed a meeting
    // 100 days ago; 孙三 attended both.
    let w = world().await;
    let long_ago = meeting_at(&w, Utc::now() - Duration::days(200)).await;
    let later = meeting_at(&w, Utc::now() - Duration::days(100)).await;
    for m in [&w.excused.1, &w.present.1, &w.secretary.1, &w.returned.1] {
        attend(&w, &long_ago, m).await;
    }
    for m in [&w.present.1, &w.secretary.1, &w.returned.1] {
        attend(&w, &later, m).await;
    }
    let other = w.app.sign_up().await;
    let other_branch = w
        .app
        .create_org_of(&other.token, None, "他企支部", "PARTY", "PARTY_BRANCH")
        .await;
    let ask = |token: String, org: String| {
        let app = &w.app;
        async move {
            app.gql(Some(&token), RISKS, json!({ "o": org, "l": "PARTY" }))
                .await
        }
    };

    // Act
    let admin = ask(w.t.token.clone(), w.branch.clone()).await;
    let secretary = ask(w.secretary.0.clone(), w.branch.clone()).await;
    let member = ask(w.present.0.clone(), w.branch.clone()).await;
    let foreign = ask(other.token.clone(), w.branch.clone()).await;
    let own = ask(other.token.clone(), other_branch.clone()).await;
    let league = w
        .app
        .gql(
            Some(&w.t.token),
            RISKS,
            json!({ "o": w.branch, "l": "YOUTH" }),
        )
        .await;

    // Assert
    let list = admin["data"]["lapseRisks"]
        .as_array()
        .unwrap_or_else(|| panic!("{admin}"));
    let names: Vec<&str> = list.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        vec!["赵一", "钱二"],
        "the furthest gone first: {admin}"
    );
    assert_eq!(list[0]["level"], "LAPSED");
    assert_eq!(list[0]["missedMeetings"], 2);
    assert_eq!(list[0]["grounds"][0]["ground"], "ORG_LIFE");
    assert_eq!(list[0]["grounds"][0]["lapsed"], true);
    assert!(list[0]["grounds"][0]["months"].as_i64().unwrap() >= 6);
    assert_eq!(list[1]["level"], "WARNING");
    assert_eq!(list[1]["grounds"][0]["stageMonths"], 3);
    assert_eq!(list[1]["lapseMonths"], 6);
    assert!(list[1]["source"].as_str().unwrap().contains("章程"));
    assert_eq!(
        secretary["data"]["lapseRisks"].as_array().map(Vec::len),
        Some(2),
        "{secretary}"
    );
    assert_eq!(code(&member), Some("NOT_FOUND"), "{member}");
    assert_eq!(code(&foreign), Some("NOT_FOUND"), "{foreign}");
    assert_eq!(own["data"]["lapseRisks"], json!([]), "{own}");
    assert_eq!(
        league["data"]["lapseRisks"],
        json!([]),
        "party meetings are not league life: {league}"
    );
}

#[tokio::test]
async fn unpaid_dues_count_as_their_own_ground() {
    // Arrange: 孙三 attends but is billed three months and pays none.
    let w = world().await;
    let month = tongxin_core::dues::current_month(Utc::now());
    let months: Vec<String> = (0..3)
        .rev()
        .map(|back| (month - Months::new(back)).format("%Y-%m").to_string())
        .collect();
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                "mutation($i: SetDuesBaseInput!) { setDuesBase(input: $i) { id } }",
                json!({ "i": { "memberId": w.present.1, "line": "PARTY", "category": "EMPLOYED", "baseFen": 500_000, "fromMonth": months[0] } }),
            )
            .await
    );
    for m in &months {
        assert_ok!(
            w.app
                .gql(
                    Some(&w.t.token),
                    "mutation($i: GenerateDuesBillsInput!) { generateDuesBills(input: $i) { written } }",
                    json!({ "i": { "organizationId": w.branch, "line": "PARTY", "month": m } }),
                )
                .await
        );
    }

    // Act
    let body: Value = w
        .app
        .gql(
            Some(&w.t.token),
            RISKS,
            json!({ "o": w.branch, "l": "PARTY" }),
        )
        .await;

    // Assert
    let list = body["data"]["lapseRisks"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(list.len(), 1, "{body}");
    assert_eq!(list[0]["name"], "孙三");
    assert_eq!(list[0]["unpaidMonths"], 3);
    assert_eq!(list[0]["grounds"][0]["ground"], "DUES");
    assert_eq!(list[0]["grounds"][0]["since"], format!("{}-01", months[0]));
    assert_eq!(list[0]["level"], "WARNING");
}

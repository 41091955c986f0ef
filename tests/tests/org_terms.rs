//! 换届 against the real server: the terms of a sub-tree's committees from their positions
//! (three years, five for a village or community org), the reminders to the officers of the org
//! and of the org above at six months, one month and after the end (each once), and the
//! village flag kept to those who may write the org; another tenant gets NOT_FOUND beside a
//! positive control.

use chrono::{Months, NaiveDate, Utc};
use serde_json::{Value, json};
use tongxin_core::org_term;
use tongxin_tests::{TestApp, code, uuid_of};

const OVERVIEW: &str = "query($o: ID!) { termOverview(organizationId: $o) { asOf endedCount endingCount remindBeforeMonths sources organizations { organizationId organizationName kind villageOrCommunity officers termYears termStart termEnd state } } }";
const VILLAGE: &str = "mutation($i: SetVillageOrCommunityInput!) { setVillageOrCommunity(input: $i) { organizationName villageOrCommunity termYears termEnd state } }";
const ASSIGN: &str =
    "mutation($i: AssignPositionInput!) { assignPosition(input: $i) { position { id } } }";

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

fn years_ago(years: u32, plus_days: u64) -> NaiveDate {
    today().checked_sub_months(Months::new(years * 12)).unwrap() + chrono::Days::new(plus_days)
}

fn by_name(overview: &Value, name: &str) -> Value {
    overview["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organizationName"] == name)
        .unwrap_or_else(|| panic!("{name} in {overview}"))
        .clone()
}

async fn tenant_uuid(app: &TestApp, token: &str) -> uuid::Uuid {
    let data = app
        .gql_ok(Some(token), "{ viewer { tenant { id } } }", json!({}))
        .await;
    uuid_of(data["viewer"]["tenant"]["id"].as_str().unwrap())
}

/// Appoints `member` in `org` with an explicit term end.
async fn appoint_until(app: &TestApp, token: &str, org: &str, member: &str, end: NaiveDate) {
    app.gql_ok(
        Some(token),
        ASSIGN,
        json!({ "i": { "organizationId": org, "memberId": member, "title": "书记",
                       "termStart": years_ago(3, 0).to_string(), "termEnd": end.to_string() } }),
    )
    .await;
}

fn term_titles(notes: &[Value]) -> Vec<String> {
    notes
        .iter()
        .filter_map(|n| n["title"].as_str())
        .filter(|t| t.starts_with("换届"))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn a_sub_trees_committees_are_listed_by_how_soon_their_terms_end() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "机关党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let ending = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第一党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let village = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "村党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    app.create_org_of(
        &t.token,
        Some(&committee),
        "第三党支部",
        "PARTY",
        "PARTY_BRANCH",
    )
    .await;
    let group = app
        .create_org_of(
            &t.token,
            Some(&ending),
            "第一党小组",
            "PARTY",
            "PARTY_GROUP",
        )
        .await;
    let (_, a) = app.join(&t.token, &committee, "甲").await;
    let (_, b) = app.join(&t.token, &ending, "乙").await;
    let (_, c) = app.join(&t.token, &village, "丙").await;
    let (_, g) = app.join(&t.token, &group, "丁").await;
    app.assign_position(&t.token, &committee, &a, "党委书记", "2020-06-01")
        .await;
    // Three years ago plus 60 days: the term ends in about two months.
    app.assign_position(
        &t.token,
        &ending,
        &b,
        "支部书记",
        &years_ago(3, 60).to_string(),
    )
    .await;
    // Four years ago: ended under three years, current under five.
    app.assign_position(
        &t.token,
        &village,
        &c,
        "支部书记",
        &years_ago(4, 0).to_string(),
    )
    .await;
    app.assign_position(&t.token, &group, &g, "组长", "2024-01-01")
        .await;
    let other = app.sign_up().await;

    // Act
    let before = app
        .gql_ok(Some(&t.token), OVERVIEW, json!({ "o": committee }))
        .await;
    let marked = app
        .gql_ok(
            Some(&t.token),
            VILLAGE,
            json!({ "i": { "organizationId": village, "villageOrCommunity": true } }),
        )
        .await;
    let after = app
        .gql_ok(Some(&t.token), OVERVIEW, json!({ "o": committee }))
        .await;
    let foreign = app
        .gql(Some(&other.token), OVERVIEW, json!({ "o": committee }))
        .await;

    // Assert
    let o = &before["termOverview"];
    let names: Vec<&str> = o["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["organizationName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["机关党委", "村党支部", "第一党支部", "第三党支部"],
        "{o}"
    );
    assert_eq!(o["endedCount"], 2);
    assert_eq!(o["endingCount"], 1);
    assert_eq!(o["remindBeforeMonths"], json!([6, 1]));
    assert_eq!(by_name(o, "机关党委")["termEnd"], "2023-06-01");
    assert_eq!(by_name(o, "机关党委")["state"], "ENDED");
    let e = by_name(o, "第一党支部");
    assert_eq!(e["state"], "ENDING");
    assert_eq!(e["termEnd"], years_ago(0, 60).to_string());
    assert_eq!(e["officers"], 1);
    assert_eq!(by_name(o, "村党支部")["termYears"], 3);
    assert_eq!(by_name(o, "第三党支部")["state"], "NO_TERM");

    let m = &marked["setVillageOrCommunity"];
    assert_eq!(m["villageOrCommunity"], true);
    assert_eq!(m["termYears"], 5);
    assert_eq!(m["state"], "CURRENT");
    assert_eq!(
        m["termEnd"],
        years_ago(4, 0)
            .checked_add_months(Months::new(60))
            .unwrap()
            .to_string()
    );
    assert_eq!(
        by_name(&after["termOverview"], "村党支部")["state"],
        "CURRENT"
    );
    assert_eq!(after["termOverview"]["endedCount"], 1);
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
}

#[tokio::test]
async fn officers_of_the_org_and_the_org_above_are_reminded_once_per_stage() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = tenant_uuid(&app, &t.token).await;
    let committee = app
        .create_org_of(&t.token, None, "机关党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let soon = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第一党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let later = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let (upper_token, upper) = app.join(&t.token, &committee, "党委书记甲").await;
    let (soon_token, soon_sec) = app.join(&t.token, &soon, "支部书记乙").await;
    let (later_token, later_sec) = app.join(&t.token, &later, "支部书记丙").await;
    app.assign_position(
        &t.token,
        &committee,
        &upper,
        "党委书记",
        &today().to_string(),
    )
    .await;
    let today = today();
    let soon_end = today + chrono::Days::new(20);
    let later_end = today.checked_add_months(Months::new(4)).unwrap();
    appoint_until(&app, &t.token, &soon, &soon_sec, soon_end).await;
    appoint_until(&app, &t.token, &later, &later_sec, later_end).await;

    // Act
    let first = org_term::remind_in(&app.app, tenant, today).await.unwrap();
    let again = org_term::remind_in(&app.app, tenant, today).await.unwrap();
    let after_end = org_term::remind_in(&app.app, tenant, soon_end + chrono::Days::new(1))
        .await
        .unwrap();

    // Assert
    // 乙 and the committee's secretary for the first branch, 丙 and the secretary for the second.
    assert_eq!(first, 4);
    assert_eq!(again, 0, "each member is told once per stage");
    let soon_titles = term_titles(&app.notifications(&soon_token).await);
    assert_eq!(
        soon_titles,
        [
            format!("换届督办：第一党支部任期已于 {soon_end} 届满"),
            format!("换届提醒：第一党支部任期将于 {soon_end} 届满"),
        ]
    );
    let later_notes = app.notifications(&later_token).await;
    let later_note = later_notes
        .iter()
        .find(|n| n["title"] == format!("换届提醒：第二党支部任期将于 {later_end} 届满"))
        .unwrap_or_else(|| panic!("{later_notes:?}"));
    assert!(later_note["body"].as_str().unwrap().contains("不足 6 个月"));
    assert!(
        term_titles(&app.notifications(&upper_token).await).len() == 3,
        "the org above hears of both branches"
    );
    // The second branch is still at its six-month stage; only the first one ended.
    assert_eq!(after_end, 2);
    let first_body = app
        .notifications(&soon_token)
        .await
        .into_iter()
        .find(|n| n["title"].as_str().unwrap().starts_with("换届提醒"))
        .unwrap();
    assert!(first_body["body"].as_str().unwrap().contains("不足 1 个月"));
}

#[tokio::test]
async fn only_those_who_may_write_an_org_mark_it_and_bad_targets_are_refused() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "社区党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let department = app
        .create_org_of(&t.token, None, "办公室", "ADMIN", "DEPARTMENT")
        .await;
    let (member_token, _) = app.join(&t.token, &branch, "普通党员").await;
    let other = app.sign_up().await;
    let input = |org: &str| json!({ "i": { "organizationId": org, "villageOrCommunity": true } });

    // Act
    let by_member = app.gql(Some(&member_token), VILLAGE, input(&branch)).await;
    let by_other = app.gql(Some(&other.token), VILLAGE, input(&branch)).await;
    let on_department = app.gql(Some(&t.token), VILLAGE, input(&department)).await;
    let wrong_id = app.gql(Some(&t.token), VILLAGE, input("not-an-id")).await;
    let nul_id = app.gql(Some(&t.token), VILLAGE, input("b3Jn\u{0}")).await;
    let by_admin = app.gql(Some(&t.token), VILLAGE, input(&branch)).await;
    let audit = app
        .gql_ok(
            Some(&t.token),
            "{ auditLog(first: 20) { edges { node { action } } } }",
            json!({}),
        )
        .await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(code(&by_other), Some("NOT_FOUND"), "{by_other}");
    assert_eq!(code(&on_department), Some("VALIDATION"), "{on_department}");
    assert!(on_department["errors"][0]["extensions"]["fields"]["organizationId"].is_string());
    assert_eq!(code(&wrong_id), Some("NOT_FOUND"), "{wrong_id}");
    assert_eq!(code(&nul_id), Some("VALIDATION"), "{nul_id}");
    assert!(by_admin["errors"].is_null(), "{by_admin}");
    assert_eq!(by_admin["data"]["setVillageOrCommunity"]["termYears"], 5);
    assert!(audit.to_string().contains("org.village"), "{audit}");
}

//! The demo tenant: seeded once, realistic, usable with the printed login, and telling the
//! truth: its screens agree with each other and none of them is empty.

use chrono::{DateTime, Months, Utc};
use serde_json::{Value, json};
use tokio::sync::OnceCell;
use tongxin_core::demo;
use tongxin_tests::{TestApp, nodes};

/// Seeded once for the whole run: every test of this module reads the same tenant.
static SEEDED: OnceCell<()> = OnceCell::const_new();

/// A node on a database where the demo tenant exists.
async fn seeded() -> TestApp {
    let app = TestApp::spawn().await;
    SEEDED
        .get_or_init(|| async {
            // Either this run seeds it or an earlier one did.
            demo::seed(&app.app).await.expect("seed");
        })
        .await;
    app
}

async fn log_in(app: &TestApp, email: &str) -> String {
    let login = app
        .gql(None, "mutation($i: LogInInput!) { logIn(input: $i) { token } }", json!({ "i": { "email": email, "password": demo::ADMIN_PASSWORD, "tenantSlug": demo::SLUG } }))
        .await;
    login["data"]["logIn"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{login}"))
        .to_string()
}

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .unwrap_or_else(|| panic!("not a time: {v}"))
        .with_timezone(&Utc)
}

#[tokio::test]
async fn the_demo_tenant_is_seeded_once_with_two_hundred_members_and_the_printed_login_works() {
    let app = seeded().await;

    let again = demo::seed(&app.app).await.expect("seed again");
    let token = log_in(&app, demo::ADMIN_EMAIL).await;

    assert!(!again, "a second seed must add nothing");
    let dash = app.gql_ok(Some(&token), "{ dashboard { memberTotal membersByPoliticalStatus { key count } organizationsByLine { key count } } }", json!({})).await;
    let total = dash["dashboard"]["memberTotal"].as_i64().unwrap();
    assert!((200..=205).contains(&total), "{dash}");
    let kinds = dash["dashboard"]["membersByPoliticalStatus"]
        .as_array()
        .unwrap()
        .len();
    assert!(kinds >= 5, "varied political status: {dash}");
    let page = app.gql_ok(Some(&token), "{ members(first: 50) { edges { node { name organization { name } } } pageInfo { hasNextPage } } }", json!({})).await;
    assert_eq!(nodes(&page["members"]).len(), 50);
    assert_eq!(page["members"]["pageInfo"]["hasNextPage"], true);
}

#[tokio::test]
async fn the_demo_pipeline_board_counts_the_same_people_at_each_stage_as_the_dashboard() {
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;
    let orgs = app
        .gql_ok(
            Some(&token),
            "{ organizations(first: 100, line: PARTY) { edges { node { id name } } } }",
            json!({}),
        )
        .await;
    let committee = nodes(&orgs["organizations"])
        .into_iter()
        .find(|o| o["name"] == "集团党委")
        .expect("the party committee")["id"]
        .clone();

    let dash = app
        .gql_ok(
            Some(&token),
            "{ dashboard { membersByPoliticalStatus { key count } } }",
            json!({}),
        )
        .await;
    let board = app.gql_ok(
        Some(&token),
        "query($o: ID!) { partyPipeline(orgId: $o) { entries { name stage since } openTransitions { memberName status } } }",
        json!({ "o": committee }),
    )
    .await;

    let on_dashboard = |stage: &str| {
        dash["dashboard"]["membersByPoliticalStatus"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == stage)
            .and_then(|c| c["count"].as_i64())
            .unwrap_or(0)
    };
    let entries = board["partyPipeline"]["entries"].as_array().unwrap();
    for stage in [
        "APPLICANT",
        "ACTIVIST",
        "DEVELOPMENT_TARGET",
        "PROBATIONARY",
    ] {
        let on_board = entries.iter().filter(|e| e["stage"] == stage).count() as i64;
        assert!(on_board > 0, "nobody at {stage}: {board}");
        assert_eq!(on_board, on_dashboard(stage), "{stage}: {board} {dash}");
    }
    let undated: Vec<&Value> = entries.iter().filter(|e| e["since"].is_null()).collect();
    assert!(undated.is_empty(), "stages never recorded: {undated:?}");
    assert!(
        !board["partyPipeline"]["openTransitions"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the board has steps in 公示 or awaiting approval: {board}"
    );
}

#[tokio::test]
async fn demo_full_members_have_their_road_to_membership_on_record() {
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;

    let page = app
        .gql_ok(
            Some(&token),
            "{ members(first: 20, politicalStatus: FULL_MEMBER) { edges { node { id name } } } }",
            json!({}),
        )
        .await;

    let full = nodes(&page["members"]);
    assert_eq!(full.len(), 20, "{page}");
    for m in full {
        let history = app
            .gql_ok(
                Some(&token),
                "query($m: ID!) { memberPipeline(memberId: $m) { stages { stage startedOn } } }",
                json!({ "m": m["id"] }),
            )
            .await;
        // Newest first: a full member now, who came the whole way.
        let stages: Vec<&str> = history["memberPipeline"]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["stage"].as_str())
            .collect();
        assert_eq!(
            stages,
            [
                "FULL_MEMBER",
                "PROBATIONARY",
                "DEVELOPMENT_TARGET",
                "ACTIVIST",
                "APPLICANT"
            ],
            "{}: {history}",
            m["name"]
        );
    }
}

#[tokio::test]
async fn the_demo_administrator_and_secretary_each_have_several_conversations_with_recent_messages()
{
    let app = seeded().await;
    let week_ago = Utc::now() - chrono::Duration::days(7);

    for email in [demo::ADMIN_EMAIL, demo::SECRETARY_EMAIL] {
        let token = log_in(&app, email).await;

        let list = app.gql_ok(
            Some(&token),
            "{ conversations(first: 50) { edges { node { title lastSeq unreadCount lastMessage { body createdAt } } } } }",
            json!({}),
        )
        .await;

        let talking: Vec<Value> = nodes(&list["conversations"])
            .into_iter()
            .filter(|c| c["lastSeq"].as_i64() > Some(1) && !c["lastMessage"].is_null())
            .collect();
        assert!(talking.len() >= 3, "{email}: {list}");
        assert!(
            talking
                .iter()
                .all(|c| time(&c["lastMessage"]["createdAt"]) > week_ago),
            "{email}: {list}"
        );
        assert!(
            talking.iter().any(|c| c["unreadCount"].as_i64() > Some(0)),
            "{email} has something new to read: {list}"
        );
    }
}

#[tokio::test]
async fn the_demo_dues_have_bills_for_each_of_the_last_twelve_months_and_some_unpaid() {
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;
    let this_month = tongxin_core::dues::current_month(Utc::now());
    let from = (this_month - Months::new(11)).format("%Y-%m").to_string();
    let to = this_month.format("%Y-%m").to_string();

    let dues = app
        .gql_ok(
            Some(&token),
            "query($f: String!, $t: String!) {
            duesRollup(line: PARTY, fromMonth: $f, toMonth: $t) { month billedFen paidFen }
            duesArrears(line: PARTY) { owedFen monthsOwed }
        }",
            json!({ "f": from, "t": to }),
        )
        .await;

    let rows = dues["duesRollup"].as_array().unwrap();
    let mut months: Vec<&str> = rows
        .iter()
        .filter(|r| r["billedFen"].as_i64() > Some(0))
        .filter_map(|r| r["month"].as_str())
        .collect();
    months.sort_unstable();
    months.dedup();
    assert_eq!(months.len(), 12, "{dues}");
    let sum = |key: &str| rows.iter().filter_map(|r| r[key].as_i64()).sum::<i64>();
    assert!(sum("paidFen") > sum("billedFen") / 2, "mostly paid: {dues}");
    assert!(sum("paidFen") < sum("billedFen"), "not all paid: {dues}");
    let arrears = dues["duesArrears"].as_array().unwrap();
    assert!(
        arrears.iter().any(|a| a["monthsOwed"].as_i64() >= Some(2)),
        "someone is behind: {dues}"
    );
}

#[tokio::test]
async fn the_demo_has_meetings_held_with_check_ins_and_meetings_to_come() {
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;

    let list = app.gql_ok(
        Some(&token),
        "{ meetings(first: 100) { edges { node { title startsAt held minutesStatus attendance { expected present onLeave } } } } }",
        json!({}),
    )
    .await;

    let meetings = nodes(&list["meetings"]);
    assert!(
        meetings
            .iter()
            .all(|m| m["attendance"]["expected"].as_i64() > Some(0)),
        "{list}"
    );
    let held: Vec<&Value> = meetings.iter().filter(|m| m["held"] == true).collect();
    assert!(
        held.iter().any(|m| {
            let a = &m["attendance"];
            a["present"].as_i64() > Some(0) && a["present"].as_i64() < a["expected"].as_i64()
        }),
        "a meeting held with check-ins, not everyone: {list}"
    );
    assert!(
        held.iter().any(|m| m["minutesStatus"] == "APPROVED"),
        "{list}"
    );
    let now = Utc::now();
    assert!(
        meetings.iter().any(|m| time(&m["startsAt"]) > now),
        "a meeting to come: {list}"
    );
}

#[tokio::test]
async fn a_demo_notice_has_some_but_not_all_of_its_acknowledgements() {
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    let sent = app.gql_ok(
        Some(&token),
        "{ sentNotices(first: 20) { edges { node { title ackRequired stats { recipients read acknowledged } } } } }",
        json!({}),
    )
    .await;

    let asked: Vec<Value> = nodes(&sent["sentNotices"])
        .into_iter()
        .filter(|n| n["ackRequired"] == true)
        .collect();
    assert!(!asked.is_empty(), "{sent}");
    for n in asked {
        let s = &n["stats"];
        let (acked, recipients) = (
            s["acknowledged"].as_i64().unwrap(),
            s["recipients"].as_i64().unwrap(),
        );
        assert!(0 < acked && acked < recipients, "{n}");
        assert!(s["read"].as_i64() >= Some(acked), "{n}");
    }
}

#[tokio::test]
async fn the_demo_grids_have_workers_cases_in_every_state_with_timelines_and_tasks_in_each_state() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;
    let tenant = app.tenant_id(&token).await;
    let owner = tongxin_tests::owner_pool().await;
    let mut tx = owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();

    // Act: the grid tree, assignments, cases with their timelines, as stored.
    let grids: Vec<(String, i64)> = sqlx::query_as(
        "select o.name, (select count(*) from grid_assignment a
                          where a.tenant_id = o.tenant_id and a.grid_id = o.id)
           from org_unit o join org_unit c on c.tenant_id = o.tenant_id and c.id = o.parent_id
          where c.name = '网格化管理中心' and o.line = 'GRID' order by o.name",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    let states: Vec<(String, i64)> =
        sqlx::query_as("select state, count(*) from grid_case group by state order by state")
            .fetch_all(&mut *tx)
            .await
            .unwrap();
    let overdue: i64 = sqlx::query_scalar(
        "select count(*) from grid_case
          where (state = 'REPORTED' and accept_due_at < now())
             or (state in ('DISPATCHED', 'IN_PROGRESS') and due_at < now())",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let categories: i64 = sqlx::query_scalar("select count(distinct category_key) from grid_case")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    // Each case's timeline starts with its report and ends in its state, in time order.
    let broken: i64 = sqlx::query_scalar(
        "select count(*) from grid_case c
          where (select e.kind from grid_case_event e where e.tenant_id = c.tenant_id
                   and e.case_id = c.id order by e.created_at, e.id limit 1) <> 'REPORTED'
             or (select e.to_state from grid_case_event e where e.tenant_id = c.tenant_id
                   and e.case_id = c.id order by e.created_at desc, e.id desc limit 1) <> c.state
             or exists (select 1 from grid_case_event e where e.tenant_id = c.tenant_id
                          and e.case_id = c.id and e.created_at > now())",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let timers: i64 = sqlx::query_scalar(
        "select count(*) from grid_case c join due_item d
            on d.tenant_id = c.tenant_id and d.id in (c.accept_due_item_id, c.resolve_due_item_id)
         where d.status = 'OPEN'",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let tasks = app
        .gql_ok(
            Some(&token),
            "{ supervisionTasks(first: 20) { edges { node { number total targets { state } } } } }",
            json!({}),
        )
        .await;

    // Assert
    assert_eq!(grids.len(), 2, "{grids:?}");
    assert!(
        grids.iter().all(|(_, n)| *n >= 3),
        "workers and a 包联党员 each: {grids:?}"
    );
    assert_eq!(states.len(), 8, "every state: {states:?}");
    let total: i64 = states.iter().map(|(_, n)| n).sum();
    assert!((55..=65).contains(&total), "{states:?}");
    assert!(overdue >= 3, "some overdue: {overdue}");
    assert_eq!(categories, 6);
    assert_eq!(broken, 0, "timelines agree with their cases");
    assert!(timers >= 20, "open cases have running timers: {timers}");
    let tasks = nodes(&tasks["supervisionTasks"]);
    assert!(tasks.len() >= 4, "{tasks:?}");
    for state in ["DISPATCHED", "FEEDBACK", "CLOSED"] {
        assert!(
            tasks.iter().any(|t| t["targets"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| g["state"] == state)),
            "a task target in {state}"
        );
    }
}

#[tokio::test]
async fn the_demo_branch_secretary_finds_this_years_evaluation_at_peer_review_still_to_rate() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let mine = app
        .gql_ok(Some(&token), "{ myEvaluation { stage memberCount selfAssessedCount peerTurnout viewerIsOfficer viewerPeerSubmitted } }", json!({}))
        .await;

    // Assert
    let list = mine["myEvaluation"].as_array().expect("list");
    assert_eq!(list.len(), 1, "{mine}");
    let c = &list[0];
    assert_eq!(c["stage"], "PEER_REVIEW");
    assert_eq!(c["viewerIsOfficer"], true);
    assert_eq!(
        c["viewerPeerSubmitted"], false,
        "the visitor can still rate"
    );
    let members = c["memberCount"].as_i64().unwrap_or_default();
    let turnout = c["peerTurnout"].as_i64().unwrap_or_default();
    let assessed = c["selfAssessedCount"].as_i64().unwrap_or_default();
    assert!(members >= 3, "{c}");
    assert!(turnout > 0 && turnout < members, "{c}");
    assert!(assessed > 0 && assessed < members, "{c}");
}

#[tokio::test]
async fn the_demo_secretary_has_an_open_anonymous_survey_to_answer_and_a_closed_one_with_results() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let mine = app
        .gql_ok(Some(&token), "{ mySurveys(first: 10) { edges { node { id title status anonymous myStatus { responded } turnout { eligible responded } } } } }", json!({}))
        .await;
    let surveys = nodes(&mine["mySurveys"]);
    let closed = surveys
        .iter()
        .find(|s| s["status"] == "CLOSED")
        .unwrap_or_else(|| panic!("{mine}"));
    let results = app
        .gql_ok(
            Some(&token),
            "query($id: ID!) { surveyResults(surveyId: $id) { responses } }",
            json!({ "id": closed["id"] }),
        )
        .await;

    // Assert
    assert_eq!(surveys.len(), 2, "{mine}");
    let open = surveys
        .iter()
        .find(|s| s["status"] == "OPEN")
        .unwrap_or_else(|| panic!("{mine}"));
    assert_eq!(open["anonymous"], true);
    assert_eq!(
        open["myStatus"]["responded"], false,
        "the visitor can answer"
    );
    let answered = open["turnout"]["responded"].as_i64().unwrap_or_default();
    assert!(answered > 0, "{open}");
    assert_eq!(closed["anonymous"], false);
    assert!(
        results["surveyResults"]["responses"].as_i64() > Some(0),
        "{results}"
    );
}

#[tokio::test]
async fn the_demo_party_committee_lists_a_member_four_months_behind_with_dues_under_lapse_warnings()
{
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;
    let orgs = app
        .gql_ok(
            Some(&token),
            "{ organizations(first: 100, line: PARTY) { edges { node { id kind } } } }",
            json!({}),
        )
        .await;
    let committee = nodes(&orgs["organizations"])
        .into_iter()
        .find(|o| o["kind"] == "PARTY_COMMITTEE")
        .unwrap_or_else(|| panic!("{orgs}"));

    // Act
    let risks = app
        .gql_ok(
            Some(&token),
            "query($o: ID!) { lapseRisks(organizationId: $o, line: PARTY) { name level unpaidMonths grounds { ground months } } }",
            json!({ "o": committee["id"] }),
        )
        .await;

    // Assert
    let list = risks["lapseRisks"].as_array().expect("list");
    assert!(
        list.iter().any(|r| r["level"] == "WARNING"
            && r["unpaidMonths"].as_i64() >= Some(4)
            && r["grounds"][0]["ground"] == "DUES"),
        "{risks}"
    );
}

#[tokio::test]
async fn the_demo_secretary_finds_a_full_activity_with_a_waitlist_and_last_months_with_hours() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let upcoming = app
        .gql_ok(
            Some(&token),
            "{ activities { title capacity registeredCount waitlistedCount fields { label } } }",
            json!({}),
        )
        .await;
    let past = app
        .gql_ok(
            Some(&token),
            "query { activities(past: true) { title statistics { attended hours } } }",
            json!({}),
        )
        .await;
    let hours = app
        .gql_ok(
            Some(&token),
            "query($y: Int) { myVolunteerHours(year: $y) { totalHours } }",
            json!({ "y": (Utc::now() - chrono::Duration::days(30)).format("%Y").to_string().parse::<i32>().unwrap_or(2026) }),
        )
        .await;

    // Assert
    let list = upcoming["activities"]
        .as_array()
        .unwrap_or_else(|| panic!("{upcoming}"));
    assert!(
        list.iter()
            .any(|a| a["capacity"] == a["registeredCount"]
                && a["waitlistedCount"].as_i64() > Some(0)),
        "a full one with a line: {upcoming}"
    );
    assert!(
        list.iter()
            .any(|a| a["fields"].as_array().is_some_and(|f| f.len() == 2)),
        "one asks for 衣服尺码 and 家属人数: {upcoming}"
    );
    let done = past["activities"]
        .as_array()
        .unwrap_or_else(|| panic!("{past}"));
    assert!(
        done.iter()
            .any(|a| a["statistics"]["attended"].as_i64() > Some(0)
                && a["statistics"]["hours"].as_f64() > Some(0.0)),
        "{past}"
    );
    assert!(
        hours["myVolunteerHours"]["totalHours"].as_f64() > Some(0.0),
        "the secretary came: {hours}"
    );
}

#[tokio::test]
async fn the_demo_secretary_finds_an_open_publicity_with_objections_and_a_confirmed_honour() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let shown = app
        .gql_ok(
            Some(&token),
            "{ publicities(first: 50) { edges { node { id kind status organizationId objectionCount objections { authorName anonymous } } } } }",
            json!({}),
        )
        .await;
    let list = nodes(&shown["publicities"]);
    let open = list
        .iter()
        .find(|p| p["kind"] == "CADRE" && p["status"] == "OPEN")
        .unwrap_or_else(|| panic!("an open 干部任前 公示: {shown}"));
    let honours = app
        .gql_ok(
            Some(&token),
            "query($o: ID!) { honours(organizationId: $o, first: 20) { edges { node { kind status memberName } } } }",
            json!({ "o": open["organizationId"] }),
        )
        .await;

    // Assert
    assert_eq!(open["objectionCount"], 2, "{open}");
    let objections = open["objections"].as_array().expect("objections");
    assert!(
        objections
            .iter()
            .any(|o| o["anonymous"] == true && o["authorName"].is_string()),
        "the secretary handles it and sees who objected anonymously: {open}"
    );
    assert!(
        list.iter()
            .any(|p| p["kind"] == "HONOUR" && p["status"] == "CONFIRMED"),
        "{shown}"
    );
    assert!(
        nodes(&honours["honours"])
            .iter()
            .any(|h| h["kind"] == "EXCELLENT_PARTY_MEMBER" && h["status"] == "CONFIRMED"),
        "{honours}"
    );
}

#[tokio::test]
async fn the_demo_has_published_articles_with_readers_and_comments_and_some_waiting_for_review() {
    // Arrange
    let app = seeded().await;
    let secretary = log_in(&app, demo::SECRETARY_EMAIL).await;
    let admin = log_in(&app, demo::ADMIN_EMAIL).await;
    let columns = app
        .gql_ok(Some(&secretary), "{ columns { id name } }", json!({}))
        .await;
    let news = columns["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "新闻动态")
        .map(|c| c["id"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{columns}"));

    // Act
    let list = app
        .gql_ok(
            Some(&secretary),
            "query($c: ID!) { articles(columnId: $c) { edges { node { id title viewCount likeCount commentCount } } } }",
            json!({ "c": news }),
        )
        .await;
    let admin_queue = app
        .gql_ok(
            Some(&admin),
            "{ articleReviewQueue { title status } }",
            json!({}),
        )
        .await;
    let secretary_queue = app
        .gql_ok(
            Some(&secretary),
            "{ articleReviewQueue { title status } }",
            json!({}),
        )
        .await;

    // Assert
    let items = nodes(&list["articles"]);
    assert!(!items.is_empty(), "{list}");
    assert!(items[0]["viewCount"].as_i64() > Some(0), "{list}");
    assert!(items[0]["commentCount"].as_i64() > Some(0), "{list}");
    assert!(
        !admin_queue["articleReviewQueue"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{admin_queue}"
    );
    assert!(
        !secretary_queue["articleReviewQueue"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the branch column's article waits for the vice-secretary: {secretary_queue}"
    );
}

#[tokio::test]
async fn the_demo_secretary_finds_a_pending_points_appeal_and_members_ranked_by_points() {
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let queue = app
        .gql_ok(
            Some(&token),
            "{ pointAppeals(status: PENDING, first: 20) { edges { node { reason entry { explanation } } } } }",
            json!({}),
        )
        .await;
    let year = tongxin_core::points::rules::year_of(chrono::Utc::now());
    let mine = app
        .gql_ok(
            Some(&token),
            "query($y: Int!) { myPoints(year: $y) { balance entries(first: 50) { edges { node { sourceKind points } } } } }",
            json!({ "y": year }),
        )
        .await;

    // Assert
    assert_eq!(nodes(&queue["pointAppeals"]).len(), 1, "{queue}");
    let entries = nodes(&mine["myPoints"]["entries"]);
    assert!(
        entries.iter().any(|e| e["sourceKind"] == "ACTIVITY"),
        "the secretary attended last month's activity: {mine}"
    );
    assert!(
        mine["myPoints"]["balance"].as_i64().unwrap_or(0) > 0,
        "{mine}"
    );
}

#[tokio::test]
async fn the_demo_administrator_finds_a_finished_contest_with_its_leaderboards_and_a_draft_to_host()
{
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::ADMIN_EMAIL).await;

    // Act
    let list = app
        .gql_ok(
            Some(&token),
            "{ contests(first: 10) { edges { node { id title status canHost participantCount } } } }",
            json!({}),
        )
        .await;
    let contests = nodes(&list["contests"]);
    let finished = contests
        .iter()
        .find(|c| c["status"] == "FINISHED")
        .expect("a finished contest");
    let board = app
        .gql_ok(
            Some(&token),
            "query($c: ID!) { contestLeaderboard(contestId: $c) { participants members { rank score } branches { orgName } } }",
            json!({ "c": finished["id"] }),
        )
        .await;

    // Assert
    assert!(
        contests
            .iter()
            .any(|c| c["status"] == "DRAFT" && c["canHost"] == true),
        "{list}"
    );
    let b = &board["contestLeaderboard"];
    assert_eq!(b["participants"], finished["participantCount"]);
    assert!(b["participants"].as_i64().unwrap_or(0) >= 8, "{board}");
    assert!(b["branches"].as_array().map_or(0, Vec::len) >= 2, "{board}");
    let members = b["members"].as_array().unwrap();
    assert_eq!(members[0]["rank"], 1);
    assert!(
        members[0]["score"].as_i64().unwrap_or(0) >= 30,
        "most answered right: {board}"
    );
}

#[tokio::test]
async fn the_demo_secretary_finds_welfare_campaigns_open_and_one_settled_with_its_orders_confirmed()
{
    // Arrange
    let app = seeded().await;
    let token = log_in(&app, demo::SECRETARY_EMAIL).await;

    // Act
    let open = app
        .gql_ok(
            Some(&token),
            "{ welfareCampaigns(status: OPEN, first: 20) { edges { node { title participantCount items { name } } } } }",
            json!({}),
        )
        .await;
    let settled = app
        .gql_ok(
            Some(&token),
            "{ welfareCampaigns(status: SUCCEEDED, first: 20) { edges { node { title participantCount } } } }",
            json!({}),
        )
        .await;

    // Assert
    let open = nodes(&open["welfareCampaigns"]);
    let titles: Vec<&str> = open.iter().filter_map(|c| c["title"].as_str()).collect();
    assert!(titles.contains(&"春节慰问品拼团"), "{titles:?}");
    assert!(titles.contains(&"职工书屋众筹"), "{titles:?}");
    assert!(
        open.iter()
            .all(|c| c["participantCount"].as_i64() > Some(0))
    );
    let settled = nodes(&settled["welfareCampaigns"]);
    assert_eq!(settled.len(), 1);
    assert_eq!(settled[0]["title"], "中秋月饼团购");
}

#[tokio::test]
async fn the_demo_inspector_handles_three_reports_that_the_administrator_cannot_read() {
    // Arrange
    let app = seeded().await;
    let inspector = log_in(&app, demo::INSPECTOR_EMAIL).await;
    let admin = log_in(&app, demo::ADMIN_EMAIL).await;
    let cases =
        "{ reportCases(first: 20) { edges { node { id title status anonymous reporterName } } } }";

    // Act
    let handled = app.gql_ok(Some(&inspector), cases, json!({})).await;
    let admin_sees = app.gql_ok(Some(&admin), cases, json!({})).await;

    // Assert
    let handled = nodes(&handled["reportCases"]);
    let states: Vec<&str> = handled
        .iter()
        .filter_map(|c| c["status"].as_str())
        .collect();
    for seeded in ["CONCLUDED", "RECEIVED", "TALK_INQUIRY"] {
        assert!(states.contains(&seeded), "{states:?}");
    }
    let anonymous = handled
        .iter()
        .find(|c| c["title"] == "反映第三党支部党费收缴不规范")
        .unwrap();
    assert_eq!(anonymous["anonymous"], true);
    assert!(anonymous["reporterName"].is_null());
    assert!(nodes(&admin_sees["reportCases"]).is_empty());
    let read = app
        .gql(
            Some(&admin),
            "query($id: ID!) { reportCase(id: $id) { id } }",
            json!({ "id": anonymous["id"] }),
        )
        .await;
    assert_eq!(read["errors"][0]["extensions"]["code"], "NOT_FOUND");
}

#[tokio::test]
async fn the_demo_league_committees_term_is_ending_and_the_other_terms_are_current() {
    // Arrange
    let app = seeded().await;
    let admin = log_in(&app, demo::ADMIN_EMAIL).await;
    let orgs = app
        .gql_ok(
            Some(&admin),
            "{ organizations(first: 100) { edges { node { id name } } } }",
            json!({}),
        )
        .await;
    let league = nodes(&orgs["organizations"])
        .into_iter()
        .find(|o| o["name"] == "集团团委")
        .unwrap_or_else(|| panic!("{orgs}"));

    // Act
    let overview = app
        .gql_ok(
            Some(&admin),
            "query($o: ID!) { termOverview(organizationId: $o) { endingCount organizations { organizationName state termEnd } } }",
            json!({ "o": league["id"] }),
        )
        .await;

    // Assert
    let rows = overview["termOverview"]["organizations"]
        .as_array()
        .unwrap();
    let committee = rows
        .iter()
        .find(|r| r["organizationName"] == "集团团委")
        .unwrap_or_else(|| panic!("{overview}"));
    assert_eq!(committee["state"], "ENDING", "{overview}");
    assert!(
        rows.iter().all(|r| r["state"] != "ENDED"),
        "no demo term has ended: {overview}"
    );
}

#[tokio::test]
async fn the_demo_annual_returns_of_the_party_union_and_league_add_up() {
    // Arrange
    let app = seeded().await;
    let admin = log_in(&app, demo::ADMIN_EMAIL).await;
    let orgs = app
        .gql_ok(
            Some(&admin),
            "{ organizations(first: 100) { edges { node { id name } } } }",
            json!({}),
        )
        .await;
    let org = |name: &str| {
        nodes(&orgs["organizations"])
            .into_iter()
            .find(|o| o["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {orgs}"))["id"]
            .clone()
    };
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        .to_string();

    // Act
    let mut returns = Vec::new();
    for name in ["集团党委", "集团工会", "集团团委"] {
        returns.push(
            app.gql_ok(
                Some(&admin),
                "query($o: ID!, $d: NaiveDate!) { annualStatistics(organizationId: $o, asOf: $d) { consistent checks { description passed } warnings { message } tables { key totals } } }",
                json!({ "o": org(name), "d": today }),
            )
            .await,
        );
    }

    // Assert: consistent, members counted, and the few unrecorded profiles listed.
    for r in &returns {
        let s = &r["annualStatistics"];
        assert_eq!(s["consistent"], true, "{s}");
        assert!(s["tables"][0]["totals"][0].as_i64().unwrap() > 0, "{s}");
    }
    assert!(
        returns[0]["annualStatistics"]["warnings"]
            .to_string()
            .contains("学历"),
        "{}",
        returns[0]
    );
}

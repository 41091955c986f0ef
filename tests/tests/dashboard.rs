//! 数据看板 against the real server: an org's figures equal a recomputation from the raw rows
//! of its sub-tree (members outside it and disabled ones left out), another tenant's org and
//! an org a member may not read are NOT_FOUND beside a positive control, malformed ids are
//! refused without INTERNAL, and the live dashboard emits on subscribe and again after a
//! member is added.

use chrono::{Datelike, Months, NaiveDate, Utc};
use serde_json::{Value, json};
use sqlx::Row;
use std::collections::BTreeMap;
use std::time::Duration;
use tongxin_tests::{TestApp, code, owner_execute, owner_fetch, uuid_of, ws};

const DASHBOARD: &str = "query($o: ID) { orgDashboard(organizationId: $o) {
  organization { id name } generatedAt asOf
  members { total byLine { key count } byPoliticalStatus { key count } byGender { key count }
            byAgeBand { key count } byEducation { key count } byJoinYear { key count } }
  pipeline { stage members overdue dueSoon }
  meetings { required done complianceRate }
  dues { dueFen paidFen collectionRate arrearsMembers arrearsFen }
  notices { notices required acknowledged acknowledgementRate }
  participation { votes surveys activities participants members participationRate }
  study { plans assigned completed completionRate }
  points { yearTotal total earners }
  grid { total open closed onTimeRate }
  engagement { weekStart label active } } }";
const CREATE: &str = "mutation($i: MemberInput!) { createMember(input: $i) { member { id } } }";

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

fn years_ago(years: u32) -> NaiveDate {
    today().checked_sub_months(Months::new(years * 12)).unwrap()
}

/// Creates a member in `orgs` with the given fields; returns their global id.
async fn member(app: &TestApp, token: &str, name: &str, orgs: &[&str], extra: Value) -> String {
    let mut input = json!({ "name": name, "organizationIds": orgs });
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    let data = app.gql_ok(Some(token), CREATE, json!({ "i": input })).await;
    data["createMember"]["member"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn as_map(list: &Value) -> BTreeMap<String, i64> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .filter(|c| c["count"].as_i64() != Some(0))
        .map(|c| {
            (
                c["key"].as_str().unwrap().to_string(),
                c["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// The age band as the issue words it, computed independently of the server.
fn band(birth: Option<NaiveDate>, today: NaiveDate) -> &'static str {
    let Some(b) = birth else { return "UNKNOWN" };
    let mut age = today.year() - b.year();
    if today.ordinal0()
        < b.with_year(today.year())
            .map_or(b.ordinal0(), |d| d.ordinal0())
    {
        age -= 1;
    }
    match age {
        a if a <= 25 => "UP_TO_25",
        a if a <= 35 => "26_35",
        a if a <= 45 => "36_45",
        a if a <= 55 => "46_55",
        a if a <= 60 => "56_60",
        _ => "OVER_60",
    }
}

/// The member figures of the sub-tree at `path`, recomputed from the raw rows.
async fn recompute(
    tenant: uuid::Uuid,
    path: &str,
) -> BTreeMap<&'static str, BTreeMap<String, i64>> {
    let rows = owner_fetch(
        tenant,
        "select m.status, m.gender, m.birth_date, m.political_status, p.education,
                p.party_joined_on,
                (select min(s.started_on) from member_stage s
                  where s.tenant_id = m.tenant_id and s.member_id = m.id
                    and s.stage = 'PROBATIONARY') as probation,
                array(select o.path::text from org_unit o where o.tenant_id = m.tenant_id
                       and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id,
                                    m.department_id)) as paths,
                (select o.path::text from org_unit o where o.tenant_id = m.tenant_id
                  and o.id = m.party_org_id) as party_path
           from member m
           left join member_profile p on p.tenant_id = m.tenant_id and p.member_id = m.id
          where m.tenant_id = $1",
        tenant,
    )
    .await;
    let under = |p: &str| p == path || p.starts_with(&format!("{path}."));
    let mut out: BTreeMap<&'static str, BTreeMap<String, i64>> = BTreeMap::new();
    let today = today();
    for r in rows {
        let paths: Vec<String> = r.get("paths");
        if r.get::<String, _>("status") != "ACTIVE" || !paths.iter().any(|p| under(p)) {
            continue;
        }
        let mut add = |dim: &'static str, key: String| {
            *out.entry(dim).or_default().entry(key).or_insert(0) += 1;
        };
        add("total", "ALL".into());
        let status: String = r.get("political_status");
        add("status", status.clone());
        add(
            "gender",
            r.get::<Option<String>, _>("gender")
                .unwrap_or_else(|| "UNKNOWN".into()),
        );
        add(
            "age",
            band(r.get::<Option<NaiveDate>, _>("birth_date"), today).into(),
        );
        add(
            "education",
            r.get::<Option<String>, _>("education")
                .unwrap_or_else(|| "NOT_RECORDED".into()),
        );
        if r.get::<Option<String>, _>("party_path")
            .is_some_and(|p| under(&p))
        {
            add("party", "PARTY".into());
        }
        if status == "PROBATIONARY" || status == "FULL_MEMBER" {
            let joined = r
                .get::<Option<NaiveDate>, _>("probation")
                .or(r.get::<Option<NaiveDate>, _>("party_joined_on"));
            add(
                "join",
                joined.map_or("UNKNOWN".into(), |d| d.year().to_string()),
            );
        }
    }
    out
}

async fn org_path(tenant: uuid::Uuid, org: &str) -> String {
    owner_fetch(
        tenant,
        "select path::text as p from org_unit where id = $1",
        uuid_of(org),
    )
    .await[0]
        .get("p")
}

#[tokio::test]
async fn an_orgs_figures_equal_a_recomputation_from_the_raw_rows_of_its_sub_tree() {
    // Arrange: a committee with a branch, and another committee beside it.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let committee = app
        .create_org_of(&t.token, None, "机关党委", "PARTY", "PARTY_COMMITTEE")
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
        .create_org_of(&t.token, None, "另一党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    // Exact birthdays on both sides of the bands' edges.
    let a = member(
        &app,
        &t.token,
        "甲",
        &[&committee],
        json!({ "gender": "MALE",
        "birthDate": years_ago(25).to_string(), "politicalStatus": "FULL_MEMBER" }),
    )
    .await;
    let b = member(
        &app,
        &t.token,
        "乙",
        &[&branch],
        json!({ "gender": "FEMALE",
        "birthDate": years_ago(26).to_string(), "politicalStatus": "PROBATIONARY" }),
    )
    .await;
    member(
        &app,
        &t.token,
        "丙",
        &[&branch],
        json!({ "gender": "FEMALE",
        "birthDate": (years_ago(60) + chrono::Days::new(1)).to_string(),
        "politicalStatus": "FULL_MEMBER" }),
    )
    .await;
    member(
        &app,
        &t.token,
        "丁",
        &[&committee],
        json!({
        "birthDate": years_ago(61).to_string(), "politicalStatus": "ACTIVIST" }),
    )
    .await;
    member(
        &app,
        &t.token,
        "戊",
        &[&branch],
        json!({ "gender": "MALE" }),
    )
    .await;
    let gone = member(
        &app,
        &t.token,
        "己",
        &[&branch],
        json!({ "gender": "MALE",
        "politicalStatus": "FULL_MEMBER" }),
    )
    .await;
    app.set_member_disabled(&t.token, &gone, true).await;
    member(
        &app,
        &t.token,
        "庚",
        &[&other],
        json!({ "gender": "MALE",
        "birthDate": years_ago(40).to_string(), "politicalStatus": "FULL_MEMBER" }),
    )
    .await;
    // Education and the dates of joining the party.
    for (m, edu) in [(&a, "BACHELOR"), (&b, "MASTER")] {
        owner_execute(
            tenant,
            &format!(
                "insert into member_profile (tenant_id, member_id, education, party_joined_on)
                      values (app_tenant_id(), $1, '{edu}', date '2010-07-01')"
            ),
            uuid_of(m),
        )
        .await;
    }
    owner_execute(
        tenant,
        "insert into member_stage (tenant_id, id, member_id, stage, started_on)
         values (app_tenant_id(), gen_random_uuid(), $1, 'PROBATIONARY', date '2019-07-01')",
        uuid_of(&b),
    )
    .await;

    // Act
    let data = app
        .gql_ok(Some(&t.token), DASHBOARD, json!({ "o": committee }))
        .await;
    let other_data = app
        .gql_ok(Some(&t.token), DASHBOARD, json!({ "o": other }))
        .await;

    // Assert: every dimension equals the recomputation.
    let d = &data["orgDashboard"];
    assert_eq!(d["organization"]["name"], "机关党委");
    let m = &d["members"];
    let want = recompute(tenant, &org_path(tenant, &committee).await).await;
    assert_eq!(m["total"].as_i64(), Some(want["total"]["ALL"]), "{d}");
    assert_eq!(
        m["total"], 5,
        "甲乙丙丁戊: the disabled and the other committee's are out"
    );
    assert_eq!(as_map(&m["byPoliticalStatus"]), want["status"]);
    assert_eq!(as_map(&m["byGender"]), want["gender"]);
    assert_eq!(as_map(&m["byAgeBand"]), want["age"]);
    assert_eq!(as_map(&m["byEducation"]), want["education"]);
    assert_eq!(as_map(&m["byJoinYear"]), want["join"]);
    let by_line = as_map(&m["byLine"]);
    assert_eq!(by_line.get("PARTY"), want["party"].get("PARTY"));
    assert_eq!(by_line.get("PARTY"), Some(&5));
    // The edges themselves.
    let age = as_map(&m["byAgeBand"]);
    assert_eq!(
        age.get("UP_TO_25"),
        Some(&1),
        "25 today is still ≤25: {age:?}"
    );
    assert_eq!(age.get("26_35"), Some(&1));
    assert_eq!(age.get("56_60"), Some(&1), "60 until tomorrow");
    assert_eq!(age.get("OVER_60"), Some(&1));
    assert_eq!(age.get("UNKNOWN"), Some(&1));
    assert_eq!(
        m["byAgeBand"].as_array().unwrap().len(),
        7,
        "every band is listed"
    );
    let joined = as_map(&m["byJoinYear"]);
    assert_eq!(
        joined.get("2019"),
        Some(&1),
        "the probation wins over the profile"
    );
    assert_eq!(joined.get("2010"), Some(&1));
    assert_eq!(joined.get("UNKNOWN"), Some(&1));
    // Zero denominators are null, never 0 or 1.
    assert_eq!(d["notices"]["required"], 0);
    assert!(d["notices"]["acknowledgementRate"].is_null(), "{d}");
    assert!(d["dues"]["collectionRate"].is_null());
    assert!(d["grid"]["onTimeRate"].is_null());
    assert_eq!(d["participation"]["members"], 5);
    assert_eq!(d["engagement"].as_array().unwrap().len(), 8);
    let stages: BTreeMap<String, i64> = d["pipeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["stage"].as_str().unwrap().into(),
                s["members"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(stages["ACTIVIST"], 1);
    assert_eq!(stages["PROBATIONARY"], 1);
    // The other committee counts only its own.
    let o = &other_data["orgDashboard"]["members"];
    let want_other = recompute(tenant, &org_path(tenant, &other).await).await;
    assert_eq!(o["total"].as_i64(), Some(want_other["total"]["ALL"]));
    assert_eq!(o["total"], 1);
    assert_eq!(as_map(&o["byAgeBand"]).get("36_45"), Some(&1));
}

#[tokio::test]
async fn without_an_org_the_dashboard_shows_the_viewers_own() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let top = app.create_org(&t.token, None, "党委", "PARTY").await;
    let branch = app.create_org(&t.token, Some(&top), "支部", "PARTY").await;
    let (token, _) = app.join(&t.token, &branch, "支部党员").await;

    let mine = app.gql_ok(Some(&token), DASHBOARD, json!({})).await;
    let admins = app.gql_ok(Some(&t.token), DASHBOARD, json!({})).await;

    assert_eq!(mine["orgDashboard"]["organization"]["id"], branch);
    assert_eq!(mine["orgDashboard"]["members"]["total"], 1);
    assert!(
        mine["orgDashboard"]["dues"].is_null(),
        "a plain member reads no dues"
    );
    assert_eq!(admins["orgDashboard"]["organization"]["id"], top);
}

#[tokio::test]
async fn another_tenants_org_and_an_org_a_member_may_not_read_are_not_found() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let mine = app.create_org(&t.token, None, "党委", "PARTY").await;
    let sibling = app.create_org(&t.token, None, "另一党委", "PARTY").await;
    let (member_token, member_id) = app.join(&t.token, &mine, "王五").await;
    // Narrow the member to their own org: no tenant-wide grant.
    let grants = app
        .gql_ok(
            Some(&t.token),
            "query($m: ID) { grants(memberId: $m) { id role } }",
            json!({ "m": member_id }),
        )
        .await;
    for g in grants["grants"].as_array().unwrap() {
        app.gql_ok(
            Some(&t.token),
            "mutation($i: IdInput!) { revokeGrant(input: $i) }",
            json!({ "i": { "id": g["id"] } }),
        )
        .await;
    }
    app.grant_role(
        &t.token,
        json!({ "memberId": member_id, "role": "member", "organizationId": mine }),
    )
    .await;
    let u = app.sign_up().await;
    let foreign = app.create_org(&u.token, None, "外企党委", "PARTY").await;

    // Act
    let own = app
        .gql(Some(&member_token), DASHBOARD, json!({ "o": mine }))
        .await;
    let not_readable = app
        .gql(Some(&member_token), DASHBOARD, json!({ "o": sibling }))
        .await;
    let admin_own = app
        .gql(Some(&t.token), DASHBOARD, json!({ "o": mine }))
        .await;
    let cross = app
        .gql(Some(&t.token), DASHBOARD, json!({ "o": foreign }))
        .await;
    let cross_live = {
        let mut socket = ws::subscribe(
            &app.base,
            &t.token,
            "subscription($o: ID!) { orgDashboardUpdated(organizationId: $o) { generatedAt } }",
            json!({ "o": foreign }),
        )
        .await;
        ws::next(&mut socket, 10).await.expect("an answer")
    };

    // Assert
    assert_eq!(own["data"]["orgDashboard"]["members"]["total"], 1, "{own}");
    assert_eq!(code(&not_readable), Some("NOT_FOUND"), "{not_readable}");
    assert_eq!(
        admin_own["data"]["orgDashboard"]["organization"]["id"],
        mine
    );
    assert_eq!(code(&cross), Some("NOT_FOUND"), "{cross}");
    let refusal = if cross_live["type"] == "error" {
        &cross_live["payload"][0]
    } else {
        &cross_live["payload"]["errors"][0]
    };
    assert_eq!(refusal["extensions"]["code"], "NOT_FOUND", "{cross_live}");
    assert!(cross_live["payload"]["data"].is_null(), "{cross_live}");
}

#[tokio::test]
async fn malformed_org_ids_are_refused_without_an_internal_error() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;

    let nul = app
        .gql(Some(&t.token), DASHBOARD, json!({ "o": "abc\u{0}" }))
        .await;
    let not_an_id = app
        .gql(Some(&t.token), DASHBOARD, json!({ "o": "not-a-uuid" }))
        .await;
    let wrong_type = app
        .gql(Some(&t.token), DASHBOARD, json!({ "o": t.member_id }))
        .await;

    assert_eq!(code(&nul), Some("VALIDATION"), "{nul}");
    // As every read by id: a malformed id is not found, never INTERNAL.
    assert_eq!(code(&not_an_id), Some("NOT_FOUND"), "{not_an_id}");
    assert_eq!(code(&wrong_type), Some("NOT_FOUND"), "{wrong_type}");
}

#[tokio::test]
async fn the_live_dashboard_emits_on_subscribe_and_again_after_a_member_is_added() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let top = app.create_org(&t.token, None, "党委", "PARTY").await;
    let branch = app.create_org(&t.token, Some(&top), "支部", "PARTY").await;
    member(&app, &t.token, "甲", &[&branch], json!({})).await;
    let mut socket = ws::subscribe(
        &app.base,
        &t.token,
        "subscription($o: ID!) { orgDashboardUpdated(organizationId: $o) { organization { name } members { total } } }",
        json!({ "o": top }),
    )
    .await;
    let first = ws::next(&mut socket, 10)
        .await
        .expect("the figures on subscribe");
    assert_eq!(first["type"], "next", "{first}");
    assert_eq!(
        first["payload"]["data"]["orgDashboardUpdated"]["members"]["total"], 1,
        "{first}"
    );

    // Act
    member(&app, &t.token, "乙", &[&branch], json!({})).await;

    // Assert: the next frames reach two members (within the throttle, far below the refresh).
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let frame = ws::next(&mut socket, left.as_secs().max(1))
            .await
            .expect("an update after the member was added");
        assert_eq!(frame["type"], "next", "{frame}");
        if frame["payload"]["data"]["orgDashboardUpdated"]["members"]["total"] == 2 {
            break;
        }
    }
}

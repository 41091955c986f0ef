//! Annual statistics (年报) and the statutory profile against the real server: the party's
//! tables equal a recount of the raw rows and pass their checks (on a few hundred members and on
//! a generated 10,000-member tenant), party membership on a past date follows the stage
//! history, the `.xlsx` has the returns' layout, the union's and the league's tables count
//! their own lines, and another tenant or a plain member gets NOT_FOUND beside a positive
//! control; the profile is edited by whoever manages the member, read by the member, refused
//! with VALIDATION on bad codes and dates.

use chrono::{Datelike, NaiveDate, Utc};
use serde_json::{Value, json};
use sqlx::Row;
use tongxin_tests::{TestApp, code, owner_execute, owner_fetch, uuid_of};

const STATS: &str = "query($o: ID!, $d: NaiveDate!) { annualStatistics(organizationId: $o, asOf: $d) { organizationName line asOf consistent exportUrl checks { description passed } warnings { message count } tables { key title totalLabel groups { label columns { key label } } rows { label organizationId values } totals } } }";
const PROFILE: &str = "mutation($i: UpdateMemberProfileInput!) { updateMemberProfile(input: $i) { memberId ethnicity ethnicityLabel education occupation partyJoinedOn } }";
const READ_PROFILE: &str = "query($id: ID!) { node(id: $id) { ... on Member { name profile { ethnicity education occupation partyJoinedOn } } } }";

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

fn table<'a>(stats: &'a Value, key: &str) -> &'a Value {
    stats["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == key)
        .unwrap_or_else(|| panic!("table {key} in {stats}"))
}

/// The figure of column `key` (or the total, for `"total"`) in a row's values.
fn figure(table: &Value, values: &Value, key: &str) -> i64 {
    if key == "total" {
        return values[0].as_i64().unwrap();
    }
    let mut index = 0;
    for g in table["groups"].as_array().unwrap() {
        for c in g["columns"].as_array().unwrap() {
            index += 1;
            if c["key"] == key {
                return values[index].as_i64().unwrap();
            }
        }
    }
    panic!("column {key} in {table}")
}

fn row_of<'a>(table: &'a Value, org: &str) -> &'a Value {
    table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["organizationId"] == org)
        .unwrap_or_else(|| panic!("row of {org} in {table}"))
}

/// `n` members (named `成员1`…) spread over `orgs` on the party line, with varied gender,
/// birth date, status and political status, and a profile for most; returns nothing (the
/// tests recount from the rows).
async fn generate(tenant: uuid::Uuid, orgs: &[uuid::Uuid], n: u32) {
    let list = orgs
        .iter()
        .map(|o| format!("'{o}'"))
        .collect::<Vec<_>>()
        .join(",");
    let k = orgs.len();
    owner_execute(
        tenant,
        &format!(
            "insert into member (tenant_id, id, name, gender, birth_date, political_status, status,
                                 org_id, party_org_id)
             select $1, gen_random_uuid(), '成员' || g,
                    case g % 3 when 0 then 'FEMALE' when 1 then 'MALE' end,
                    case when g % 11 = 0 then null else date '1940-01-01' + (g * 37 % 29000) end,
                    case when g % 10 = 0 then 'PROBATIONARY' when g % 13 = 0 then 'MASSES'
                         else 'FULL_MEMBER' end,
                    case when g % 17 = 0 then 'DISABLED' else 'ACTIVE' end,
                    (array[{list}]::uuid[])[1 + g % {k}], (array[{list}]::uuid[])[1 + g % {k}]
               from generate_series(1, {n}) g"
        ),
        tenant,
    )
    .await;
    owner_execute(
        tenant,
        "insert into member_profile (tenant_id, member_id, ethnicity, education, occupation,
                                     party_joined_on)
         select $1, id,
                case when n % 7 = 0 then '03' when n % 19 = 0 then null else '01' end,
                (array['DOCTORATE','MASTER','BACHELOR','JUNIOR_COLLEGE','SECONDARY_VOCATIONAL',
                       'HIGH_SCHOOL','JUNIOR_HIGH_OR_BELOW'])[1 + n % 7],
                case when n % 5 = 0 then null else
                  (array['WORKER','PROFESSIONAL','MANAGER','RETIRED'])[1 + n % 4] end,
                case when n % 6 = 0 then null else date '1960-01-01' + (n * 53 % 23000) end
           from (select id, substr(name, 3)::int as n from member
                  where tenant_id = $1 and name like '成员%') m
          where n % 23 <> 0",
        tenant,
    )
    .await;
}

/// Recounts from the rows what the party tables should show for the members whose party org
/// is one of `orgs` on `day` (no stage history in these tenants).
async fn recount(tenant: uuid::Uuid, orgs: &[uuid::Uuid], day: NaiveDate) -> Value {
    let list = orgs
        .iter()
        .map(|o| format!("'{o}'"))
        .collect::<Vec<_>>()
        .join(",");
    let thirty_one = NaiveDate::from_ymd_opt(day.year() - 31, day.month(), day.day()).unwrap();
    let rows = owner_fetch(
        tenant,
        &format!(
            "select count(*) as total,
                    count(*) filter (where m.gender = 'FEMALE') as female,
                    count(*) filter (where m.political_status = 'PROBATIONARY') as probationary,
                    count(*) filter (where p.ethnicity between '02' and '56') as minority,
                    count(*) filter (where p.education = 'BACHELOR') as bachelor,
                    count(*) filter (where p.education is null) as no_education,
                    count(*) filter (where p.occupation = 'RETIRED') as retired,
                    count(*) filter (where m.birth_date > date '{thirty_one}') as thirty,
                    count(*) filter (where m.birth_date is null) as no_birth,
                    count(*) filter (where p.party_joined_on >= date '2012-11-01') as since2012
               from member m
               left join member_profile p on p.tenant_id = m.tenant_id and p.member_id = m.id
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and m.political_status in ('PROBATIONARY', 'FULL_MEMBER')
                and m.party_org_id in ({list})
                and (p.party_joined_on is null or p.party_joined_on <= date '{day}')"
        ),
        tenant,
    )
    .await;
    let r = &rows[0];
    let n = |c: &str| r.get::<i64, _>(c);
    json!({
        "total": n("total"), "female": n("female"), "probationary": n("probationary"),
        "minority": n("minority"), "BACHELOR": n("bachelor"), "educationUnknown": n("no_education"),
        "RETIRED": n("retired"), "age30": n("thirty"), "ageUnknown": n("no_birth"),
        "from2012": n("since2012"),
    })
}

async fn ask(app: &TestApp, token: &str, org: &str, day: &str) -> Value {
    app.gql(Some(token), STATS, json!({ "o": org, "d": day }))
        .await
}

struct Tree {
    app: TestApp,
    token: String,
    tenant: uuid::Uuid,
    committee: String,
    first: String,
    second: String,
    group: String,
    outside: String,
}

async fn tree(app: TestApp) -> Tree {
    let t = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "机关党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let first = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第一党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let second = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let group = app
        .create_org_of(&t.token, Some(&first), "第一党小组", "PARTY", "PARTY_GROUP")
        .await;
    let outside = app
        .create_org_of(&t.token, None, "外单位党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let tenant = app.tenant_id(&t.token).await;
    Tree {
        app,
        token: t.token,
        tenant,
        committee,
        first,
        second,
        group,
        outside,
    }
}

fn assert_matches(stats: &Value, expected: &Value, row: Option<&str>) {
    let cols = [
        (
            "party.members",
            [
                "total",
                "female",
                "probationary",
                "minority",
                "age30",
                "ageUnknown",
            ]
            .as_slice(),
        ),
        (
            "party.education",
            ["total", "BACHELOR", "educationUnknown"].as_slice(),
        ),
        ("party.occupation", ["total", "RETIRED"].as_slice()),
        ("party.joined", ["total", "from2012"].as_slice()),
    ];
    for (key, columns) in cols {
        let t = table(stats, key);
        let values = match row {
            Some(org) => &row_of(t, org)["values"],
            None => &t["totals"],
        };
        for c in columns {
            assert_eq!(
                figure(t, values, c),
                expected[*c].as_i64().unwrap(),
                "{key}.{c} (row {row:?})"
            );
        }
    }
}

#[tokio::test]
async fn the_party_tables_equal_a_recount_of_the_raw_rows_and_pass_their_checks() {
    // Arrange: 600 generated members over the committee, its two branches and a group of the
    // first; 50 more under another committee, which must not count.
    let t = tree(TestApp::spawn().await).await;
    let under = [&t.committee, &t.first, &t.second, &t.group].map(|o| uuid_of(o));
    generate(t.tenant, &under, 600).await;
    let out = [uuid_of(&t.outside)];
    owner_execute(
        t.tenant,
        &format!(
            "insert into member (tenant_id, id, name, political_status, party_org_id)
             select $1, gen_random_uuid(), '外人' || g, 'FULL_MEMBER', '{}'
               from generate_series(1, 50) g",
            out[0]
        ),
        t.tenant,
    )
    .await;
    let day = today();

    // Act
    let data = t
        .app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": t.committee, "d": day.to_string() }),
        )
        .await;
    let stats = &data["annualStatistics"];

    // Assert: the 合计 row and each unit's row equal the recount; the group's members count
    // in the first branch's row.
    assert_eq!(stats["line"], "PARTY");
    assert_eq!(stats["consistent"], true, "{}", stats["checks"]);
    let members = table(stats, "party.members");
    assert_eq!(
        members["rows"].as_array().unwrap().len(),
        3,
        "本级 and two branches"
    );
    assert_matches(stats, &recount(t.tenant, &under, day).await, None);
    assert_matches(
        stats,
        &recount(t.tenant, &[under[1], under[3]], day).await,
        Some(&t.first),
    );
    assert_matches(
        stats,
        &recount(t.tenant, &[under[0]], day).await,
        Some(&t.committee),
    );
    let orgs = table(stats, "party.orgs");
    assert_eq!(figure(orgs, &orgs["totals"], "PARTY_BRANCH"), 2);
    assert_eq!(figure(orgs, &orgs["totals"], "PARTY_GROUP"), 1);
    assert_eq!(figure(orgs, &orgs["totals"], "PARTY_COMMITTEE"), 1);
    assert!(
        stats["warnings"].to_string().contains("出生日期"),
        "the unrecorded birth dates are listed: {}",
        stats["warnings"]
    );
}

#[tokio::test]
async fn a_generated_tenant_of_ten_thousand_members_adds_up() {
    // Arrange
    let t = tree(TestApp::spawn().await).await;
    let under = [&t.committee, &t.first, &t.second, &t.group].map(|o| uuid_of(o));
    generate(t.tenant, &under, 10_000).await;
    let day = today();

    // Act
    let data = t
        .app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": t.committee, "d": day.to_string() }),
        )
        .await;
    let stats = &data["annualStatistics"];

    // Assert
    assert_eq!(stats["consistent"], true, "{}", stats["checks"]);
    assert_matches(stats, &recount(t.tenant, &under, day).await, None);
    for key in [
        "party.members",
        "party.education",
        "party.occupation",
        "party.joined",
    ] {
        let tb = table(stats, key);
        let sum: i64 = tb["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["values"][0].as_i64().unwrap())
            .sum();
        assert_eq!(sum, tb["totals"][0].as_i64().unwrap(), "{key}");
    }
}

#[tokio::test]
async fn party_membership_on_a_past_date_follows_the_stage_history() {
    // Arrange: three members admitted as probationary members on 1 January this year, after
    // their development stages; one full member since long ago.
    let t = tree(TestApp::spawn().await).await;
    let branch = uuid_of(&t.first);
    let year = today().year();
    owner_execute(
        t.tenant,
        &format!(
            "with m as (
               insert into member (tenant_id, id, name, gender, political_status, party_org_id)
               select $1, gen_random_uuid(), '新党员' || g, 'FEMALE', 'PROBATIONARY', '{branch}'
                 from generate_series(1, 3) g returning id)
             insert into member_stage (tenant_id, id, member_id, stage, started_on)
             select $1, gen_random_uuid(), m.id, s.stage, s.day
               from m, (values ('ACTIVIST', date '{y0}-03-01'),
                               ('DEVELOPMENT_TARGET', date '{y0}-09-01'),
                               ('PROBATIONARY', date '{year}-01-01')) s(stage, day)",
            y0 = year - 1
        ),
        t.tenant,
    )
    .await;
    owner_execute(
        t.tenant,
        &format!(
            "insert into member (tenant_id, id, name, political_status, party_org_id)
             values ($1, gen_random_uuid(), '老党员', 'FULL_MEMBER', '{branch}')"
        ),
        t.tenant,
    )
    .await;
    let last_year_end = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap();

    // Act
    let now = t
        .app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": t.committee, "d": today().to_string() }),
        )
        .await;
    let then = t
        .app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": t.committee, "d": last_year_end.to_string() }),
        )
        .await;

    // Assert
    let members = table(&now["annualStatistics"], "party.members");
    assert_eq!(figure(members, &members["totals"], "total"), 4);
    assert_eq!(figure(members, &members["totals"], "probationary"), 3);
    let developed = table(&now["annualStatistics"], "party.developed");
    assert_eq!(figure(developed, &developed["totals"], "total"), 3);
    assert_eq!(figure(developed, &developed["totals"], "female"), 3);
    let flows = table(&now["annualStatistics"], "party.flows");
    assert_eq!(figure(flows, &flows["totals"], "developed"), 3);
    let members_then = table(&then["annualStatistics"], "party.members");
    assert_eq!(
        figure(members_then, &members_then["totals"], "total"),
        1,
        "on last year's last day only the old member was a party member"
    );
    assert_eq!(then["annualStatistics"]["consistent"], true);
}

#[tokio::test]
async fn the_export_has_the_returns_layout_and_is_refused_to_another_tenant() {
    // Arrange
    let t = tree(TestApp::spawn().await).await;
    let under = [&t.committee, &t.first, &t.second].map(|o| uuid_of(o));
    generate(t.tenant, &under, 120).await;
    let other = t.app.sign_up().await;
    let day = today().to_string();
    let data = t
        .app
        .gql_ok(Some(&t.token), STATS, json!({ "o": t.committee, "d": day }))
        .await;
    let stats = &data["annualStatistics"];
    let url = format!("{}{}", t.app.base, stats["exportUrl"].as_str().unwrap());
    let get = |token: &str, url: String| t.app.http.get(url).bearer_auth(token.to_string()).send();

    // Act
    let mine = get(&t.token, url.clone()).await.unwrap();
    let cross = get(&other.token, url.clone()).await.unwrap();
    let bad_date = get(&t.token, url.replace(&day, "2026-13-01"))
        .await
        .unwrap();

    // Assert
    assert_eq!(mine.status(), 200);
    assert_eq!(cross.status(), 404);
    assert_eq!(bad_date.status(), 400);
    use calamine::{Reader, Xlsx};
    let bytes = mine.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx");
    let names = book.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("党员基本情况"));
    assert!(names.iter().any(|n| n == "校验"));
    let range = book
        .worksheet_range("党员基本情况")
        .expect("the first table");
    let cell = |r: u32, c: u32| {
        range
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert_eq!(cell(0, 0), "党员基本情况");
    assert!(cell(1, 0).contains("机关党委"));
    assert_eq!(cell(2, 0), "单位");
    assert_eq!(cell(2, 1), "党员总数");
    assert_eq!(cell(2, 2), "党员类别");
    assert_eq!(cell(3, 2), "正式党员");
    let members = table(stats, "party.members");
    let rows = members["rows"].as_array().unwrap().len() as u32;
    let total_row = tongxin_core::annual_stats::FIRST_DATA_ROW + rows;
    assert_eq!(cell(total_row, 0), "合计");
    assert_eq!(cell(total_row, 1), members["totals"][0].to_string());
    let merged = book
        .worksheet_merge_cells("党员基本情况")
        .expect("the sheet")
        .expect("its merged cells");
    let spans: Vec<_> = merged.iter().map(|d| (d.start, d.end)).collect();
    assert!(
        spans.contains(&((2, 0), (3, 0))),
        "单位 spans both header rows: {spans:?}"
    );
    assert!(
        spans.contains(&((2, 2), (2, 3))),
        "党员类别 spans its two columns: {spans:?}"
    );
}

#[tokio::test]
async fn the_union_and_league_tables_count_their_own_lines() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let union = app
        .create_org_of(&t.token, None, "公司工会", "UNION", "UNION_COMMITTEE")
        .await;
    let group = app
        .create_org_of(
            &t.token,
            Some(&union),
            "一车间工会小组",
            "UNION",
            "UNION_GROUP",
        )
        .await;
    let league = app
        .create_org_of(&t.token, None, "公司团委", "YOUTH", "YOUTH_COMMITTEE")
        .await;
    let youth_branch = app
        .create_org_of(
            &t.token,
            Some(&league),
            "研发团支部",
            "YOUTH",
            "YOUTH_BRANCH",
        )
        .await;
    let tenant = app.tenant_id(&t.token).await;
    let year = today().year();
    owner_execute(
        tenant,
        &format!(
            "with m as (
               insert into member (tenant_id, id, name, gender, birth_date, political_status,
                                   union_org_id, youth_org_id)
               select $1, gen_random_uuid(), '会员' || g, 'FEMALE', date '{b}-06-01',
                      case when g <= 2 then 'LEAGUE_MEMBER' else 'MASSES' end,
                      '{u}', case when g <= 2 then '{y}'::uuid end
                 from generate_series(1, 5) g returning id, name)
             insert into member_profile (tenant_id, member_id, union_joined_on, league_joined_on)
             select $1, id, case when name = '会员1' then date '{year}-01-01' end,
                    case when name = '会员2' then date '{year}-01-01' end from m",
            b = year - 24,
            u = uuid_of(&group),
            y = uuid_of(&youth_branch),
        ),
        tenant,
    )
    .await;

    // Act
    let u = app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": union, "d": today().to_string() }),
        )
        .await;
    let l = app
        .gql_ok(
            Some(&t.token),
            STATS,
            json!({ "o": league, "d": today().to_string() }),
        )
        .await;

    // Assert
    let u = &u["annualStatistics"];
    assert_eq!(u["line"], "UNION");
    let members = table(u, "union.members");
    assert_eq!(figure(members, &members["totals"], "total"), 5);
    assert_eq!(figure(members, &members["totals"], "joined"), 1);
    assert_eq!(figure(members, &members["totals"], "age35"), 5);
    let orgs = table(u, "union.orgs");
    assert_eq!(figure(orgs, &orgs["totals"], "UNION_GROUP"), 1);
    let l = &l["annualStatistics"];
    assert_eq!(l["line"], "YOUTH");
    let members = table(l, "league.members");
    assert_eq!(figure(members, &members["totals"], "total"), 2);
    assert_eq!(figure(members, &members["totals"], "joined"), 1);
    assert_eq!(figure(members, &members["totals"], "age23"), 2);
    assert_eq!(u["consistent"], true);
    assert_eq!(l["consistent"], true);
}

#[tokio::test]
async fn the_statistics_are_refused_to_another_tenant_and_to_a_plain_member_and_bad_input_is_validation()
 {
    // Arrange
    let t = tree(TestApp::spawn().await).await;
    let other = t.app.sign_up().await;
    let (plain, _) = t.app.join(&t.token, &t.first, "普通党员").await;
    let dept = t
        .app
        .create_org_of(&t.token, None, "办公室", "ADMIN", "DEPARTMENT")
        .await;
    let day = today().to_string();
    let tomorrow = today().succ_opt().unwrap().to_string();

    // Act
    let own = ask(&t.app, &t.token, &t.committee, &day).await;
    let cross = ask(&t.app, &other.token, &t.committee, &day).await;
    let by_plain = ask(&t.app, &plain, &t.committee, &day).await;
    let department = ask(&t.app, &t.token, &dept, &day).await;
    let future = ask(&t.app, &t.token, &t.committee, &tomorrow).await;
    let nul = ask(&t.app, &t.token, "a\u{0}b", &day).await;
    let ancient = ask(&t.app, &t.token, &t.committee, "1900-01-01").await;

    // Assert
    assert!(own["errors"].is_null(), "{own}");
    assert_eq!(code(&cross), Some("NOT_FOUND"), "{cross}");
    assert_eq!(code(&by_plain), Some("NOT_FOUND"), "{by_plain}");
    assert_eq!(code(&department), Some("VALIDATION"), "{department}");
    assert_eq!(code(&future), Some("VALIDATION"), "{future}");
    assert_eq!(code(&nul), Some("VALIDATION"), "{nul}");
    assert_eq!(code(&ancient), Some("VALIDATION"), "{ancient}");
}

#[tokio::test]
async fn the_profile_is_edited_by_a_manager_read_by_its_member_and_checked() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "第一党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let (member_token, member) = app.join(&t.token, &branch, "李梅").await;
    let (peer_token, _) = app.join(&t.token, &branch, "王刚").await;
    let other = app.sign_up().await;
    let input = |extra: Value| {
        let mut i = json!({ "memberId": member, "ethnicity": "回族", "education": "BACHELOR",
                            "occupation": "PROFESSIONAL", "partyJoinedOn": "2015-07-01" });
        for (k, v) in extra.as_object().unwrap() {
            i[k] = v.clone();
        }
        json!({ "i": i })
    };

    // Act
    let saved = app.gql(Some(&t.token), PROFILE, input(json!({}))).await;
    let own = app
        .gql_ok(Some(&member_token), READ_PROFILE, json!({ "id": member }))
        .await;
    let peer = app
        .gql(Some(&peer_token), READ_PROFILE, json!({ "id": member }))
        .await;
    let by_member = app
        .gql(Some(&member_token), PROFILE, input(json!({})))
        .await;
    let cross = app.gql(Some(&other.token), PROFILE, input(json!({}))).await;
    let bad_code = app
        .gql(Some(&t.token), PROFILE, input(json!({ "ethnicity": "99" })))
        .await;
    let future = app
        .gql(
            Some(&t.token),
            PROFILE,
            input(json!({ "partyJoinedOn": today().succ_opt().unwrap().to_string() })),
        )
        .await;
    let before_founding = app
        .gql(
            Some(&t.token),
            PROFILE,
            input(json!({ "unionJoinedOn": "1920-01-01" })),
        )
        .await;
    let control = app
        .gql(
            Some(&t.token),
            PROFILE,
            input(json!({ "ethnicity": "a\u{1}b" })),
        )
        .await;
    let audit = app
        .gql_ok(
            Some(&t.token),
            "{ auditLog(first: 20) { edges { node { action } } } }",
            json!({}),
        )
        .await;

    // Assert
    assert!(saved["errors"].is_null(), "{saved}");
    let p = &saved["data"]["updateMemberProfile"];
    assert_eq!(p["ethnicity"], "03");
    assert_eq!(p["ethnicityLabel"], "回族");
    assert_eq!(own["node"]["profile"]["education"], "BACHELOR");
    assert_eq!(own["node"]["profile"]["partyJoinedOn"], "2015-07-01");
    assert!(
        peer["data"]["node"]["profile"].is_null(),
        "a peer does not read it: {peer}"
    );
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(code(&cross), Some("NOT_FOUND"), "{cross}");
    assert_eq!(code(&bad_code), Some("VALIDATION"), "{bad_code}");
    assert_eq!(code(&future), Some("VALIDATION"), "{future}");
    assert_eq!(
        code(&before_founding),
        Some("VALIDATION"),
        "{before_founding}"
    );
    assert_eq!(code(&control), Some("VALIDATION"), "{control}");
    assert!(
        audit.to_string().contains("member.profile.update"),
        "{audit}"
    );
}

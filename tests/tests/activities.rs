//! Activities against the real server: parallel registrations never overbook and wait in
//! order, a withdrawal promotes the first in line (and tells them), the deadline, approval,
//! check-in with the rotating code as for meetings, volunteer hours credited and edited, custom
//! fields, hostile input, the export, and NOT_FOUND across tenants and outside the audience.

use crate::votes::{World, world};
use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::{TestApp, assert_ok, code, wait_until};
use uuid::Uuid;

const CREATE: &str = "mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id status capacity fields { id label kind options } } } }";
const REGISTER: &str = "mutation($i: RegisterForActivityInput!) { registerForActivity(input: $i) { registration { id status seq waitlistPosition answers { label value } } activity { registeredCount waitlistedCount } } }";
const WITHDRAW: &str = "mutation($i: CancelActivityRegistrationInput!) { cancelActivityRegistration(input: $i) { registration { id status } activity { registeredCount waitlistedCount } } }";
const ACTIVITY: &str = "query($id: ID!) { activity(id: $id) { id title status registeredCount waitlistedCount myRegistration { id status waitlistPosition checkedInAt hours } viewerCanManage exportUrl registrations { id memberId memberName status seq checkedInAt hours } statistics { registered waitlisted attended rate hours } } }";
const DECIDE: &str = "mutation($i: DecideActivityRegistrationInput!) { decideActivityRegistration(input: $i) { registration { status } } }";
const CODE: &str = "query($id: ID!) { activityCheckInCode(activityId: $id) { code url expiresAt refreshInSeconds } }";
const CHECK_IN: &str = "mutation($i: CheckInToActivityInput!) { checkInToActivity(input: $i) { activity { myRegistration { status checkedInAt hours } } } }";
const ATTEND: &str = "mutation($i: RecordActivityAttendanceInput!) { recordActivityAttendance(input: $i) { registration { id checkedInAt hours } } }";
const SET_HOURS: &str = "mutation($i: SetVolunteerHoursInput!) { setVolunteerHours(input: $i) { registration { hours } } }";
const MY_HOURS: &str = "query { myVolunteerHours { totalHours activities entries { kind hours reason activityTitle } } }";
const STATS: &str = "query($o: ID!) { activityStatistics(orgId: $o) { activities totals { registered attended rate hours } members { memberName hours } } }";

/// An activity of the branch starting in `starts_in`, lasting two hours.
pub(crate) fn form(org: &str, starts_in: Duration) -> Value {
    let starts = Utc::now() + starts_in;
    json!({
        "orgId": org,
        "title": "社区环境整治志愿服务",
        "kind": "VOLUNTEER",
        "description": "请穿运动鞋",
        "place": "幸福里社区服务中心",
        "audience": { "orgIds": [org] },
        "startsAt": starts.to_rfc3339(),
        "endsAt": (starts + Duration::hours(2)).to_rfc3339(),
        "volunteerHours": 2.5,
    })
}

/// Publishes an activity as `token`; returns its id.
pub(crate) async fn create(app: &TestApp, token: &str, input: Value) -> String {
    let data = app.gql_ok(Some(token), CREATE, json!({ "i": input })).await;
    data["createActivity"]["activity"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

pub(crate) async fn register(app: &TestApp, token: &str, activity: &str, answers: Value) -> Value {
    app.gql(
        Some(token),
        REGISTER,
        json!({ "i": { "activityId": activity, "answers": answers } }),
    )
    .await
}

pub(crate) async fn activity(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(Some(token), ACTIVITY, json!({ "id": id })).await
}

/// The field error's message at `field`.
pub(crate) fn field_error(body: &Value, field: &str) -> String {
    assert_eq!(code(body), Some("VALIDATION"), "{body}");
    body["errors"][0]["extensions"]["fields"][field]
        .as_str()
        .unwrap_or_else(|| panic!("no error on {field}: {body}"))
        .to_string()
}

/// `base` (an object) with the entries of `extra` added or replaced.
pub(crate) fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

/// `n` more members of the branch, joined in parallel batches.
async fn members(w: &World, n: usize) -> Vec<(String, String)> {
    let mut out = vec![];
    for batch in (0..n).collect::<Vec<_>>().chunks(10) {
        let names: Vec<String> = batch.iter().map(|i| format!("志愿者{i:02}")).collect();
        let joined = join_all(
            names
                .iter()
                .map(|name| w.app.join(&w.t.token, &w.branch, name)),
        )
        .await;
        out.extend(joined);
    }
    out
}

#[tokio::test]
async fn fifty_parallel_registrations_for_ten_places_give_ten_places_and_forty_in_line() {
    // Arrange
    let w = world().await;
    let people = members(&w, 50).await;
    let id = create(
        &w.app,
        &w.officer.0,
        with(
            form(&w.branch, Duration::days(3)),
            json!({ "capacity": 10 }),
        ),
    )
    .await;

    // Act
    let answers = join_all(
        people
            .iter()
            .map(|(token, _)| register(&w.app, token, &id, json!([]))),
    )
    .await;

    // Assert
    let statuses: Vec<&str> = answers
        .iter()
        .map(|a| {
            a["data"]["registerForActivity"]["registration"]["status"]
                .as_str()
                .unwrap_or_else(|| panic!("{a}"))
        })
        .collect();
    assert_eq!(statuses.iter().filter(|s| **s == "REGISTERED").count(), 10);
    assert_eq!(statuses.iter().filter(|s| **s == "WAITLISTED").count(), 40);
    let view = assert_ok!(activity(&w.app, &w.officer.0, &id).await);
    let a = &view["activity"];
    assert_eq!(a["registeredCount"], 10);
    assert_eq!(a["waitlistedCount"], 40);
    let line = a["registrations"].as_array().unwrap();
    let in_order: Vec<&str> = line.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(
        &in_order[..10],
        vec!["REGISTERED"; 10].as_slice(),
        "first ten by order hold the places"
    );
    assert_eq!(&in_order[10..], vec!["WAITLISTED"; 40].as_slice());
    let seqs: Vec<i64> = line.iter().map(|r| r["seq"].as_i64().unwrap()).collect();
    assert_eq!(
        seqs,
        (1..=50).collect::<Vec<_>>(),
        "one place in line each, no gaps"
    );
    for a in &answers {
        let r = &a["data"]["registerForActivity"]["registration"];
        if r["status"] == "WAITLISTED" {
            assert_eq!(
                r["waitlistPosition"].as_i64(),
                r["seq"].as_i64().map(|s| s - 10)
            );
        }
    }
}

#[tokio::test]
async fn a_withdrawal_promotes_the_first_in_line_and_tells_them() {
    // Arrange
    let w = world().await;
    let id = create(
        &w.app,
        &w.officer.0,
        with(form(&w.branch, Duration::days(3)), json!({ "capacity": 1 })),
    )
    .await;
    let first = &w.voters[0];
    let second = &w.voters[1];
    let third = &w.voters[2];
    for who in [first, second, third] {
        assert_ok!(register(&w.app, &who.0, &id, json!([])).await);
    }

    // Act
    let withdrawn = assert_ok!(
        w.app
            .gql(
                Some(&first.0),
                WITHDRAW,
                json!({ "i": { "activityId": id } })
            )
            .await
    );

    // Assert
    assert_eq!(
        withdrawn["cancelActivityRegistration"]["registration"]["status"],
        "CANCELLED"
    );
    let promoted = assert_ok!(activity(&w.app, &second.0, &id).await);
    assert_eq!(
        promoted["activity"]["myRegistration"]["status"],
        "REGISTERED"
    );
    let still = assert_ok!(activity(&w.app, &third.0, &id).await);
    assert_eq!(still["activity"]["myRegistration"]["status"], "WAITLISTED");
    assert_eq!(still["activity"]["myRegistration"]["waitlistPosition"], 1);
    assert_eq!(still["activity"]["registeredCount"], 1);
    wait_until(
        std::time::Duration::from_secs(5),
        "the promoted member's notification",
        || async {
            w.app.notifications(&second.0).await.iter().any(|n| {
                n["kind"] == "ACTIVITY" && n["title"].as_str().unwrap_or("").contains("候补成功")
            })
        },
    )
    .await;
    let third_told = w.app.notifications(&third.0).await;
    assert!(
        !third_told
            .iter()
            .any(|n| n["title"].as_str().unwrap_or("").contains("候补成功")),
        "only the promoted member is told"
    );
}

#[tokio::test]
async fn registration_after_the_deadline_is_refused_and_before_it_accepted() {
    // Arrange: a deadline a moment away, then past (written directly: the form refuses a
    // deadline in the past).
    let w = world().await;
    let id = create(
        &w.app,
        &w.officer.0,
        with(
            form(&w.branch, Duration::days(2)),
            json!({ "registrationDeadline": (Utc::now() + Duration::hours(1)).to_rfc3339() }),
        ),
    )
    .await;
    let on_time = register(&w.app, &w.voters[0].0, &id, json!([])).await;
    let pool = tongxin_tests::owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let moved = sqlx::query(
        "update activity set registration_deadline = now() - interval '1 minute' where id = $1",
    )
    .bind(tongxin_tests::uuid_of(&id))
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(moved.rows_affected(), 1);

    // Act
    let late = register(&w.app, &w.voters[1].0, &id, json!([])).await;

    // Assert
    assert_eq!(
        on_time["data"]["registerForActivity"]["registration"]["status"], "REGISTERED",
        "{on_time}"
    );
    assert!(field_error(&late, "activityId").contains("报名已截止"));
}

#[tokio::test]
async fn with_approval_registrations_wait_for_the_organiser_who_approves_or_rejects() {
    // Arrange
    let w = world().await;
    let id = create(
        &w.app,
        &w.officer.0,
        with(
            form(&w.branch, Duration::days(3)),
            json!({ "approvalRequired": true, "capacity": 1 }),
        ),
    )
    .await;
    let ids: Vec<String> = {
        let mut out = vec![];
        for who in &w.voters {
            let r = assert_ok!(register(&w.app, &who.0, &id, json!([])).await);
            let reg = &r["registerForActivity"]["registration"];
            assert_eq!(reg["status"], "PENDING_APPROVAL");
            out.push(reg["id"].as_str().unwrap().to_string());
        }
        out
    };
    let decide = |reg: &str, approve: bool, token: &str| {
        let (reg, token) = (reg.to_string(), token.to_string());
        let app = &w.app;
        async move {
            app.gql(
                Some(&token),
                DECIDE,
                json!({ "i": { "registrationId": reg, "approve": approve } }),
            )
            .await
        }
    };

    // Act
    let by_member = decide(&ids[0], true, &w.voters[1].0).await;
    let first = decide(&ids[0], true, &w.officer.0).await;
    let second = decide(&ids[1], true, &w.officer.0).await;
    let third = decide(&ids[2], false, &w.officer.0).await;
    let again = decide(&ids[2], true, &w.officer.0).await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        first["data"]["decideActivityRegistration"]["registration"]["status"],
        "REGISTERED"
    );
    assert_eq!(
        second["data"]["decideActivityRegistration"]["registration"]["status"], "WAITLISTED",
        "full: approved into the line"
    );
    assert_eq!(
        third["data"]["decideActivityRegistration"]["registration"]["status"],
        "REJECTED"
    );
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    let told = w.app.notifications(&w.voters[2].0).await;
    assert!(
        told.iter().any(
            |n| n["kind"] == "ACTIVITY" && n["title"].as_str().unwrap_or("").contains("未通过")
        )
    );
}

#[tokio::test]
async fn check_in_takes_this_activitys_current_code_and_credits_the_hours() {
    // Arrange: an activity starting now-ish, so check-in is open; a second one for its code.
    let w = world().await;
    let id = create(&w.app, &w.officer.0, form(&w.branch, Duration::minutes(5))).await;
    let other = create(&w.app, &w.officer.0, form(&w.branch, Duration::minutes(5))).await;
    let member = &w.voters[0];
    assert_ok!(register(&w.app, &member.0, &id, json!([])).await);
    assert_ok!(register(&w.app, &member.0, &other, json!([])).await);
    let code_of = |a: String| {
        let app = &w.app;
        let token = w.officer.0.clone();
        async move {
            let d = app.gql_ok(Some(&token), CODE, json!({ "id": a })).await;
            d["activityCheckInCode"]["code"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let check_in = |code: String| {
        let app = &w.app;
        let token = member.0.clone();
        let id = id.clone();
        async move {
            app.gql(
                Some(&token),
                CHECK_IN,
                json!({ "i": { "activityId": id, "code": code } }),
            )
            .await
        }
    };
    let by_member = w.app.gql(Some(&member.0), CODE, json!({ "id": id })).await;

    // Act
    let forged = check_in("not-a-code".into()).await;
    let wrong = check_in(code_of(other.clone()).await).await;
    let valid = check_in(code_of(id.clone()).await).await;
    let twice = check_in(code_of(id.clone()).await).await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert!(field_error(&forged, "code").contains("无效"));
    assert!(field_error(&wrong, "code").contains("不属于本活动"));
    let mine = &valid["data"]["checkInToActivity"]["activity"]["myRegistration"];
    assert!(mine["checkedInAt"].is_string(), "{valid}");
    assert_eq!(mine["hours"], 2.5);
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    let hours = w.app.gql_ok(Some(&member.0), MY_HOURS, json!({})).await;
    assert_eq!(hours["myVolunteerHours"]["totalHours"], 2.5, "{hours}");
}

#[tokio::test]
async fn an_expired_code_is_refused_and_a_geofence_needs_the_member_nearby() {
    // Arrange: codes rotate every second with no grace (the tenant's own setting).
    let w = world().await;
    assert_ok!(w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key } }",
            json!({ "i": { "key": "meeting.checkin", "sourceNote": "测试：快速轮换",
                "params": { "rotateSeconds": 1, "graceSeconds": 0, "opensMinutesBefore": 30, "closesMinutesAfterEnd": 30 } } }),
        )
        .await);
    let id = create(
        &w.app,
        &w.officer.0,
        with(
            form(&w.branch, Duration::minutes(5)),
            json!({ "geofence": { "latitude": 39.9042, "longitude": 116.4074, "radiusM": 200 } }),
        ),
    )
    .await;
    let member = &w.voters[0];
    assert_ok!(register(&w.app, &member.0, &id, json!([])).await);
    let code_now = || async {
        let d = w
            .app
            .gql_ok(Some(&w.officer.0), CODE, json!({ "id": id }))
            .await;
        d["activityCheckInCode"]["code"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let check_in = |code: String, at: Option<(f64, f64)>| {
        let (app, id, token) = (&w.app, id.clone(), member.0.clone());
        async move {
            let mut i = json!({ "activityId": id, "code": code });
            if let Some((lat, lon)) = at {
                i["latitude"] = json!(lat);
                i["longitude"] = json!(lon);
            }
            app.gql(Some(&token), CHECK_IN, json!({ "i": i })).await
        }
    };

    // Act
    let stale = code_now().await;
    // Part of what is tested: the code's window and grace pass.
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let expired = check_in(stale, Some((39.9042, 116.4074))).await;
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                "mutation($i: ResetRuleInput!) { resetRule(input: $i) { key } }",
                json!({ "i": { "key": "meeting.checkin" } }),
            )
            .await
    );
    let far = check_in(code_now().await, Some((39.92, 116.4074))).await;
    let nowhere = check_in(code_now().await, None).await;
    let near = check_in(code_now().await, Some((39.9043, 116.4075))).await;

    // Assert
    assert!(field_error(&expired, "code").contains("已过期"));
    assert!(field_error(&far, "location").contains("不在活动现场签到范围内"));
    assert!(field_error(&nowhere, "location").contains("定位"));
    assert!(
        near["data"]["checkInToActivity"]["activity"]["myRegistration"]["checkedInAt"].is_string(),
        "{near}"
    );
}

#[tokio::test]
async fn officers_check_in_by_hand_and_edit_hours_with_a_reason_kept_in_the_ledger() {
    // Arrange
    let w = world().await;
    let id = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(1))).await;
    let member = &w.voters[0];
    assert_ok!(register(&w.app, &member.0, &id, json!([])).await);
    let attend = |present: bool, token: String| {
        let app = &w.app;
        let (id, m) = (id.clone(), member.1.clone());
        async move {
            app.gql(
                Some(&token),
                ATTEND,
                json!({ "i": { "activityId": id, "memberId": m, "present": present } }),
            )
            .await
        }
    };

    // Act
    let by_member = attend(true, w.voters[1].0.clone()).await;
    let marked = assert_ok!(attend(true, w.officer.0.clone()).await);
    let reg = marked["recordActivityAttendance"]["registration"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let set = |hours: f64, reason: &str| {
        let app = &w.app;
        let token = w.officer.0.clone();
        let reg = reg.clone();
        let reason = reason.to_string();
        async move {
            app.gql(
                Some(&token),
                SET_HOURS,
                json!({ "i": { "registrationId": reg, "hours": hours, "reason": reason } }),
            )
            .await
        }
    };
    let no_reason = set(3.0, "  ").await;
    let too_many = set(25.0, "加班").await;
    let edited = set(3.5, "提前到场布置").await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        marked["recordActivityAttendance"]["registration"]["hours"],
        2.5
    );
    assert_eq!(field_error(&no_reason, "reason"), "请填写修改原因");
    field_error(&too_many, "hours");
    assert_eq!(
        edited["data"]["setVolunteerHours"]["registration"]["hours"], 3.5,
        "{edited}"
    );
    let ledger = w.app.gql_ok(Some(&member.0), MY_HOURS, json!({})).await;
    let h = &ledger["myVolunteerHours"];
    assert_eq!(h["totalHours"], 3.5);
    assert_eq!(h["activities"], 1);
    let kinds: Vec<&str> = h["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["CREDIT", "ADJUSTMENT"]);
    assert_eq!(h["entries"][1]["reason"], "提前到场布置");
    assert_eq!(h["entries"][1]["hours"], 1.0);
    let stats = w
        .app
        .gql_ok(Some(&w.officer.0), STATS, json!({ "o": w.branch }))
        .await;
    let s = &stats["activityStatistics"];
    assert_eq!(s["totals"]["registered"], 1);
    assert_eq!(s["totals"]["attended"], 1);
    assert_eq!(s["totals"]["rate"], 100.0);
    assert_eq!(s["totals"]["hours"], 3.5);
    assert_eq!(s["members"][0]["hours"], 3.5);
    let audit = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "query { auditLog(first: 50) { edges { node { action detail } } } }",
            json!({}),
        )
        .await;
    assert!(
        audit.to_string().contains("activity.hours") && audit.to_string().contains("提前到场布置"),
        "the edit and its reason are audited: {audit}"
    );
}

#[tokio::test]
async fn custom_fields_take_checked_answers_and_hostile_strings_are_validation_errors() {
    // Arrange
    let w = world().await;
    let created = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CREATE,
            json!({ "i": with(form(&w.branch, Duration::days(2)), json!({ "fields": [
                { "label": "衣服尺码", "kind": "CHOICE", "required": true, "options": ["M", "L"] },
                { "label": "家属人数", "kind": "NUMBER" },
                { "label": "备注", "kind": "TEXT" } ] })) }),
        )
        .await;
    let a = &created["createActivity"]["activity"];
    let id = a["id"].as_str().unwrap().to_string();
    let f: Vec<String> = a["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    let nul_title = w
        .app
        .gql(Some(&w.officer.0), CREATE, json!({ "i": with(form(&w.branch, Duration::days(2)), json!({ "title": "活动\u{0}" })) }))
        .await;
    let long_title = w
        .app
        .gql(Some(&w.officer.0), CREATE, json!({ "i": with(form(&w.branch, Duration::days(2)), json!({ "title": "长".repeat(101) })) }))
        .await;
    let long_place = w
        .app
        .gql(Some(&w.officer.0), CREATE, json!({ "i": with(form(&w.branch, Duration::days(2)), json!({ "place": "地".repeat(201) })) }))
        .await;
    let past = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE,
            json!({ "i": form(&w.branch, Duration::days(-1)) }),
        )
        .await;
    let bad_hours = w
        .app
        .gql(Some(&w.officer.0), CREATE, json!({ "i": with(form(&w.branch, Duration::days(2)), json!({ "volunteerHours": 1.25 })) }))
        .await;
    let reg = |answers: Value, who: usize| {
        let app = &w.app;
        let token = w.voters[who].0.clone();
        let id = id.clone();
        async move { register(app, &token, &id, answers).await }
    };

    // Act
    let missing = reg(json!([]), 0).await;
    let not_an_option = reg(json!([{ "fieldId": f[0], "value": "XXL" }]), 0).await;
    let nul = reg(
        json!([{ "fieldId": f[0], "value": "M" }, { "fieldId": f[2], "value": "a\u{0}b" }]),
        0,
    )
    .await;
    let over_long = reg(
        json!([{ "fieldId": f[0], "value": "M" }, { "fieldId": f[2], "value": "长".repeat(201) }]),
        0,
    )
    .await;
    let not_a_number = reg(
        json!([{ "fieldId": f[0], "value": "M" }, { "fieldId": f[1], "value": "两个" }]),
        0,
    )
    .await;
    let foreign_field = reg(
        json!([{ "fieldId": encode(NodeType::ActivityField, Uuid::now_v7()).0, "value": "M" }]),
        0,
    )
    .await;
    let bad_id = reg(json!([{ "fieldId": "garbage", "value": "M" }]), 0).await;
    let ok = reg(
        json!([{ "fieldId": f[0], "value": "L" }, { "fieldId": f[1], "value": "2" }]),
        0,
    )
    .await;

    // Assert
    field_error(&nul_title, "title");
    field_error(&long_title, "title");
    field_error(&long_place, "place");
    field_error(&past, "startsAt");
    field_error(&bad_hours, "volunteerHours");
    assert!(field_error(&missing, "answers").contains("衣服尺码"));
    field_error(&not_an_option, "answers.0.value");
    // NUL is refused at the edge, before the domain, on the input's own field.
    field_error(&nul, "value");
    field_error(&over_long, "answers.1.value");
    field_error(&not_a_number, "answers.1.value");
    field_error(&foreign_field, "answers.0.fieldId");
    field_error(&bad_id, "answers.0.fieldId");
    let answers = &ok["data"]["registerForActivity"]["registration"]["answers"];
    assert_eq!(
        answers,
        &json!([{ "label": "衣服尺码", "value": "L" }, { "label": "家属人数", "value": "2" }]),
        "{ok}"
    );
}

#[tokio::test]
async fn outside_the_audience_and_across_tenants_an_activity_is_not_found_beside_positive_controls()
{
    // Arrange
    let w = world().await;
    let id = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(2))).await;
    let stranger = w.app.sign_up().await;
    let export = |token: String| {
        let app = &w.app;
        let id = id.clone();
        async move {
            app.http
                .get(format!(
                    "{}/export/activity-registrations.xlsx?activity={id}",
                    app.base
                ))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };

    // Act
    let member_sees = activity(&w.app, &w.voters[0].0, &id).await;
    let outsider_sees = activity(&w.app, &w.outsider.0, &id).await;
    let outsider_registers = register(&w.app, &w.outsider.0, &id, json!([])).await;
    let stranger_sees = activity(&w.app, &stranger.token, &id).await;
    let stranger_registers = register(&w.app, &stranger.token, &id, json!([])).await;
    let member_registers = register(&w.app, &w.voters[0].0, &id, json!([])).await;
    let officer_export = export(w.officer.0.clone()).await;
    let member_export = export(w.voters[0].0.clone()).await;
    let stranger_export = export(stranger.token.clone()).await;
    let listed = w
        .app
        .gql_ok(
            Some(&w.outsider.0),
            "query { activities { id } }",
            json!({}),
        )
        .await;
    let listed_in = w
        .app
        .gql_ok(
            Some(&w.voters[0].0),
            "query { activities { id } }",
            json!({}),
        )
        .await;

    // Assert
    assert_eq!(
        member_sees["data"]["activity"]["id"],
        id.as_str(),
        "{member_sees}"
    );
    assert!(
        member_sees["data"]["activity"]["registrations"].is_null(),
        "members see no roster"
    );
    assert_eq!(code(&outsider_sees), Some("NOT_FOUND"), "{outsider_sees}");
    assert_eq!(
        code(&outsider_registers),
        Some("NOT_FOUND"),
        "{outsider_registers}"
    );
    assert_eq!(code(&stranger_sees), Some("NOT_FOUND"), "{stranger_sees}");
    assert_eq!(
        code(&stranger_registers),
        Some("NOT_FOUND"),
        "{stranger_registers}"
    );
    assert_eq!(
        member_registers["data"]["registerForActivity"]["registration"]["status"],
        "REGISTERED"
    );
    assert_eq!(officer_export.status(), 200);
    let bytes = officer_export.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let rows: Vec<Vec<String>> = book
        .worksheet_range("报名与签到")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][1], "甲成员");
    assert_eq!(rows[1][2], "报名成功");
    assert_eq!(member_export.status(), 404);
    assert_eq!(stranger_export.status(), 404);
    assert_eq!(listed["activities"], json!([]));
    assert_eq!(listed_in["activities"][0]["id"], id.as_str());
}

#[tokio::test]
async fn a_cancelled_activity_tells_its_registrants_and_refuses_registration() {
    // Arrange
    let w = world().await;
    let id = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(2))).await;
    assert_ok!(register(&w.app, &w.voters[0].0, &id, json!([])).await);

    // Act
    let by_member = w
        .app
        .gql(
            Some(&w.voters[0].0),
            "mutation($i: CancelActivityInput!) { cancelActivity(input: $i) { activity { status } } }",
            json!({ "i": { "activityId": id, "reason": "天气原因" } }),
        )
        .await;
    let cancelled = assert_ok!(
        w.app
            .gql(
                Some(&w.officer.0),
                "mutation($i: CancelActivityInput!) { cancelActivity(input: $i) { activity { status cancelReason } } }",
                json!({ "i": { "activityId": id, "reason": "天气原因" } }),
            )
            .await
    );
    let late = register(&w.app, &w.voters[1].0, &id, json!([])).await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        cancelled["cancelActivity"]["activity"]["status"],
        "CANCELLED"
    );
    assert_eq!(code(&late), Some("CONFLICT"), "{late}");
    let told = w.app.notifications(&w.voters[0].0).await;
    assert!(
        told.iter()
            .any(|n| n["kind"] == "ACTIVITY"
                && n["title"].as_str().unwrap_or("").contains("活动取消"))
    );
}

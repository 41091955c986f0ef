//! Organisation life against the real server: invitations by line and status, check-in by the
//! rotating signed code (forged, other meeting's, expired, repeated and out-of-area codes
//! refused), quorum, leave and reminders, minutes locked after approval, compliance and its
//! warnings, the calendar feed, live attendance, and isolation between tenants.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, uuid_of, ws};

const SCHEDULE: &str = "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id status attendance { expected } } } }";
const MEETING: &str = "query($id: ID!) { meeting(id: $id) { id title canManage minutes minutesStatus resolutions amendments { text authorName } attendance { expected present onLeave leavePending absent quorumShare quorumMet quorumRuleSource } attendees { memberId name state voting checkInMethod } myAttendance { state } } }";
const CODE: &str = "query($id: ID!) { meetingCheckInCode(meetingId: $id) { code url expiresAt refreshInSeconds } }";
const CHECK_IN: &str = "mutation($i: CheckInToMeetingInput!) { checkInToMeeting(input: $i) { meeting { myAttendance { state } } } }";
const ATTEND: &str = "mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { attendance { present quorumMet } } } }";

/// A tenant with a party branch: two full members, a probationary member and one of the masses.
struct Branch {
    app: TestApp,
    t: Tenant,
    branch: String,
    full1: (String, String),
    full2: (String, String),
    probationary: (String, String),
    masses: (String, String),
}

async fn branch() -> Branch {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "第一党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let full1 = app.join(&t.token, &branch, "赵一").await;
    let full2 = app.join(&t.token, &branch, "钱二").await;
    let probationary = app.join(&t.token, &branch, "孙三").await;
    let masses = app.join(&t.token, &branch, "李四").await;
    app.set_political_status(&t.token, &full1.1, "赵一", "FULL_MEMBER")
        .await;
    app.set_political_status(&t.token, &full2.1, "钱二", "FULL_MEMBER")
        .await;
    app.set_political_status(&t.token, &probationary.1, "孙三", "PROBATIONARY")
        .await;
    Branch {
        app,
        t,
        branch,
        full1,
        full2,
        probationary,
        masses,
    }
}

/// Schedules a meeting of the branch starting `start_min` minutes from now, lasting an hour.
async fn schedule(b: &Branch, kind: &str, start_min: i64, extra: Value) -> Value {
    let starts = Utc::now() + Duration::minutes(start_min);
    let mut input = json!({
        "orgId": b.branch, "type": kind, "title": "第四季度支部党员大会",
        "startsAt": starts, "endsAt": starts + Duration::hours(1), "location": "三楼会议室",
    });
    if let (Some(i), Some(e)) = (input.as_object_mut(), extra.as_object()) {
        i.extend(e.clone());
    }
    b.app
        .gql(Some(&b.t.token), SCHEDULE, json!({ "i": input }))
        .await
}

async fn scheduled_id(b: &Branch, kind: &str, start_min: i64) -> String {
    let body = schedule(b, kind, start_min, json!({})).await;
    body["data"]["scheduleMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

async fn meeting(b: &Branch, token: &str, id: &str) -> Value {
    b.app.gql(Some(token), MEETING, json!({ "id": id })).await
}

async fn code_of(b: &Branch, id: &str) -> String {
    let body = b.app.gql(Some(&b.t.token), CODE, json!({ "id": id })).await;
    body["data"]["meetingCheckInCode"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

async fn check_in(b: &Branch, token: &str, id: &str, code: &str, at: Option<(f64, f64)>) -> Value {
    b.app
        .gql(
            Some(token),
            CHECK_IN,
            json!({ "i": { "meetingId": id, "code": code, "latitude": at.map(|a| a.0), "longitude": at.map(|a| a.1) } }),
        )
        .await
}

fn field_error<'a>(body: &'a Value, field: &str) -> &'a str {
    assert_eq!(code(body), Some("VALIDATION"), "{body}");
    body["errors"][0]["extensions"]["fields"][field]
        .as_str()
        .unwrap_or_else(|| panic!("no error on {field}: {body}"))
}

async fn notification_titles(app: &TestApp, token: &str) -> Vec<String> {
    app.notifications(token)
        .await
        .iter()
        .map(|n| {
            format!(
                "{}:{}",
                n["kind"].as_str().unwrap_or_default(),
                n["title"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[tokio::test]
async fn a_general_meeting_invites_the_party_members_tells_them_and_hides_from_others() {
    // Arrange
    let b = branch().await;
    let other = b.app.sign_up().await;

    // Act
    let id = scheduled_id(&b, "BRANCH_GENERAL_MEETING", 60).await;
    let as_admin = meeting(&b, &b.t.token, &id).await;
    let as_invitee = meeting(&b, &b.full1.0, &id).await;
    let as_masses = meeting(&b, &b.masses.0, &id).await;
    let as_other_tenant = meeting(&b, &other.token, &id).await;
    let listed = b
        .app
        .gql(
            Some(&b.probationary.0),
            "{ meetings(first: 10, mine: true) { edges { node { id } } } }",
            json!({}),
        )
        .await;

    // Assert: party members are invited, full members vote, the masses member is not asked.
    let m = &as_admin["data"]["meeting"];
    assert_eq!(m["attendance"]["expected"], 3, "{as_admin}");
    let voting: Vec<bool> = m["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["voting"].as_bool().unwrap())
        .collect();
    assert_eq!(voting.iter().filter(|v| **v).count(), 2);
    assert_eq!(m["canManage"], true);
    let mine = &as_invitee["data"]["meeting"];
    assert_eq!(mine["canManage"], false, "{as_invitee}");
    assert_eq!(
        mine["attendees"].as_array().unwrap().len(),
        1,
        "only their own row"
    );
    assert_eq!(mine["myAttendance"]["state"], "INVITED");
    assert_eq!(code(&as_masses), Some("NOT_FOUND"), "{as_masses}");
    assert_eq!(
        code(&as_other_tenant),
        Some("NOT_FOUND"),
        "{as_other_tenant}"
    );
    assert_eq!(
        listed["data"]["meetings"]["edges"][0]["node"]["id"], id,
        "{listed}"
    );
    let told = notification_titles(&b.app, &b.full1.0).await;
    assert!(
        told.iter().any(|t| t.starts_with("MEETING:会议通知")),
        "{told:?}"
    );
    assert!(notification_titles(&b.app, &b.masses.0).await.is_empty());
}

#[tokio::test]
async fn check_in_refuses_forged_foreign_and_repeated_codes_and_the_quorum_follows_voting_members()
{
    // Arrange
    let b = branch().await;
    let a = scheduled_id(&b, "BRANCH_GENERAL_MEETING", 0).await;
    let other = scheduled_id(&b, "PARTY_LECTURE", 0).await;
    let code_a = code_of(&b, &a).await;
    let (body, sig) = code_a.split_once('.').unwrap();
    let forged = format!("{body}x.{sig}");

    // Act
    let foreign = check_in(&b, &b.full1.0, &other, &code_a, None).await;
    let tampered = check_in(&b, &b.full1.0, &a, &forged, None).await;
    let garbage = check_in(&b, &b.full1.0, &a, "not-a-code", None).await;
    let ok = check_in(&b, &b.full1.0, &a, &code_a, None).await;
    let again = check_in(&b, &b.full1.0, &a, &code_a, None).await;
    let outsider = check_in(&b, &b.masses.0, &a, &code_a, None).await;
    let half = meeting(&b, &b.t.token, &a).await;
    let manual = b
        .app
        .gql(
            Some(&b.t.token),
            ATTEND,
            json!({ "i": { "meetingId": a, "memberId": b.full2.1, "present": true } }),
        )
        .await;
    let by_member = b
        .app
        .gql(
            Some(&b.full1.0),
            ATTEND,
            json!({ "i": { "meetingId": a, "memberId": b.probationary.1, "present": true } }),
        )
        .await;

    // Assert
    assert!(field_error(&foreign, "code").contains("不属于本次会议"));
    assert!(field_error(&tampered, "code").contains("无效"));
    assert!(field_error(&garbage, "code").contains("无效"));
    assert_eq!(
        ok["data"]["checkInToMeeting"]["meeting"]["myAttendance"]["state"], "PRESENT",
        "{ok}"
    );
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    // One of two voting members is not more than half.
    let att = &half["data"]["meeting"]["attendance"];
    assert_eq!(att["present"], 1);
    assert_eq!(att["quorumShare"], 0.5);
    assert_eq!(att["quorumMet"], false, "{half}");
    assert!(
        att["quorumRuleSource"]
            .as_str()
            .unwrap()
            .contains("选举工作条例")
    );
    let after = &manual["data"]["recordMeetingAttendance"]["meeting"]["attendance"];
    assert_eq!(after["present"], 2, "{manual}");
    assert_eq!(after["quorumMet"], true);
    assert_eq!(code(&by_member), Some("FORBIDDEN"), "{by_member}");
}

#[tokio::test]
async fn a_code_is_refused_after_it_expires_and_outside_the_geofence() {
    // Arrange: codes rotate every second with no grace (the tenant's own setting).
    let b = branch().await;
    assert_ok!(b
        .app
        .gql(
            Some(&b.t.token),
            "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key } }",
            json!({ "i": { "key": "meeting.checkin", "sourceNote": "测试：快速轮换",
                "params": { "rotateSeconds": 1, "graceSeconds": 0, "opensMinutesBefore": 30, "closesMinutesAfterEnd": 30 } } }),
        )
        .await);
    let fenced = schedule(
        &b,
        "THEME_PARTY_DAY",
        0,
        json!({ "geofence": { "latitude": 39.9042, "longitude": 116.4074, "radiusMeters": 200 } }),
    )
    .await;
    let id = fenced["data"]["scheduleMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{fenced}"))
        .to_string();

    // Act
    let stale = code_of(&b, &id).await;
    // Part of what is tested: the code's window and grace pass.
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let expired = check_in(&b, &b.full1.0, &id, &stale, Some((39.9042, 116.4074))).await;
    // Back to the default timing, so that a fresh code outlives the requests below.
    assert_ok!(
        b.app
            .gql(
                Some(&b.t.token),
                "mutation($i: ResetRuleInput!) { resetRule(input: $i) { key } }",
                json!({ "i": { "key": "meeting.checkin" } }),
            )
            .await
    );
    let far = check_in(
        &b,
        &b.full1.0,
        &id,
        &code_of(&b, &id).await,
        Some((39.92, 116.4074)),
    )
    .await;
    let nowhere = check_in(&b, &b.full1.0, &id, &code_of(&b, &id).await, None).await;
    let near = check_in(
        &b,
        &b.full1.0,
        &id,
        &code_of(&b, &id).await,
        Some((39.9043, 116.4075)),
    )
    .await;

    // Assert
    assert!(field_error(&expired, "code").contains("已过期"));
    assert!(field_error(&far, "location").contains("不在会场签到范围内"));
    assert!(field_error(&nowhere, "location").contains("定位"));
    assert_eq!(
        near["data"]["checkInToMeeting"]["meeting"]["myAttendance"]["state"], "PRESENT",
        "{near}"
    );
}

#[tokio::test]
async fn leave_is_decided_by_officers_and_the_reminder_skips_members_on_leave() {
    // Arrange
    let b = branch().await;
    let id = scheduled_id(&b, "BRANCH_GENERAL_MEETING", 24 * 60 + 60).await;

    // Act
    let asked = b
        .app
        .gql(
            Some(&b.full2.0),
            "mutation($i: RequestMeetingLeaveInput!) { requestMeetingLeave(input: $i) { meeting { myAttendance { state } } } }",
            json!({ "i": { "meetingId": id, "reason": "出差在外" } }),
        )
        .await;
    let decide = |token: String, approve: bool| {
        let (app, id, member) = (&b.app, id.clone(), b.full2.1.clone());
        async move {
            app.gql(
                Some(&token),
                "mutation($i: DecideMeetingLeaveInput!) { decideMeetingLeave(input: $i) { meeting { attendance { onLeave leavePending } } } }",
                json!({ "i": { "meetingId": id, "memberId": member, "approve": approve } }),
            )
            .await
        }
    };
    let by_member = decide(b.full1.0.clone(), true).await;
    let approved = decide(b.t.token.clone(), true).await;
    let twice = decide(b.t.token.clone(), false).await;
    let item = uuid_of(&id);
    let due: uuid::Uuid = {
        let ctx = tongxin_core::Ctx::for_tests(tongxin_tests::tenant_id_of(&b.app, &b.t).await);
        let mut tx = b.app.app.db.begin_tenant(&ctx).await.unwrap();
        let due = sqlx::query_scalar("select due_item_id from meeting where id = $1")
            .bind(item)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        due
    };
    let reminded = tongxin_core::reminder::deliver(
        &b.app.app,
        &tongxin_core::reminder::ReminderJob {
            tenant_id: tongxin_tests::tenant_id_of(&b.app, &b.t).await,
            item_id: due,
            position: 1,
        },
    )
    .await
    .unwrap();

    // Assert
    assert_eq!(
        asked["data"]["requestMeetingLeave"]["meeting"]["myAttendance"]["state"], "LEAVE_PENDING",
        "{asked}"
    );
    assert_eq!(code(&by_member), Some("FORBIDDEN"), "{by_member}");
    assert_eq!(
        approved["data"]["decideMeetingLeave"]["meeting"]["attendance"]["onLeave"], 1,
        "{approved}"
    );
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    assert_eq!(reminded, 2, "the two invitees not on leave");
    let on_leave = notification_titles(&b.app, &b.full2.0).await;
    assert!(
        on_leave.iter().any(|t| t.contains("请假已批准")),
        "{on_leave:?}"
    );
    assert!(
        !on_leave.iter().any(|t| t.contains("会议提醒")),
        "{on_leave:?}"
    );
    let present = notification_titles(&b.app, &b.full1.0).await;
    assert!(
        present.iter().any(|t| t.starts_with("REMINDER:会议提醒")),
        "{present:?}"
    );
}

#[tokio::test]
async fn approved_minutes_are_locked_even_in_the_database_and_corrections_become_amendments() {
    // Arrange
    let b = branch().await;
    let id = scheduled_id(&b, "BRANCH_GENERAL_MEETING", -5).await;
    let save = |minutes: &'static str| {
        let (app, token, id) = (&b.app, b.t.token.clone(), id.clone());
        async move {
            app.gql(
                Some(&token),
                "mutation($i: SaveMeetingMinutesInput!) { saveMeetingMinutes(input: $i) { meeting { minutesStatus } } }",
                json!({ "i": { "meetingId": id, "minutes": minutes, "resolutions": ["同意孙三按期转正", " "], "attachmentIds": [] } }),
            )
            .await
        }
    };

    // Act
    let draft = save("会议讨论了预备党员转正事宜。").await;
    let approved = b
        .app
        .gql(
            Some(&b.t.token),
            "mutation($i: ApproveMeetingMinutesInput!) { approveMeetingMinutes(input: $i) { meeting { minutesStatus } } }",
            json!({ "i": { "meetingId": id } }),
        )
        .await;
    let edit = save("改写后的纪要").await;
    let amended = b
        .app
        .gql(
            Some(&b.t.token),
            "mutation($i: AmendMeetingRecordInput!) { amendMeetingRecord(input: $i) { meeting { amendments { text } } } }",
            json!({ "i": { "meetingId": id, "text": "补充：钱二因公请假，会后已传达。" } }),
        )
        .await;
    let ctx = tongxin_core::Ctx::for_tests(tongxin_tests::tenant_id_of(&b.app, &b.t).await);
    let mut tx = b.app.app.db.begin_tenant(&ctx).await.unwrap();
    let direct = sqlx::query("update meeting set minutes = 'tampered' where id = $1")
        .bind(uuid_of(&id))
        .execute(&mut *tx)
        .await;
    drop(tx);
    let now = meeting(&b, &b.t.token, &id).await;
    let invitee = meeting(&b, &b.full1.0, &id).await;

    // Assert
    assert_eq!(
        draft["data"]["saveMeetingMinutes"]["meeting"]["minutesStatus"], "DRAFT",
        "{draft}"
    );
    assert_eq!(
        approved["data"]["approveMeetingMinutes"]["meeting"]["minutesStatus"], "APPROVED",
        "{approved}"
    );
    assert_eq!(code(&edit), Some("CONFLICT"), "{edit}");
    assert!(
        direct.is_err(),
        "the database refuses to change approved minutes"
    );
    assert_eq!(
        amended["data"]["amendMeetingRecord"]["meeting"]["amendments"][0]["text"],
        "补充：钱二因公请假，会后已传达。",
        "{amended}"
    );
    let m = &now["data"]["meeting"];
    assert_eq!(m["minutes"], "会议讨论了预备党员转正事宜。");
    assert_eq!(m["resolutions"], json!(["同意孙三按期转正"]));
    assert_eq!(
        invitee["data"]["meeting"]["minutes"], "会议讨论了预备党员转正事宜。",
        "approved minutes are open to invitees: {invitee}"
    );
}

#[tokio::test]
async fn compliance_shows_what_is_done_and_what_is_behind_and_warns_officers_once() {
    // Arrange: a secretary, a committee meeting held today, and a warning window wide enough
    // that every monthly type not yet held is within it.
    let b = branch().await;
    b.app
        .assign_position(&b.t.token, &b.branch, &b.full1.1, "支部书记", "2026-01-01")
        .await;
    scheduled_id(&b, "BRANCH_COMMITTEE", -30).await;
    assert_ok!(b
        .app
        .gql(
            Some(&b.t.token),
            "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key } }",
            json!({ "i": { "key": "meeting.compliance", "sourceNote": "测试", "params": { "warnBeforeDays": 40 } } }),
        )
        .await);
    let query = "query($o: ID, $b: Boolean) { meetingCompliance(orgId: $o, behindOnly: $b) { orgName type status warning frequencyMonths ruleSource } }";

    // Act
    let all = b
        .app
        .gql(
            Some(&b.t.token),
            query,
            json!({ "o": b.branch, "b": false }),
        )
        .await;
    let behind = b
        .app
        .gql(Some(&b.t.token), query, json!({ "o": null, "b": true }))
        .await;
    let by_member = b
        .app
        .gql(
            Some(&b.masses.0),
            query,
            json!({ "o": b.branch, "b": false }),
        )
        .await;
    let other = b.app.sign_up().await;
    let by_other_tenant = b
        .app
        .gql(
            Some(&other.token),
            query,
            json!({ "o": b.branch, "b": false }),
        )
        .await;
    let other_all = b
        .app
        .gql(Some(&other.token), query, json!({ "o": null, "b": false }))
        .await;
    let first = tongxin_core::meeting::compliance::warn_behind(&b.app.app, Utc::now())
        .await
        .unwrap();
    let secretary_after_first = notification_titles(&b.app, &b.full1.0).await;
    tongxin_core::meeting::compliance::warn_behind(&b.app.app, Utc::now())
        .await
        .unwrap();
    let secretary_after_second = notification_titles(&b.app, &b.full1.0).await;

    // Assert
    let rows = all["data"]["meetingCompliance"]
        .as_array()
        .unwrap_or_else(|| panic!("{all}"));
    let status_of = |t: &str| {
        rows.iter()
            .find(|r| r["type"] == t)
            .map(|r| r["status"].as_str().unwrap().to_string())
    };
    assert_eq!(status_of("BRANCH_COMMITTEE").as_deref(), Some("DONE"));
    assert_eq!(status_of("THEME_PARTY_DAY").as_deref(), Some("DUE"));
    assert!(rows.iter().all(|r| r["orgName"] == "第一党支部"));
    assert!(
        rows[0]["ruleSource"]
            .as_str()
            .unwrap()
            .contains("支部工作条例")
    );
    let behind_rows = behind["data"]["meetingCompliance"].as_array().unwrap();
    assert!(behind_rows.iter().any(|r| r["type"] == "THEME_PARTY_DAY"));
    assert!(behind_rows.iter().all(|r| r["type"] != "BRANCH_COMMITTEE"));
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        code(&by_other_tenant),
        Some("NOT_FOUND"),
        "{by_other_tenant}"
    );
    assert_eq!(
        other_all["data"]["meetingCompliance"]
            .as_array()
            .map(Vec::len),
        Some(0),
        "{other_all}"
    );
    assert!(first >= 1);
    let warnings = |titles: &[String]| titles.iter().filter(|t| t.contains("组织生活预警")).count();
    assert!(
        warnings(&secretary_after_first) >= 1,
        "{secretary_after_first:?}"
    );
    assert_eq!(
        warnings(&secretary_after_first),
        warnings(&secretary_after_second),
        "a second scan warns nobody twice"
    );
}

#[tokio::test]
async fn the_calendar_feed_lists_the_members_meetings_until_it_is_revoked() {
    // Arrange
    let b = branch().await;
    scheduled_id(&b, "PARTY_LECTURE", 120).await;
    let created = b
        .app
        .gql(
            Some(&b.full1.0),
            "mutation { createCalendarFeed { url feed { createdAt } } }",
            json!({}),
        )
        .await;
    let url = created["data"]["createCalendarFeed"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_string();
    let get = |path: String| {
        let (http, base) = (b.app.http.clone(), b.app.base.clone());
        async move { http.get(format!("{base}{path}")).send().await.unwrap() }
    };

    // Act
    let feed = get(url.clone()).await;
    let status = feed.status();
    let kind = feed.headers()["content-type"].to_str().unwrap().to_string();
    let text = feed.text().await.unwrap();
    let masses_feed = b
        .app
        .gql(
            Some(&b.masses.0),
            "mutation { createCalendarFeed { url } }",
            json!({}),
        )
        .await;
    let masses_text = get(masses_feed["data"]["createCalendarFeed"]["url"]
        .as_str()
        .unwrap()
        .to_string())
    .await
    .text()
    .await
    .unwrap();
    let forged = get(format!("{}x.ics", url.trim_end_matches(".ics"))).await;
    let revoked = b
        .app
        .gql(
            Some(&b.full1.0),
            "mutation { revokeCalendarFeed }",
            json!({}),
        )
        .await;
    let after = get(url).await;

    // Assert
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/calendar"), "{kind}");
    assert!(text.contains("SUMMARY:第四季度支部党员大会"), "{text}");
    assert!(text.contains("LOCATION:三楼会议室"));
    assert!(
        !masses_text.contains("第四季度支部党员大会"),
        "{masses_text}"
    );
    assert_eq!(forged.status(), 404);
    assert_eq!(revoked["data"]["revokeCalendarFeed"], true, "{revoked}");
    assert_eq!(after.status(), 404);
}

#[tokio::test]
async fn bad_input_is_refused_on_its_field_and_members_and_other_tenants_cannot_schedule() {
    // Arrange
    let b = branch().await;
    let other = b.app.sign_up().await;
    let starts = Utc::now() + Duration::hours(2);

    // Act
    let backwards = schedule(
        &b,
        "BRANCH_GENERAL_MEETING",
        120,
        json!({ "endsAt": starts - Duration::hours(1) }),
    )
    .await;
    let wrong_line = schedule(&b, "LEAGUE_DAY", 120, json!({})).await;
    let lecture_election = schedule(&b, "PARTY_LECTURE", 120, json!({ "isElection": true })).await;
    let empty_title = schedule(&b, "PARTY_LECTURE", 120, json!({ "title": "  " })).await;
    let input = json!({ "i": { "orgId": b.branch, "type": "PARTY_LECTURE", "title": "党课",
        "startsAt": starts, "endsAt": starts + Duration::hours(1) } });
    let by_member = b.app.gql(Some(&b.full1.0), SCHEDULE, input.clone()).await;
    let by_other_tenant = b.app.gql(Some(&other.token), SCHEDULE, input.clone()).await;
    let by_admin = b.app.gql(Some(&b.t.token), SCHEDULE, input).await;

    // Assert
    assert!(field_error(&backwards, "endsAt").contains("结束时间"));
    assert!(field_error(&wrong_line, "type").contains("条线"));
    assert!(field_error(&lecture_election, "isElection").contains("大会"));
    assert!(!field_error(&empty_title, "title").is_empty());
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        code(&by_other_tenant),
        Some("NOT_FOUND"),
        "{by_other_tenant}"
    );
    assert!(by_admin["errors"].is_null(), "positive control: {by_admin}");
}

#[tokio::test]
async fn the_officers_live_view_sees_a_check_in_as_it_happens() {
    // Arrange
    let b = branch().await;
    let id = scheduled_id(&b, "BRANCH_GENERAL_MEETING", 0).await;
    let mut live = ws::subscribe(
        &b.app.base,
        &b.t.token,
        "subscription($id: ID!) { meetingChanged(meetingId: $id) { attendance { present } } }",
        json!({ "id": id }),
    )
    .await;
    let initial = ws::next(&mut live, 5).await.expect("the meeting now");
    let mut outsider = ws::subscribe(
        &b.app.base,
        &b.masses.0,
        "subscription($id: ID!) { meetingChanged(meetingId: $id) { attendance { present } } }",
        json!({ "id": id }),
    )
    .await;

    // Act
    let code = code_of(&b, &id).await;
    let ok = check_in(&b, &b.probationary.0, &id, &code, None).await;
    let update = ws::next(&mut live, 5).await.expect("an update");

    // Assert
    assert!(ok["errors"].is_null(), "{ok}");
    assert_eq!(
        initial["payload"]["data"]["meetingChanged"]["attendance"]["present"],
        0
    );
    assert_eq!(
        update["payload"]["data"]["meetingChanged"]["attendance"]["present"], 1,
        "{update}"
    );
    let refused = ws::next(&mut outsider, 3).await.expect("an answer");
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{refused}"
    );
    assert!(refused["payload"]["data"].is_null());
}

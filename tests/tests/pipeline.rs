//! The party-entry pipeline against the real server: durations, contacts and introducers
//! enforced with the rule cited, one open step per member, 公示 with objections from the
//! branch only, decisions by the upper org only, and isolation between tenants.

use chrono::{Duration, Months, Utc};
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, tenant_id_of, uuid_of};

const RECORD: &str =
    "mutation($i: RecordMemberStageInput!) { recordMemberStage(input: $i) { stage startedOn } }";
const CONTACT: &str = "mutation($i: SetPipelineContactInput!) { setPipelineContact(input: $i) }";
const PROPOSE: &str = "mutation($i: ProposeStageTransitionInput!) { proposeStageTransition(input: $i) { id status fromStage toStage publicityUntil objectionCount } }";
const DECIDE: &str =
    "mutation($i: DecideStageTransitionInput!) { decideStageTransition(input: $i) { status } }";
const OBJECT: &str = "mutation($i: ObjectToStageTransitionInput!) { objectToStageTransition(input: $i) { objectionCount } }";
const BOARD: &str = "query($o: ID!) { partyPipeline(orgId: $o) { entries { name stage since nextStage earliestNext blockedBy } openTransitions { memberName status objections { text } } } }";

/// A party committee with a branch: a candidate, three full members and another branch.
struct World {
    app: TestApp,
    t: Tenant,
    branch: String,
    candidate: (String, String),
    full: Vec<(String, String)>,
    elsewhere: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
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
        .create_org_of(
            &t.token,
            Some(&committee),
            "第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let candidate = app.join(&t.token, &branch, "周培养").await;
    let mut full = Vec::new();
    for name in ["吴书记", "郑党员", "王党员"] {
        let m = app.join(&t.token, &branch, name).await;
        app.set_political_status(&t.token, &m.1, name, "FULL_MEMBER")
            .await;
        full.push(m);
    }
    let elsewhere = app.join(&t.token, &other, "冯外支").await;
    World {
        app,
        t,
        branch,
        candidate,
        full,
        elsewhere,
    }
}

fn months_ago(m: u32) -> String {
    (Utc::now().date_naive() - Months::new(m)).to_string()
}

fn today() -> String {
    (Utc::now() + Duration::hours(8)).date_naive().to_string()
}

async fn run(w: &World, token: &str, query: &str, input: Value) -> Value {
    w.app.gql(Some(token), query, json!({ "i": input })).await
}

async fn record(w: &World, stage: &str, months: u32) {
    assert_ok!(
        run(
            w,
            &w.t.token,
            RECORD,
            json!({ "memberId": w.candidate.1, "stage": stage, "startedOn": months_ago(months) }),
        )
        .await
    );
}

async fn add_contact(w: &World, who: usize, introducer: bool) {
    assert_ok!(run(
        w,
        &w.t.token,
        CONTACT,
        json!({ "memberId": w.candidate.1, "contactId": w.full[who].1, "introducer": introducer, "add": true }),
    )
        .await);
}

async fn propose(w: &World, to: &str) -> Value {
    run(
        w,
        &w.t.token,
        PROPOSE,
        json!({ "memberId": w.candidate.1, "toStage": to, "effectiveOn": today(), "note": "支部委员会研究同意" }),
    )
    .await
}

fn refusal(body: &Value) -> &str {
    assert_eq!(code(body), Some("VALIDATION"), "{body}");
    body["errors"][0]["extensions"]["fields"]["toStage"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
}

#[tokio::test]
async fn an_activist_of_less_than_a_year_is_refused_with_the_rule_cited_and_one_of_a_year_is_proposed()
 {
    // Arrange
    let w = world().await;
    record(&w, "ACTIVIST", 7).await;

    // Act
    let too_early = propose(&w, "DEVELOPMENT_TARGET").await;
    record(&w, "ACTIVIST", 13).await;
    let no_contact = propose(&w, "DEVELOPMENT_TARGET").await;
    add_contact(&w, 0, false).await;
    let proposed = propose(&w, "DEVELOPMENT_TARGET").await;
    let due = w
        .app
        .gql(
            Some(&w.candidate.0),
            "{ dueItems(first: 50) { edges { node { title ruleKey } } } }",
            json!({}),
        )
        .await;
    let twice = propose(&w, "DEVELOPMENT_TARGET").await;
    assert_ok!(
        run(
            &w,
            &w.t.token,
            RECORD,
            json!({ "memberId": w.full[1].1, "stage": "APPLICANT", "startedOn": months_ago(2) }),
        )
        .await
    );
    let skipping = run(
        &w,
        &w.t.token,
        PROPOSE,
        json!({ "memberId": w.full[1].1, "toStage": "PROBATIONARY", "effectiveOn": today() }),
    )
    .await;

    // Assert
    let why = refusal(&too_early);
    assert!(why.contains("12 个月"), "{why}");
    assert!(why.contains("party.activist.period"), "{why}");
    assert!(
        why.contains("发展党员工作细则"),
        "the source is cited: {why}"
    );
    assert!(refusal(&no_contact).contains("培养联系人"));
    // Quarterly thought reports still ahead in the training year begun seven months ago (the
    // second recording, thirteen months ago, has none left).
    let reports: Vec<&Value> = due["data"]["dueItems"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{due}"))
        .iter()
        .filter(|e| {
            e["node"]["title"]
                .as_str()
                .unwrap_or("")
                .contains("思想汇报")
        })
        .collect();
    assert_eq!(reports.len(), 2, "{due}");
    assert_eq!(reports[0]["node"]["ruleKey"], "party.activist.period");
    let t = &proposed["data"]["proposeStageTransition"];
    assert_eq!(t["status"], "PENDING_APPROVAL", "{proposed}");
    assert_eq!(t["fromStage"], "ACTIVIST");
    assert!(t["publicityUntil"].is_null(), "no 公示 before 发展对象");
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    assert!(refusal(&skipping).contains("逐步"), "{skipping}");
}

#[tokio::test]
async fn admission_is_publicised_to_the_branch_objections_are_recorded_and_only_the_upper_org_decides()
 {
    // Arrange: a development target with two introducers; the branch secretary is an officer of
    // the branch only.
    let w = world().await;
    record(&w, "DEVELOPMENT_TARGET", 3).await;
    add_contact(&w, 1, true).await;
    w.app
        .assign_position(
            &w.t.token,
            &w.branch,
            &w.full[0].1,
            "支部书记",
            "2026-01-01",
        )
        .await;

    // Act
    let one_introducer = propose(&w, "PROBATIONARY").await;
    add_contact(&w, 2, true).await;
    let proposed = propose(&w, "PROBATIONARY").await;
    let id = proposed["data"]["proposeStageTransition"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{proposed}"))
        .to_string();
    let objection = run(
        &w,
        &w.full[2].0,
        OBJECT,
        json!({ "transitionId": id, "text": "该同志近期工作中有违纪苗头，建议再考察" }),
    )
    .await;
    let outsider = run(
        &w,
        &w.elsewhere.0,
        OBJECT,
        json!({ "transitionId": id, "text": "外支部意见" }),
    )
    .await;
    let during = run(
        &w,
        &w.t.token,
        DECIDE,
        json!({ "transitionId": id, "approve": true }),
    )
    .await;
    // The 公示 ends.
    let ctx = tongxin_core::Ctx::for_tests(tenant_id_of(&w.app, &w.t).await);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    sqlx::query(
        "update stage_transition set publicity_until = now() - interval '1 second' where id = $1",
    )
    .bind(uuid_of(&id))
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let by_branch = run(
        &w,
        &w.full[0].0,
        DECIDE,
        json!({ "transitionId": id, "approve": true }),
    )
    .await;
    let board = w
        .app
        .gql(Some(&w.full[0].0), BOARD, json!({ "o": w.branch }))
        .await;
    let by_upper = run(
        &w,
        &w.t.token,
        DECIDE,
        json!({ "transitionId": id, "approve": true, "note": "经党委会研究，同意接收" }),
    )
    .await;
    let history = w
        .app
        .gql(
            Some(&w.candidate.0),
            "query($m: ID!) { memberPipeline(memberId: $m) { stages { stage } transitions { status } contacts { role } } }",
            json!({ "m": w.candidate.1 }),
        )
        .await;

    // Assert
    assert!(refusal(&one_introducer).contains("入党介绍人"));
    let t = &proposed["data"]["proposeStageTransition"];
    assert_eq!(t["status"], "PUBLICIZING", "{proposed}");
    assert!(t["publicityUntil"].is_string());
    let told = w
        .app
        .gql(
            Some(&w.full[2].0),
            "{ notifications(first: 20) { edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert!(
        told.to_string().contains("公示：拟将周培养列为预备党员"),
        "{told}"
    );
    assert_eq!(
        objection["data"]["objectToStageTransition"]["objectionCount"], 1,
        "{objection}"
    );
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    assert_eq!(code(&during), Some("CONFLICT"), "{during}");
    assert_eq!(code(&by_branch), Some("FORBIDDEN"), "{by_branch}");
    let open = &board["data"]["partyPipeline"]["openTransitions"][0];
    assert_eq!(
        open["objections"][0]["text"], "该同志近期工作中有违纪苗头，建议再考察",
        "{board}"
    );
    assert_eq!(
        by_upper["data"]["decideStageTransition"]["status"], "APPROVED",
        "{by_upper}"
    );
    let h = &history["data"]["memberPipeline"];
    assert_eq!(h["stages"][0]["stage"], "PROBATIONARY", "{history}");
    assert_eq!(h["transitions"][0]["status"], "APPROVED");
    assert_eq!(h["contacts"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn conversion_before_a_year_of_probation_is_refused_and_other_tenants_see_nothing() {
    // Arrange
    let w = world().await;
    record(&w, "PROBATIONARY", 6).await;
    let other = w.app.sign_up().await;

    // Act
    let early = propose(&w, "FULL_MEMBER").await;
    let extended = run(
        &w,
        &w.t.token,
        PROPOSE,
        json!({ "memberId": w.candidate.1, "toStage": "PROBATIONARY", "extensionMonths": 13, "effectiveOn": today() }),
    )
    .await;
    let board = w
        .app
        .gql(Some(&w.t.token), BOARD, json!({ "o": w.branch }))
        .await;
    let foreign_board = w
        .app
        .gql(Some(&other.token), BOARD, json!({ "o": w.branch }))
        .await;
    let foreign_history = w
        .app
        .gql(
            Some(&other.token),
            "query($m: ID!) { memberPipeline(memberId: $m) { stages { stage } } }",
            json!({ "m": w.candidate.1 }),
        )
        .await;
    let foreign_record = run(
        &w,
        &other.token,
        RECORD,
        json!({ "memberId": w.candidate.1, "stage": "FULL_MEMBER", "startedOn": months_ago(1) }),
    )
    .await;

    // Assert
    let why = refusal(&early);
    assert!(
        why.contains("party.probation") && why.contains("预备期"),
        "{why}"
    );
    assert!(refusal(&extended).contains("最多 12 个月"));
    let entry = &board["data"]["partyPipeline"]["entries"][0];
    assert_eq!(entry["name"], "周培养", "{board}");
    assert_eq!(entry["stage"], "PROBATIONARY");
    assert_eq!(entry["nextStage"], "FULL_MEMBER");
    assert!(entry["blockedBy"].as_str().unwrap().contains("预备期"));
    assert_eq!(code(&foreign_board), Some("NOT_FOUND"), "{foreign_board}");
    assert_eq!(
        code(&foreign_history),
        Some("NOT_FOUND"),
        "{foreign_history}"
    );
    assert_eq!(code(&foreign_record), Some("NOT_FOUND"), "{foreign_record}");
}

async fn contact_count(w: &World) -> usize {
    w.app
        .gql_ok(
            Some(&w.t.token),
            "query($m: ID!) { memberPipeline(memberId: $m) { contacts { role } } }",
            json!({ "m": w.candidate.1 }),
        )
        .await["memberPipeline"]["contacts"]
        .as_array()
        .unwrap()
        .len()
}

#[tokio::test]
async fn at_most_two_contacts_are_recorded_under_parallel_additions_unless_the_tenant_allows_three()
{
    // Arrange: an activist and three full members who could be their contact.
    let w = world().await;
    record(&w, "ACTIVIST", 2).await;
    let input = |who: usize| json!({ "memberId": w.candidate.1, "contactId": w.full[who].1, "introducer": false, "add": true });

    // Act: the three added at once.
    let added =
        futures::future::join_all((0..3).map(|i| run(&w, &w.t.token, CONTACT, input(i)))).await;

    // Assert: two recorded, the third refused citing the rule and its source.
    let refused: Vec<&Value> = added.iter().filter(|b| code(b).is_some()).collect();
    assert_eq!(refused.len(), 1, "{added:?}");
    let message = refused[0]["errors"][0]["extensions"]["fields"]["contactId"]
        .as_str()
        .unwrap_or_else(|| panic!("{}", refused[0]));
    assert!(message.contains("1 至 2 名"), "{message}");
    assert!(
        message.contains("party.activist.period") && message.contains("发展党员工作细则"),
        "{message}"
    );
    assert_eq!(contact_count(&w).await, 2);

    // A tenant whose own policy allows three takes the third; adding a recorded one again is
    // no addition.
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { overridden } }",
                json!({ "i": { "key": "party.activist.period", "params": { "minMonths": 12, "thoughtReportEveryMonths": 3, "contactsMin": 1, "contactsMax": 3 }, "sourceNote": "本单位发展党员工作实施办法" } }),
            )
            .await
    );
    let again: Vec<Value> =
        futures::future::join_all((0..3).map(|i| run(&w, &w.t.token, CONTACT, input(i)))).await;
    for body in &again {
        assert_ok!(body.clone());
    }
    assert_eq!(contact_count(&w).await, 3);
}

/// Moves a transition's proposal back in time by `interval` (a PostgreSQL interval).
async fn proposed_ago(w: &World, id: &str, interval: &str) {
    let ctx = tongxin_core::Ctx::for_tests(tenant_id_of(&w.app, &w.t).await);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    sqlx::query("update stage_transition set proposed_at = now() - $2::interval where id = $1")
        .bind(uuid_of(id))
        .bind(interval)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_upper_committee_cannot_approve_a_resolution_more_than_six_months_old_but_can_refuse_it()
 {
    // Arrange: an applicant proposed as activist six months and a day ago.
    let w = world().await;
    record(&w, "APPLICANT", 8).await;
    let id = |body: &Value| {
        body["data"]["proposeStageTransition"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_string()
    };
    let late = id(&propose(&w, "ACTIVIST").await);
    proposed_ago(&w, &late, "6 months 1 day").await;
    let decide = |t: &str, approve: bool| {
        run(
            &w,
            &w.t.token,
            DECIDE,
            json!({ "transitionId": t, "approve": approve }),
        )
    };

    // Act
    let approved_late = decide(&late, true).await;
    let refused_late = decide(&late, false).await;
    let in_time = id(&propose(&w, "ACTIVIST").await);
    proposed_ago(&w, &in_time, "6 months - 1 day").await;
    let approved_in_time = decide(&in_time, true).await;

    // Assert
    assert_eq!(code(&approved_late), Some("VALIDATION"), "{approved_late}");
    let why = approved_late["errors"][0]["extensions"]["fields"]["approve"]
        .as_str()
        .unwrap_or_else(|| panic!("{approved_late}"));
    assert!(
        why.contains("6 个月")
            && why.contains("party.upper_approval")
            && why.contains("第二十八条"),
        "{why}"
    );
    assert_eq!(
        refused_late["data"]["decideStageTransition"]["status"], "REFUSED",
        "{refused_late}"
    );
    assert_eq!(
        approved_in_time["data"]["decideStageTransition"]["status"], "APPROVED",
        "{approved_in_time}"
    );
}

/// Schedules a meeting of `org` of `kind` starting `start_min` minutes from now.
async fn meeting_of(w: &World, org: &str, kind: &str, start_min: i64) -> String {
    let starts = Utc::now() + Duration::minutes(start_min);
    w.app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }",
            json!({ "i": { "orgId": org, "type": kind, "title": "讨论预备党员转正", "startsAt": starts,
                           "endsAt": starts + Duration::hours(1), "location": "党员活动室" } }),
        )
        .await["scheduleMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_conversion_is_proposed_only_with_a_general_meeting_of_the_branch_already_held() {
    // Arrange: a probationary member of a year and a day; meetings of several kinds.
    let w = world().await;
    record(&w, "PROBATIONARY", 13).await;
    let held = meeting_of(&w, &w.branch, "BRANCH_GENERAL_MEETING", -90).await;
    let inquorate = meeting_of(&w, &w.branch, "BRANCH_GENERAL_MEETING", -80).await;
    // Two of the three full members came to `held` (more than half: `meeting.quorum`); one
    // came to `inquorate`.
    for (meeting, who) in [(&held, &w.full[..2]), (&inquorate, &w.full[..1])] {
        for m in who {
            w.app
                .gql_ok(
                    Some(&w.t.token),
                    "mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { id } } }",
                    json!({ "i": { "meetingId": meeting, "memberId": m.1, "present": true } }),
                )
                .await;
        }
    }
    let committee = meeting_of(&w, &w.branch, "BRANCH_COMMITTEE", -90).await;
    let upcoming = meeting_of(&w, &w.branch, "BRANCH_GENERAL_MEETING", 60).await;
    let other_tenant = w.app.sign_up().await;
    let other_branch = w
        .app
        .create_org_of(
            &other_tenant.token,
            None,
            "他企支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let foreign = {
        let starts = Utc::now() - Duration::hours(2);
        w.app
            .gql_ok(
                Some(&other_tenant.token),
                "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }",
                json!({ "i": { "orgId": other_branch, "type": "BRANCH_GENERAL_MEETING", "title": "他企大会",
                               "startsAt": starts, "endsAt": starts + Duration::hours(1), "location": "会议室" } }),
            )
            .await["scheduleMeeting"]["meeting"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let convert = |meeting: Option<&str>| {
        run(
            &w,
            &w.t.token,
            PROPOSE,
            json!({ "memberId": w.candidate.1, "toStage": "FULL_MEMBER", "effectiveOn": today(),
                    "note": "支部党员大会表决通过", "meetingId": meeting }),
        )
    };
    let meeting_refusal = |body: &Value| {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
        body["errors"][0]["extensions"]["fields"]["meetingId"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_string()
    };

    // Act
    let without = convert(None).await;
    let by_committee = convert(Some(&committee)).await;
    let not_yet = convert(Some(&upcoming)).await;
    let from_elsewhere = convert(Some(&foreign)).await;
    let short = convert(Some(&inquorate)).await;
    let with_meeting = convert(Some(&held)).await;

    // Assert
    let why = meeting_refusal(&without);
    assert!(
        why.contains("须经支部党员大会讨论") && why.contains("party.probation"),
        "{why}"
    );
    assert!(meeting_refusal(&by_committee).contains("不是本支部的支部党员大会"));
    assert!(meeting_refusal(&not_yet).contains("尚未召开"));
    let short = meeting_refusal(&short);
    assert!(
        short.contains("未达到规定人数") && short.contains("meeting.quorum"),
        "{short}"
    );
    assert_eq!(
        meeting_refusal(&from_elsewhere),
        meeting_refusal(&by_committee),
        "another tenant's meeting reads like any meeting that is not the branch's"
    );
    let proposed = &with_meeting["data"]["proposeStageTransition"];
    assert_eq!(proposed["toStage"], "FULL_MEMBER", "{with_meeting}");
    assert_eq!(proposed["status"], "PUBLICIZING");
}

//! Notices with acknowledgement against the real server: audience resolution, live delivery,
//! read and acknowledge state, the board and its privacy, reminders (by hand and by the
//! reminder engine, never after withdrawal), export, scheduling, review, and isolation between
//! tenants.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::{
    Tenant, TestApp, code, config, mail, uuid_of, wait_until,
    ws::{self, Ws, next},
};

const PUBLISH: &str = "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { id status recipientCount body importance } } }";
const OPEN: &str = "query($id: ID!) { notice(id: $id) { id title status ackRequired myReceipt { readAt acknowledgedAt reply } stats { recipients read acknowledged byOrg { orgName recipients acknowledged } } viewerCanSeeBoard viewerCanManage } }";
const ACK: &str = "mutation($i: AcknowledgeNoticeInput!) { acknowledgeNotice(input: $i) { notice { myReceipt { acknowledgedAt reply } } } }";
const RESPONSES: &str = "query($n: ID!, $s: NoticeResponseState) { noticeResponses(noticeId: $n, first: 100, state: $s) { edges { node { member { id name } orgName readAt acknowledgedAt reply } } } }";
const REMIND: &str =
    "mutation($i: RemindNoticeInput!) { remindNoticeRecipients(input: $i) { reminded } }";

/// A tenant with a branch (with a party group under it), another branch, and members in each.
struct World {
    app: TestApp,
    t: Tenant,
    branch: String,
    group: String,
    other: String,
    /// (token, member id) of members: in the branch, in its group, in the other branch.
    a: (String, String),
    g: (String, String),
    o: (String, String),
}

async fn world() -> World {
    world_on(TestApp::spawn().await).await
}

async fn world_on(app: TestApp) -> World {
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let group = app
        .create_org(&t.token, Some(&branch), "第一党小组", "PARTY")
        .await;
    let other = app.create_org(&t.token, None, "第二党支部", "PARTY").await;
    let a = app.join(&t.token, &branch, "甲成员").await;
    let g = app.join(&t.token, &group, "乙成员").await;
    let o = app.join(&t.token, &other, "丙成员").await;
    World {
        app,
        t,
        branch,
        group,
        other,
        a,
        g,
        o,
    }
}

fn notice(issuer: &str, audience: Value, ack: bool) -> Value {
    json!({
        "issuerOrgId": issuer,
        "title": "关于开展主题党日活动的通知",
        "body": "<p>请按时参加<script>alert(1)</script></p><img src=\"https://tracker.example/p.gif\">",
        "category": "NOTICE",
        "ackRequired": ack,
        "ackDeadline": if ack { json!((Utc::now() + Duration::days(3)).to_rfc3339()) } else { Value::Null },
        "audience": audience,
    })
}

async fn publish(w: &World, token: &str, input: Value) -> Value {
    let body = w.app.gql(Some(token), PUBLISH, json!({ "i": input })).await;
    body["data"]["publishNotice"]["notice"].clone()
}

async fn open(w: &World, token: &str, id: &str) -> Value {
    w.app.gql(Some(token), OPEN, json!({ "id": id })).await
}

#[tokio::test]
async fn publishing_to_a_branch_and_its_subtree_reaches_its_members_and_nobody_else() {
    // Arrange
    let w = world().await;
    let disabled = w.app.join(&w.t.token, &w.branch, "丁停用").await;
    w.app
        .set_member_disabled(&w.t.token, &disabled.1, true)
        .await;

    // Act
    let n = publish(
        &w,
        &w.t.token,
        notice(
            &w.branch,
            json!({ "orgs": [{ "orgId": w.branch, "includeSubtree": true }], "memberIds": [w.o.1] }),
            false,
        ),
    )
    .await;

    // Assert: branch + group + the named member of the other branch; the disabled one never.
    assert_eq!(n["status"], "PUBLISHED", "{n}");
    assert_eq!(n["recipientCount"], 3, "{n}");
    let body = n["body"].as_str().unwrap();
    assert!(body.contains("请按时参加"));
    assert!(!body.contains("script") && !body.contains("<img"), "{body}");
    let id = n["id"].as_str().unwrap();
    for who in [&w.a.0, &w.g.0, &w.o.0] {
        let seen = open(&w, who, id).await;
        assert!(
            seen["data"]["notice"]["myReceipt"]["readAt"].is_string(),
            "{seen}"
        );
    }
    // Without the sub-tree and without its one member, nobody is left: publishing refuses.
    let refused = w
        .app
        .gql(
            Some(&w.t.token),
            PUBLISH,
            json!({ "i": notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch, "includeSubtree": false }], "excludeMemberIds": [w.a.1] }), false) }),
        )
        .await;
    assert_eq!(code(&refused), Some("VALIDATION"), "{refused}");
}

#[tokio::test]
async fn lines_roles_and_political_statuses_narrow_the_audience() {
    // Arrange: the group member becomes an officer of the group; the other is a full member.
    let w = world().await;
    w.app
        .assign_position(&w.t.token, &w.group, &w.g.1, "党小组长", "2026-01-01")
        .await;
    w.app
        .set_political_status(&w.t.token, &w.o.1, "丙成员", "FULL_MEMBER")
        .await;
    let count = |audience: Value| {
        let w = &w;
        async move {
            let body = w
                .app
                .gql(
                    Some(&w.t.token),
                    "query($o: ID!, $a: NoticeAudienceInput!) { noticeAudienceCount(issuerOrgId: $o, audience: $a) }",
                    json!({ "o": w.branch, "a": audience }),
                )
                .await;
            body["data"]["noticeAudienceCount"]
                .as_i64()
                .unwrap_or_else(|| panic!("{body}"))
        }
    };

    // Act
    let subtree = count(json!({ "orgs": [{ "orgId": w.branch }] })).await;
    let officers = count(json!({ "orgs": [{ "orgId": w.branch }], "roles": ["officer"] })).await;
    let full = count(json!({ "politicalStatuses": ["FULL_MEMBER"] })).await;
    let union = count(json!({ "lines": ["UNION"] })).await;
    let empty = w
        .app
        .gql(
            Some(&w.t.token),
            "query($o: ID!, $a: NoticeAudienceInput!) { noticeAudienceCount(issuerOrgId: $o, audience: $a) }",
            json!({ "o": w.branch, "a": {} }),
        )
        .await;

    // Assert
    assert_eq!(subtree, 2);
    assert_eq!(officers, 1);
    assert_eq!(full, 1);
    assert_eq!(union, 0);
    assert_eq!(code(&empty), Some("VALIDATION"), "{empty}");
}

async fn subscribe(app: &TestApp, token: &str, query: &str, variables: Value) -> Ws {
    ws::subscribe(&app.base, token, query, variables).await
}

#[tokio::test]
async fn a_subscribed_member_receives_the_notice_live_and_an_outsider_does_not() {
    // Arrange
    let w = world().await;
    let query = "subscription { notificationAdded { id kind title noticeId } }";
    let mut member = subscribe(&w.app, &w.a.0, query, json!({})).await;
    let mut outsider = subscribe(&w.app, &w.o.0, query, json!({})).await;

    // Act
    let n = publish(
        &w,
        &w.t.token,
        notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), true),
    )
    .await;

    // Assert
    let got = next(&mut member, 5).await.expect("the notification");
    let added = &got["payload"]["data"]["notificationAdded"];
    assert_eq!(added["kind"], "NOTICE", "{got}");
    assert_eq!(added["title"], "关于开展主题党日活动的通知");
    assert_eq!(added["noticeId"], n["id"]);
    assert!(
        next(&mut outsider, 1).await.is_none(),
        "not in the audience"
    );
}

#[tokio::test]
async fn reading_and_acknowledging_update_the_members_own_state_and_the_live_board() {
    // Arrange
    let w = world().await;
    let n = publish(
        &w,
        &w.t.token,
        notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), true),
    )
    .await;
    let id = n["id"].as_str().unwrap().to_string();
    let mut board = subscribe(
        &w.app,
        &w.t.token,
        "subscription($n: ID!) { noticeStatsChanged(noticeId: $n) { recipients read acknowledged } }",
        json!({ "n": id }),
    )
    .await;
    let initial = next(&mut board, 5).await.expect("counts now");
    assert_eq!(
        initial["payload"]["data"]["noticeStatsChanged"],
        json!({ "recipients": 2, "read": 0, "acknowledged": 0 })
    );

    // Act
    let opened = open(&w, &w.a.0, &id).await;
    let long = w
        .app
        .gql(
            Some(&w.a.0),
            ACK,
            json!({ "i": { "noticeId": id, "reply": "好".repeat(201) } }),
        )
        .await;
    let acked = w
        .app
        .gql(
            Some(&w.a.0),
            ACK,
            json!({ "i": { "noticeId": id, "reply": "  收到，按时参加 " } }),
        )
        .await;
    let twice = w
        .app
        .gql(Some(&w.a.0), ACK, json!({ "i": { "noticeId": id } }))
        .await;

    // Assert
    assert!(
        opened["data"]["notice"]["myReceipt"]["readAt"].is_string(),
        "{opened}"
    );
    assert!(
        opened["data"]["notice"]["stats"].is_null(),
        "members see no counts"
    );
    assert_eq!(code(&long), Some("VALIDATION"), "{long}");
    assert_eq!(
        acked["data"]["acknowledgeNotice"]["notice"]["myReceipt"]["reply"],
        "收到，按时参加"
    );
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    let mut last = Value::Null;
    while let Some(v) = next(&mut board, 3).await {
        last = v["payload"]["data"]["noticeStatsChanged"].clone();
        if last["acknowledged"] == 1 {
            break;
        }
    }
    assert_eq!(
        last,
        json!({ "recipients": 2, "read": 1, "acknowledged": 1 })
    );
    let admin_view = open(&w, &w.t.token, &id).await;
    assert_eq!(admin_view["data"]["notice"]["stats"]["acknowledged"], 1);
    let pending = w
        .app
        .gql(
            Some(&w.t.token),
            RESPONSES,
            json!({ "n": id, "s": "UNACKNOWLEDGED" }),
        )
        .await;
    let names: Vec<&str> = pending["data"]["noticeResponses"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["member"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["乙成员"]);
}

#[tokio::test]
async fn members_cannot_see_the_board_and_outsiders_and_other_tenants_cannot_see_the_notice() {
    // Arrange
    let w = world().await;
    let n = publish(
        &w,
        &w.t.token,
        notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), true),
    )
    .await;
    let id = n["id"].as_str().unwrap();
    let stranger = w.app.sign_up().await;

    // Act
    let member_board = w.app.gql(Some(&w.a.0), RESPONSES, json!({ "n": id })).await;
    let outsider = open(&w, &w.o.0, id).await;
    let other_tenant = open(&w, &stranger.token, id).await;
    let other_tenant_board = w
        .app
        .gql(Some(&stranger.token), RESPONSES, json!({ "n": id }))
        .await;
    let other_tenant_ack = w
        .app
        .gql(
            Some(&stranger.token),
            ACK,
            json!({ "i": { "noticeId": id } }),
        )
        .await;
    let member_remind = w
        .app
        .gql(Some(&w.a.0), REMIND, json!({ "i": { "noticeId": id } }))
        .await;
    let member_export = w
        .app
        .http
        .get(format!(
            "{}/export/notice-responses.xlsx?notice={id}&state=UNACKNOWLEDGED",
            w.app.base
        ))
        .bearer_auth(&w.a.0)
        .send()
        .await
        .unwrap();

    // Assert: positive control first.
    let seen = open(&w, &w.a.0, id).await;
    assert_eq!(seen["data"]["notice"]["viewerCanSeeBoard"], false, "{seen}");
    assert_eq!(code(&member_board), Some("NOT_FOUND"), "{member_board}");
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    assert_eq!(code(&other_tenant), Some("NOT_FOUND"), "{other_tenant}");
    assert_eq!(code(&other_tenant_board), Some("NOT_FOUND"));
    assert_eq!(code(&other_tenant_ack), Some("NOT_FOUND"));
    assert_eq!(code(&member_remind), Some("NOT_FOUND"));
    assert_eq!(
        member_export.status(),
        404,
        "not allowed reads as not found"
    );
}

#[tokio::test]
async fn an_officer_of_an_audience_org_sees_the_board_of_their_own_org_only() {
    // Arrange: the group member is the group's officer; the notice goes to both branches.
    let w = world().await;
    w.app
        .assign_position(&w.t.token, &w.group, &w.g.1, "党小组长", "2026-01-01")
        .await;
    let issuer = w
        .app
        .create_org(&w.t.token, None, "机关党委", "PARTY")
        .await;
    let n = publish(
        &w,
        &w.t.token,
        notice(
            &issuer,
            json!({ "orgs": [{ "orgId": w.branch }, { "orgId": w.other }] }),
            true,
        ),
    )
    .await;
    let id = n["id"].as_str().unwrap();

    // Act
    let board = w.app.gql(Some(&w.g.0), RESPONSES, json!({ "n": id })).await;

    // Assert
    let names: Vec<&str> = board["data"]["noticeResponses"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{board}"))
        .iter()
        .map(|e| e["node"]["member"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["乙成员"],
        "only the recipients in the officer's own org"
    );
    let full = w
        .app
        .gql(Some(&w.t.token), RESPONSES, json!({ "n": id }))
        .await;
    assert_eq!(
        full["data"]["noticeResponses"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn reminders_reach_only_the_unacknowledged_and_stop_after_withdrawal() {
    // Arrange
    let w = world().await;
    let n = publish(
        &w,
        &w.t.token,
        notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), true),
    )
    .await;
    let id = n["id"].as_str().unwrap();
    let acked = w
        .app
        .gql(Some(&w.a.0), ACK, json!({ "i": { "noticeId": id } }))
        .await;
    assert!(acked["errors"].is_null(), "{acked}");

    // Act: by hand, twice; then the reminder engine's first offset; then withdrawn.
    let first = w
        .app
        .gql(Some(&w.t.token), REMIND, json!({ "i": { "noticeId": id } }))
        .await;
    let again = w
        .app
        .gql(Some(&w.t.token), REMIND, json!({ "i": { "noticeId": id } }))
        .await;
    let due_item = notice_due_item(&w).await;
    let auto = tongxin_core::reminder::deliver(
        &w.app.app,
        &tongxin_core::reminder::ReminderJob {
            tenant_id: tongxin_tests::tenant_id_of(&w.app, &w.t).await,
            item_id: due_item,
            position: 1,
        },
    )
    .await
    .unwrap();
    let withdrawn = w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: WithdrawNoticeInput!) { withdrawNotice(input: $i) { notice { status withdrawReason } } }",
            json!({ "i": { "noticeId": id, "reason": "时间调整，另行通知" } }),
        )
        .await;
    let after = tongxin_core::reminder::deliver(
        &w.app.app,
        &tongxin_core::reminder::ReminderJob {
            tenant_id: tongxin_tests::tenant_id_of(&w.app, &w.t).await,
            item_id: due_item,
            position: 2,
        },
    )
    .await
    .unwrap();

    // Assert
    assert_eq!(
        first["data"]["remindNoticeRecipients"]["reminded"], 1,
        "{first}"
    );
    assert_eq!(code(&again), Some("RATE_LIMITED"), "{again}");
    assert_eq!(auto, 1, "only the group member has not acknowledged");
    let inbox = |token: String| {
        let w = &w;
        async move {
            let body = w
                .app
                .gql(
                    Some(&token),
                    "{ notifications(first: 20) { edges { node { kind title } } } }",
                    json!({}),
                )
                .await;
            body["data"]["notifications"]["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"]["title"].as_str().unwrap().to_string())
                .filter(|t| t.starts_with("请确认"))
                .count()
        }
    };
    assert_eq!(
        inbox(w.a.0.clone()).await,
        0,
        "the acknowledged are never reminded"
    );
    assert_eq!(
        inbox(w.g.0.clone()).await,
        2,
        "by hand once, by the engine once"
    );
    assert_eq!(
        withdrawn["data"]["withdrawNotice"]["notice"]["status"], "WITHDRAWN",
        "{withdrawn}"
    );
    assert_eq!(after, 0, "nothing after withdrawal");
    let seen = open(&w, &w.g.0, id).await;
    assert_eq!(seen["data"]["notice"]["status"], "WITHDRAWN");
}

async fn notice_due_item(w: &World) -> uuid::Uuid {
    let body = w
        .app
        .gql(
            Some(&w.t.token),
            "{ dueItems(first: 50) { edges { node { id kind } } } }",
            json!({}),
        )
        .await;
    let id = body["data"]["dueItems"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .find(|e| e["node"]["kind"] == "NOTICE_ACK")
        .unwrap_or_else(|| panic!("no notice due item: {body}"))["node"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    uuid_of(&id)
}

#[tokio::test]
async fn the_export_contains_exactly_the_not_yet_list() {
    // Arrange
    let w = world().await;
    let n = publish(
        &w,
        &w.t.token,
        notice(
            &w.branch,
            json!({ "orgs": [{ "orgId": w.branch }], "memberIds": [w.o.1] }),
            true,
        ),
    )
    .await;
    let id = n["id"].as_str().unwrap();
    w.app
        .gql(Some(&w.a.0), ACK, json!({ "i": { "noticeId": id } }))
        .await;

    // Act
    let res = w
        .app
        .http
        .get(format!(
            "{}/export/notice-responses.xlsx?notice={id}&state=UNACKNOWLEDGED",
            w.app.base
        ))
        .bearer_auth(&w.t.token)
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("未确认").unwrap();
    let mut names: Vec<String> = sheet.rows().skip(1).map(|r| r[0].to_string()).collect();
    names.sort();
    assert_eq!(names, ["丙成员", "乙成员"]);
}

#[tokio::test]
async fn a_scheduled_notice_goes_out_when_its_job_runs_and_a_reviewer_approves_before_it_goes_out()
{
    // Arrange
    let w = world().await;
    let mut scheduled = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false);
    scheduled["scheduledAt"] = json!((Utc::now() + Duration::seconds(3)).to_rfc3339());
    let reviewer = w.app.join(&w.t.token, &w.other, "戊书记").await;
    w.app
        .assign_position(&w.t.token, &w.branch, &reviewer.1, "支部书记", "2026-01-01")
        .await;
    let mut reviewed = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false);
    reviewed["reviewerId"] = json!(reviewer.1);

    // Act
    let s = publish(&w, &w.t.token, scheduled).await;
    let before = open(&w, &w.a.0, s["id"].as_str().unwrap()).await;
    // Part of what is tested: the notice's scheduled time passes before its job runs.
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    // The job's work, as the worker runs it; a worker of another test sharing the database may
    // have run it first, and then this run finds nothing to do.
    let job = tongxin_core::notice::PublishJob {
        tenant_id: tongxin_tests::tenant_id_of(&w.app, &w.t).await,
        notice_id: uuid_of(s["id"].as_str().unwrap()),
    };
    let sent = tongxin_core::notice::publish_scheduled(&w.app.app, &job)
        .await
        .unwrap();
    let again = tongxin_core::notice::publish_scheduled(&w.app.app, &job)
        .await
        .unwrap();
    let r = publish(&w, &w.t.token, reviewed).await;
    let member_before_review = open(&w, &w.a.0, r["id"].as_str().unwrap()).await;
    let approved = w
        .app
        .gql(
            Some(&reviewer.0),
            "mutation($i: ReviewNoticeInput!) { reviewNotice(input: $i) { notice { status recipientCount } } }",
            json!({ "i": { "noticeId": r["id"], "approve": true } }),
        )
        .await;

    // Assert
    assert_eq!(s["status"], "SCHEDULED", "{s}");
    assert_eq!(code(&before), Some("NOT_FOUND"), "not out yet");
    assert!(sent == 2 || sent == 0, "{sent}");
    assert_eq!(again, 0, "published once");
    let after = open(&w, &w.a.0, s["id"].as_str().unwrap()).await;
    assert_eq!(after["data"]["notice"]["status"], "PUBLISHED", "{after}");
    let counted = open(&w, &w.t.token, s["id"].as_str().unwrap()).await;
    assert_eq!(
        counted["data"]["notice"]["stats"]["recipients"], 2,
        "{counted}"
    );
    assert_eq!(r["status"], "PENDING_REVIEW", "{r}");
    assert_eq!(code(&member_before_review), Some("NOT_FOUND"));
    assert_eq!(
        approved["data"]["reviewNotice"]["notice"]["status"], "PUBLISHED",
        "{approved}"
    );
    assert_eq!(
        approved["data"]["reviewNotice"]["notice"]["recipientCount"],
        2
    );
}

#[tokio::test]
async fn bad_input_gets_clear_field_errors_and_a_member_cannot_publish() {
    // Arrange
    let w = world().await;
    let mut past = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), true);
    past["ackDeadline"] = json!((Utc::now() - Duration::hours(1)).to_rfc3339());
    let mut untitled = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false);
    untitled["title"] = json!("");

    // Act
    let past = w
        .app
        .gql(Some(&w.t.token), PUBLISH, json!({ "i": past }))
        .await;
    let untitled = w
        .app
        .gql(Some(&w.t.token), PUBLISH, json!({ "i": untitled }))
        .await;
    let by_member = w
        .app
        .gql(
            Some(&w.a.0),
            PUBLISH,
            json!({ "i": notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false) }),
        )
        .await;

    // Assert
    assert_eq!(code(&past), Some("VALIDATION"));
    assert!(
        past["errors"][0]["extensions"]["fields"]["ackDeadline"].is_string(),
        "{past}"
    );
    assert_eq!(code(&untitled), Some("VALIDATION"));
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
}

#[tokio::test]
async fn urgent_notices_email_every_recipient_and_others_only_those_who_chose_email() {
    // Arrange: an API node and a worker sending through the real SMTP sink.
    let mut cfg = config();
    cfg.mail.smtp_url =
        Some(std::env::var("TONGXIN_TEST_SMTP_URL").expect("make test provides an SMTP sink"));
    let w = world_on(TestApp::spawn_with(cfg.clone()).await).await;
    cfg.worker = crate::jobs_and_mail::fast_recovery();
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    let chose = w
        .app
        .gql(
            Some(&w.a.0),
            "mutation($i: SetNotificationChannelInput!) { setNotificationChannel(input: $i) { digestFrequency } }",
            json!({ "i": { "category": "NOTICE", "channel": "EMAIL" } }),
        )
        .await;
    assert!(chose["errors"].is_null(), "{chose}");
    let marker = tongxin_tests::unique_slug();
    let mut urgent = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false);
    urgent["title"] = json!(format!("紧急通知 {marker}-U"));
    urgent["importance"] = json!("URGENT");
    let mut normal = notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false);
    normal["title"] = json!(format!("普通通知 {marker}-N"));

    // Act
    let u = publish(&w, &w.t.token, urgent).await;
    let n = publish(&w, &w.t.token, normal).await;

    // Assert: both recipients get the urgent one; only the member who chose email the other.
    assert_eq!(u["importance"], "URGENT", "{u}");
    assert_eq!(n["status"], "PUBLISHED", "{n}");
    wait_until(
        std::time::Duration::from_secs(20),
        "two urgent and one normal notice email",
        || async {
            mail::count_mentioning(&format!("{marker}-U")) >= 2
                && mail::count_mentioning(&format!("{marker}-N")) >= 1
        },
    )
    .await;
    // Part of what is tested: give a wrongly sent extra email time to arrive before counting.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(mail::count_mentioning(&format!("{marker}-U")), 2);
    assert_eq!(
        mail::count_mentioning(&format!("{marker}-N")),
        1,
        "the other kept in-app only"
    );
}

#[tokio::test]
async fn a_branch_officer_may_publish_somewhere_though_not_tenant_wide() {
    // Arrange
    let w = world().await;
    w.app
        .assign_position(&w.t.token, &w.branch, &w.a.1, "支部书记", "2026-01-01")
        .await;

    // Act
    let officer = w
        .app
        .gql(
            Some(&w.a.0),
            "{ viewer { permissions permissionsAnywhere } }",
            json!({}),
        )
        .await;
    let member = w
        .app
        .gql(
            Some(&w.o.0),
            "{ viewer { permissionsAnywhere } }",
            json!({}),
        )
        .await;
    let in_branch = publish(
        &w,
        &w.a.0,
        notice(&w.branch, json!({ "orgs": [{ "orgId": w.branch }] }), false),
    )
    .await;
    let beyond = w
        .app
        .gql(
            Some(&w.a.0),
            PUBLISH,
            json!({ "i": notice(&w.branch, json!({ "orgs": [{ "orgId": w.other }] }), false) }),
        )
        .await;

    // Assert
    let has = |v: &Value, p: &str| v.as_array().unwrap().iter().any(|x| x == p);
    let viewer = &officer["data"]["viewer"];
    assert!(
        has(&viewer["permissionsAnywhere"], "notice:write"),
        "{officer}"
    );
    assert!(!has(&viewer["permissions"], "notice:write"));
    assert!(!has(
        &member["data"]["viewer"]["permissionsAnywhere"],
        "notice:write"
    ));
    assert_eq!(in_branch["status"], "PUBLISHED", "{in_branch}");
    assert_eq!(code(&beyond), Some("VALIDATION"), "{beyond}");
}

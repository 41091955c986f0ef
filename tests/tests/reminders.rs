//! Due items remind at their offsets (with a controlled clock), name the rule behind them,
//! escalate to the org's officers, and stop when the item is completed.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use sqlx::PgPool;
use tongxin_core::reminder::{self, ReminderJob};
use tongxin_tests::{TestApp, code, owner_pool, uuid_of};

/// Runs the reminder job the scan enqueued for `position`, as the worker would (or waits for
/// a running worker that took it first).
async fn run_reminder(
    app: &TestApp,
    owner: &PgPool,
    tenant: uuid::Uuid,
    item: uuid::Uuid,
    position: i32,
) {
    let key = format!("reminder:{item}:{position}");
    let queued: Option<Value> = sqlx::query_scalar(
        "select j.payload::jsonb from graphile_worker._private_jobs j where j.key = $1",
    )
    .bind(&key)
    .fetch_optional(owner)
    .await
    .unwrap();
    let job = match queued {
        Some(p) => serde_json::from_value::<ReminderJob>(p).unwrap(),
        // A worker of another test may have run it already; delivering again writes nothing twice.
        None => ReminderJob {
            tenant_id: tenant,
            item_id: item,
            position,
        },
    };
    assert_eq!((job.item_id, job.position), (item, position));
    reminder::deliver(&app.app, &job).await.unwrap();
}

async fn jobs_for(owner: &PgPool, item: uuid::Uuid) -> i64 {
    sqlx::query_scalar("select count(*) from graphile_worker.jobs where key like $1")
        .bind(format!("reminder:{item}:%"))
        .fetch_one(owner)
        .await
        .unwrap()
}

#[tokio::test]
async fn reminders_fire_at_their_offsets_cite_their_rule_escalate_and_stop_when_completed() {
    // Arrange: a branch with an officer (the admin) and a member with a thought report due.
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let committee = app.create_org(&t.token, None, "党委", "PARTY").await;
    let branch = app
        .create_org(&t.token, Some(&committee), "第一党支部", "PARTY")
        .await;
    app.assign_position(&t.token, &branch, &t.member_id, "支部书记", "2026-01-01")
        .await;
    let (member_token, member_id) = app.join(&t.token, &branch, "入党积极分子甲").await;
    let due_at = Utc::now() + Duration::days(30);
    let create = "mutation($i: CreateDueItemInput!) { createDueItem(input: $i) { id reminderOffsetsMinutes } }";
    let made = app.gql(Some(&t.token), create, json!({ "i": { "title": "第三季度思想汇报", "dueAt": due_at, "memberId": member_id, "ruleKey": "party.activist.period", "kind": "thought_report" } })).await;
    let item_id = made["data"]["createDueItem"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{made}"))
        .to_string();
    let item = uuid_of(&item_id);
    assert_eq!(
        made["data"]["createDueItem"]["reminderOffsetsMinutes"],
        json!([-10080, -1440, 0, 1440])
    );

    // Act / Assert: nothing eight days before; the 7-day reminder a day later, once.
    reminder::scan(&app.app, due_at - Duration::days(8))
        .await
        .unwrap();
    assert_eq!(
        jobs_for(&owner, item).await + app.notifications(&member_token).await.len() as i64,
        0
    );
    reminder::scan(&app.app, due_at - Duration::days(7))
        .await
        .unwrap();
    run_reminder(&app, &owner, tenant, item, 1).await;
    reminder::scan(&app.app, due_at - Duration::days(7) + Duration::minutes(5))
        .await
        .unwrap();
    let first = app.notifications(&member_token).await;
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(
        first[0]["title"]
            .as_str()
            .unwrap()
            .contains("第三季度思想汇报")
    );
    assert!(
        first[0]["body"]
            .as_str()
            .unwrap()
            .contains("发展党员工作细则"),
        "the reminder names its source: {}",
        first[0]["body"]
    );
    assert_eq!(first[0]["detail"]["rule"]["key"], "party.activist.period");

    // The 1-day reminder, then escalation to the officer a day after the due time.
    reminder::scan(&app.app, due_at - Duration::days(1))
        .await
        .unwrap();
    run_reminder(&app, &owner, tenant, item, 2).await;
    assert_eq!(app.notifications(&member_token).await.len(), 2);
    reminder::scan(&app.app, due_at + Duration::days(1) + Duration::minutes(1))
        .await
        .unwrap();
    run_reminder(&app, &owner, tenant, item, 4).await;
    let officer = app.notifications(&t.token).await;
    assert!(
        officer
            .iter()
            .any(|n| n["title"].as_str().unwrap().starts_with("逾期督办")),
        "{officer:?}"
    );

    // A second item completes before its first reminder: nothing fires for it.
    let second = app
        .gql(
            Some(&t.token),
            create,
            json!({ "i": { "title": "转正申请", "dueAt": due_at, "memberId": member_id } }),
        )
        .await;
    let second_id = second["data"]["createDueItem"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let done = app
        .gql(
            Some(&member_token),
            "mutation($i: IdInput!) { completeDueItem(input: $i) { status } }",
            json!({ "i": { "id": second_id } }),
        )
        .await;
    assert_eq!(done["data"]["completeDueItem"]["status"], "DONE", "{done}");
    reminder::scan(&app.app, due_at + Duration::days(3))
        .await
        .unwrap();
    assert_eq!(jobs_for(&owner, uuid_of(&second_id)).await, 0);
    let stale = reminder::deliver(
        &app.app,
        &ReminderJob {
            tenant_id: tenant,
            item_id: uuid_of(&second_id),
            position: 1,
        },
    )
    .await
    .unwrap();
    assert_eq!(stale, 0, "a completed item reminds nobody");

    // The inbox: mark all read.
    let n = app
        .gql(
            Some(&member_token),
            "mutation { markAllNotificationsRead }",
            json!({}),
        )
        .await;
    assert_eq!(n["data"]["markAllNotificationsRead"], 2);
    let unread = app
        .gql(
            Some(&member_token),
            "{ viewer { unreadNotificationCount } }",
            json!({}),
        )
        .await;
    assert_eq!(unread["data"]["viewer"]["unreadNotificationCount"], 0);
}

#[tokio::test]
async fn due_items_and_notifications_of_one_tenant_are_not_found_from_another() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org = app.create_org(&a.token, None, "党委", "PARTY").await;
    let id = app
        .create_due_item(
            &a.token,
            json!({ "title": "年度民主评议", "dueAt": Utc::now() + Duration::days(10), "organizationId": org }),
        )
        .await;
    let complete = "mutation($i: IdInput!) { completeDueItem(input: $i) { status } }";
    assert_eq!(
        code(
            &app.gql(Some(&b.token), complete, json!({ "i": { "id": id } }))
                .await
        ),
        Some("NOT_FOUND")
    );
    let listed = app
        .gql(
            Some(&b.token),
            "{ dueItems(first: 50) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        listed["data"]["dueItems"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let own = app
        .gql(
            Some(&a.token),
            "{ dueItems(first: 50) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        own["data"]["dueItems"]["edges"].as_array().unwrap().len(),
        1
    );
    assert_eq!(
        app.gql(Some(&a.token), complete, json!({ "i": { "id": id } }))
            .await["data"]["completeDueItem"]["status"],
        "DONE"
    );
}

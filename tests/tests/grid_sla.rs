//! SLA timers of the grid under a controlled clock: a warning before the deadline, 督办 at it,
//! escalation one level up after it, each once, and nothing once the work moved on.
//!
//! `reminder::scan` looks at every tenant, and other tests scan with clocks of their own (and
//! may run workers), so a test here delivers each position itself, as the worker would, and
//! checks outcomes (timeline rows, notifications), not the queue: a delivery that another
//! worker made first, or makes again, changes nothing.

use super::grid_tasks::{Tree, issue, report, tree};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;
use sqlx::PgPool;
use tongxin_core::reminder;
use tongxin_tests::{TestApp, assert_ok, owner_pool, reminders, uuid_of};
use uuid::Uuid;

/// A transaction of the database owner inside `tenant` (row-level security applies to it).
async fn in_tenant(owner: &PgPool, tenant: Uuid) -> sqlx::Transaction<'static, sqlx::Postgres> {
    let mut tx = owner.begin().await.expect("transaction");
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .expect("tenant setting");
    tx
}

/// A receiving org's due item and the task's deadline.
async fn task_timer(owner: &PgPool, tenant: Uuid, task: &str, org: &str) -> (Uuid, DateTime<Utc>) {
    let mut tx = in_tenant(owner, tenant).await;
    sqlx::query_as(
        "select g.due_item_id, d.due_at from supervision_task_target g
           join due_item d on d.tenant_id = g.tenant_id and d.id = g.due_item_id
          where g.task_id = $1 and g.org_id = $2",
    )
    .bind(uuid_of(task))
    .bind(uuid_of(org))
    .fetch_one(&mut *tx)
    .await
    .expect("the target's due item")
}

/// The kinds of a receiving org's history, oldest first.
async fn task_history(owner: &PgPool, tenant: Uuid, task: &str, org: &str) -> Vec<String> {
    let mut tx = in_tenant(owner, tenant).await;
    sqlx::query_scalar(
        "select kind from supervision_task_event where task_id = $1 and org_id = $2
          order by created_at, id",
    )
    .bind(uuid_of(task))
    .bind(uuid_of(org))
    .fetch_all(&mut *tx)
    .await
    .expect("history")
}

fn grid_titles(ns: &[Value], prefix: &str) -> usize {
    ns.iter()
        .filter(|n| n["kind"] == "GRID" && n["title"].as_str().unwrap_or("").starts_with(prefix))
        .count()
}

/// A tree with an officer on the 网格化管理中心 too (where escalations of the area's tasks go).
async fn tree_with_center_officer(app: &TestApp) -> (Tree, String) {
    let tr = tree(app).await;
    let (center_officer, id) = app.join(&tr.admin, &tr.center, "中心主任").await;
    app.assign_position(&tr.admin, &tr.center, &id, "中心主任", "2026-01-01")
        .await;
    (tr, center_officer)
}

#[tokio::test]
async fn a_task_warns_before_its_deadline_supervises_at_it_and_escalates_after_each_once() {
    // Arrange: a task from the area to both grids, due in three days.
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let (tr, center) = tree_with_center_officer(&app).await;
    let tenant = app.tenant_id(&tr.admin).await;
    let task = issue(&app, &tr, Duration::days(3)).await;
    let (item, due) = task_timer(&owner, tenant, &task, &tr.grid_a).await;
    let offsets: Vec<i32> =
        sqlx::query_scalar("select unnest(offsets_minutes) from due_item where id = $1")
            .bind(item)
            .fetch_all(&mut *in_tenant(&owner, tenant).await)
            .await
            .unwrap();
    assert_eq!(
        offsets,
        vec![-1440, 0, 1440],
        "grid.task.reminders' default offsets"
    );

    // Act: the warning one day before.
    reminder::scan(&app.app, due - Duration::days(1))
        .await
        .unwrap();
    reminders::run(&app.app, &owner, tenant, item, 1).await;

    // Assert: grid one's officer is warned, naming the rule's source; the history has WARNED.
    let warned = app.notifications(&tr.officer_a).await;
    assert_eq!(grid_titles(&warned, "临期预警"), 1, "{warned:?}");
    let w = warned.iter().find(|n| n["kind"] == "GRID").unwrap();
    assert!(w["body"].as_str().unwrap().contains("同心默认设置"), "{w}");
    assert_eq!(w["detail"]["rule"]["key"], "grid.task.reminders");
    assert_eq!(
        count(
            &task_history(&owner, tenant, &task, &tr.grid_a).await,
            "WARNED"
        ),
        1
    );

    // The same instant again, and the same job again: nothing new.
    reminder::scan(&app.app, due - Duration::days(1))
        .await
        .unwrap();
    assert_eq!(reminders::run(&app.app, &owner, tenant, item, 1).await, 0);
    assert_eq!(
        count(
            &task_history(&owner, tenant, &task, &tr.grid_a).await,
            "WARNED"
        ),
        1
    );
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "临期预警"),
        1
    );

    // At the deadline: 督办 to grid one's officer and to the issuer.
    reminder::scan(&app.app, due).await.unwrap();
    reminders::run(&app.app, &owner, tenant, item, 2).await;
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "逾期督办"),
        1
    );
    assert!(grid_titles(&app.notifications(&tr.issuer).await, "逾期督办") >= 1);

    // A day after: escalation to the officers one level above the issuing area (the center).
    reminder::scan(&app.app, due + Duration::days(1))
        .await
        .unwrap();
    reminders::run(&app.app, &owner, tenant, item, 3).await;
    let up = app.notifications(&center).await;
    assert!(grid_titles(&up, "升级督办") >= 1, "{up:?}");
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "升级督办"),
        0
    );
    // Every step delivered again (a retried job) writes nothing more.
    for position in 1..=3 {
        assert_eq!(
            reminders::run(&app.app, &owner, tenant, item, position).await,
            0
        );
    }
    let history = task_history(&owner, tenant, &task, &tr.grid_a).await;
    for kind in ["DISPATCHED", "WARNED", "OVERDUE", "ESCALATED"] {
        assert_eq!(count(&history, kind), 1, "{kind} once: {history:?}");
    }
}

#[tokio::test]
async fn a_reported_task_is_no_longer_warned_supervised_or_escalated() {
    // Arrange: grid two reports before any reminder.
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let (tr, center) = tree_with_center_officer(&app).await;
    let tenant = app.tenant_id(&tr.admin).await;
    let task = issue(&app, &tr, Duration::days(3)).await;
    let (item, due) = task_timer(&owner, tenant, &task, &tr.grid_b).await;
    assert_ok!(report(&app, &tr.officer_b, &task, &tr.grid_b, "已全部排查").await);

    // Act: every step's time passes; a job for the old item is delivered anyway.
    for at in [due - Duration::days(1), due, due + Duration::days(1)] {
        reminder::scan(&app.app, at).await.unwrap();
    }
    let stale = reminders::run(&app.app, &owner, tenant, item, 2).await;

    // Assert
    assert_eq!(stale, 0);
    assert_eq!(
        task_history(&owner, tenant, &task, &tr.grid_b).await,
        ["DISPATCHED", "REPORTED"]
    );
    assert_eq!(grid_titles(&app.notifications(&tr.officer_b).await, ""), 0);
    assert_eq!(grid_titles(&app.notifications(&center).await, ""), 0);
}

/// A case's timer: its due item and due time (`accept` or `resolve`).
async fn case_timer(
    owner: &PgPool,
    tenant: Uuid,
    case: &str,
    accept: bool,
) -> (Uuid, DateTime<Utc>) {
    let mut tx = in_tenant(owner, tenant).await;
    sqlx::query_as(
        "select d.id, d.due_at from grid_case c join due_item d on d.tenant_id = c.tenant_id
             and d.id = case when $2 then c.accept_due_item_id else c.resolve_due_item_id end
          where c.id = $1",
    )
    .bind(uuid_of(case))
    .bind(accept)
    .fetch_one(&mut *tx)
    .await
    .expect("the case's due item")
}

/// The kinds of a case's timeline, oldest first, as its handlers see it.
async fn case_timeline(app: &TestApp, token: &str, case: &str) -> Vec<String> {
    let data = assert_ok!(
        app.gql(
            Some(token),
            "query($id: ID!) { gridCase(id: $id) { timeline { kind } } }",
            serde_json::json!({ "id": case }),
        )
        .await
    );
    data["gridCase"]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn count(kinds: &[String], kind: &str) -> usize {
    kinds.iter().filter(|k| *k == kind).count()
}

/// A SAFETY case on grid one, accepted and dispatched by the admin to grid one (its officer).
async fn dispatched_case(app: &TestApp, tr: &Tree) -> String {
    let (case, _) = app
        .report_grid_case(&tr.admin, &tr.grid_a, "消防通道堵塞", serde_json::json!({}))
        .await;
    assert_ok!(
        app.grid_case_step(
            &tr.admin,
            "acceptGridCase",
            serde_json::json!({ "caseId": case })
        )
        .await
    );
    assert_ok!(
        app.grid_case_step(
            &tr.admin,
            "dispatchGridCase",
            serde_json::json!({ "caseId": case, "assigneeOrgId": tr.grid_a }),
        )
        .await
    );
    case
}

#[tokio::test]
async fn a_dispatched_case_warns_before_its_deadline_supervises_at_it_and_escalates_after_each_once()
 {
    // Arrange: the resolve timer of a dispatched SAFETY case (offsets −4 h, 0, +24 h).
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let tr = tree(&app).await;
    let tenant = app.tenant_id(&tr.admin).await;
    let case = dispatched_case(&app, &tr).await;
    let (item, due) = case_timer(&owner, tenant, &case, false).await;

    // Act: the warning four hours before.
    reminder::scan(&app.app, due - Duration::hours(4))
        .await
        .unwrap();
    reminders::run(&app.app, &owner, tenant, item, 1).await;

    // Assert: grid one's officer (the assignee org's) is warned, naming the rule and source.
    let warned = app.notifications(&tr.officer_a).await;
    assert_eq!(grid_titles(&warned, "临期预警"), 1, "{warned:?}");
    let w = warned.iter().find(|n| n["kind"] == "GRID").unwrap();
    assert!(
        w["body"].as_str().unwrap().contains("网格事件七步流程"),
        "{w}"
    );
    assert_eq!(w["detail"]["rule"]["key"], "grid.case");
    assert_eq!(
        count(&case_timeline(&app, &tr.admin, &case).await, "WARNED"),
        1
    );

    // The same instant again and the same job again: nothing new.
    reminder::scan(&app.app, due - Duration::hours(4))
        .await
        .unwrap();
    assert_eq!(reminders::run(&app.app, &owner, tenant, item, 1).await, 0);
    assert_eq!(
        count(&case_timeline(&app, &tr.admin, &case).await, "WARNED"),
        1
    );
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "临期预警"),
        1
    );

    // At the deadline: 督办 to the assignee's officer and to the dispatcher.
    reminder::scan(&app.app, due).await.unwrap();
    reminders::run(&app.app, &owner, tenant, item, 2).await;
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "逾期督办"),
        1
    );
    assert_eq!(
        grid_titles(&app.notifications(&tr.admin).await, "逾期督办"),
        1
    );

    // A day later: escalation to the officers of the grid's parent (the area).
    reminder::scan(&app.app, due + Duration::hours(24))
        .await
        .unwrap();
    reminders::run(&app.app, &owner, tenant, item, 3).await;
    assert_eq!(
        grid_titles(&app.notifications(&tr.issuer).await, "升级督办"),
        1
    );
    assert_eq!(
        grid_titles(&app.notifications(&tr.officer_a).await, "升级督办"),
        0
    );
    let timeline = case_timeline(&app, &tr.admin, &case).await;
    for kind in ["WARNED", "OVERDUE", "ESCALATED"] {
        assert_eq!(count(&timeline, kind), 1, "{kind} once: {timeline:?}");
    }
    for position in 1..=3 {
        assert_eq!(
            reminders::run(&app.app, &owner, tenant, item, position).await,
            0
        );
    }
    assert_eq!(case_timeline(&app, &tr.admin, &case).await, timeline);
}

#[tokio::test]
async fn a_case_that_moved_on_to_feedback_is_no_longer_warned_supervised_or_escalated() {
    // Arrange: the assignee org's officer starts and reports back before any reminder.
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let tr = tree(&app).await;
    let tenant = app.tenant_id(&tr.admin).await;
    let case = dispatched_case(&app, &tr).await;
    let (item, due) = case_timer(&owner, tenant, &case, false).await;
    assert_ok!(
        app.grid_case_step(
            &tr.officer_a,
            "startGridCase",
            serde_json::json!({ "caseId": case })
        )
        .await
    );
    assert_ok!(
        app.grid_case_step(
            &tr.officer_a,
            "submitGridCaseFeedback",
            serde_json::json!({ "caseId": case, "note": "已清理通道" }),
        )
        .await
    );

    // Act: every step's time passes; a job for the closed item is delivered anyway.
    for at in [due - Duration::hours(4), due, due + Duration::hours(24)] {
        reminder::scan(&app.app, at).await.unwrap();
    }
    let stale = reminders::run(&app.app, &owner, tenant, item, 2).await;

    // Assert
    assert_eq!(stale, 0);
    let timeline = case_timeline(&app, &tr.admin, &case).await;
    for kind in ["WARNED", "OVERDUE", "ESCALATED"] {
        assert_eq!(count(&timeline, kind), 0, "{timeline:?}");
    }
    assert_eq!(grid_titles(&app.notifications(&tr.officer_a).await, ""), 0);
    assert_eq!(grid_titles(&app.notifications(&tr.issuer).await, ""), 0);
}

#[tokio::test]
async fn the_acceptance_timer_warns_and_supervises_the_grids_officers_and_stops_at_acceptance() {
    // Arrange: a reported SAFETY case (accept within 2 h).
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let tr = tree(&app).await;
    let tenant = app.tenant_id(&tr.admin).await;
    let (case, _) = app
        .report_grid_case(&tr.plain, &tr.grid_a, "井盖破损", serde_json::json!({}))
        .await;
    let (item, due) = case_timer(&owner, tenant, &case, true).await;

    // Act: the warning, then 督办 at the deadline, both to grid one's officer.
    reminder::scan(&app.app, due - Duration::hours(1))
        .await
        .unwrap();
    reminders::run(&app.app, &owner, tenant, item, 1).await;
    reminder::scan(&app.app, due).await.unwrap();
    reminders::run(&app.app, &owner, tenant, item, 2).await;
    let officer = app.notifications(&tr.officer_a).await;

    // Then the case is accepted: the escalation never comes.
    assert_ok!(
        app.grid_case_step(
            &tr.officer_a,
            "acceptGridCase",
            serde_json::json!({ "caseId": case })
        )
        .await
    );
    reminder::scan(&app.app, due + Duration::hours(24))
        .await
        .unwrap();
    let late = reminders::run(&app.app, &owner, tenant, item, 3).await;

    // Assert
    assert_eq!(grid_titles(&officer, "临期预警"), 1, "{officer:?}");
    assert_eq!(grid_titles(&officer, "逾期督办"), 1, "{officer:?}");
    assert!(
        officer
            .iter()
            .any(|n| n["body"].as_str().unwrap_or("").contains("立案"))
    );
    assert_eq!(late, 0);
    let timeline = case_timeline(&app, &tr.admin, &case).await;
    assert_eq!(count(&timeline, "WARNED"), 1);
    assert_eq!(count(&timeline, "OVERDUE"), 1);
    assert_eq!(count(&timeline, "ESCALATED"), 0);
    assert_eq!(
        grid_titles(&app.notifications(&tr.issuer).await, "升级督办"),
        0
    );
}

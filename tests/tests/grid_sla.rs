//! SLA timers of the grid under a controlled clock: a warning before the deadline, 督办 at it,
//! escalation one level up after it, each once, and nothing once the work moved on.

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

    // Act: nothing two days before; the warning one day before.
    reminder::scan(&app.app, due - Duration::days(2))
        .await
        .unwrap();
    assert_eq!(reminders::jobs_for(&owner, item).await, 0);
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
        task_history(&owner, tenant, &task, &tr.grid_a).await,
        ["DISPATCHED", "WARNED"]
    );

    // The same instant again, and the same job again: nothing new.
    assert_eq!(reminders::jobs_for(&owner, item).await, 1);
    reminder::scan(&app.app, due - Duration::days(1))
        .await
        .unwrap();
    assert_eq!(reminders::jobs_for(&owner, item).await, 1);
    assert_eq!(reminders::run(&app.app, &owner, tenant, item, 1).await, 0);
    assert_eq!(
        task_history(&owner, tenant, &task, &tr.grid_a).await.len(),
        2
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
    assert_eq!(
        task_history(&owner, tenant, &task, &tr.grid_a).await,
        ["DISPATCHED", "WARNED", "OVERDUE", "ESCALATED"]
    );

    // Scanning later again enqueues nothing more for the item.
    reminder::scan(&app.app, due + Duration::days(5))
        .await
        .unwrap();
    assert_eq!(reminders::jobs_for(&owner, item).await, 3);
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
    assert_eq!(reminders::jobs_for(&owner, item).await, 0);
    assert_eq!(
        task_history(&owner, tenant, &task, &tr.grid_b).await,
        ["DISPATCHED", "REPORTED"]
    );
    assert_eq!(grid_titles(&app.notifications(&tr.officer_b).await, ""), 0);
    assert_eq!(grid_titles(&app.notifications(&center).await, ""), 0);
}

//! What the live board hears: after a case or task changes and commits, its service names the
//! timeline row it wrote. Subscribers read the row and the card under their own session, so
//! the event carries no data and grants no access.

use crate::App;
use uuid::Uuid;

/// A case changed: `subject` is the case, `id` the `grid_case_event` row (its kind, from and to
/// state say how the card moves).
pub const CASE_TOPIC: &str = "grid_case";
/// A supervision task changed for one receiving org: `subject` is the task, `id` the
/// `supervision_task_event` row.
pub const TASK_TOPIC: &str = "grid_task";

/// Tells live boards a case changed (after the commit).
pub async fn case_changed(app: &App, tenant: Uuid, case_id: Uuid, event_id: Uuid) {
    publish(app, tenant, CASE_TOPIC, case_id, event_id).await;
}

/// Tells live boards a task changed for one receiving org (after the commit).
pub async fn task_changed(app: &App, tenant: Uuid, task_id: Uuid, event_id: Uuid) {
    publish(app, tenant, TASK_TOPIC, task_id, event_id).await;
}

async fn publish(app: &App, tenant: Uuid, topic: &str, subject: Uuid, id: Uuid) {
    app.bus
        .publish(crate::bus::Event {
            tenant,
            topic: topic.to_string(),
            subject,
            id,
        })
        .await;
}

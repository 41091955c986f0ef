//! Running the reminder engine under a controlled clock, as the worker would.

use serde_json::Value;
use sqlx::PgPool;
use tongxin_core::reminder::{self, ReminderJob};
use uuid::Uuid;

/// Runs the reminder job the scan enqueued for `position` of `item`, as the worker would (a
/// worker of another test that took it first only means this delivery writes nothing twice).
/// Returns how many members the delivery told.
pub async fn run(
    app: &tongxin_core::App,
    owner: &PgPool,
    tenant: Uuid,
    item: Uuid,
    position: i32,
) -> usize {
    let key = format!("reminder:{item}:{position}");
    let queued: Option<Value> = sqlx::query_scalar(
        "select j.payload::jsonb from graphile_worker._private_jobs j where j.key = $1",
    )
    .bind(&key)
    .fetch_optional(owner)
    .await
    .expect("job lookup");
    let job = match queued {
        Some(p) => serde_json::from_value::<ReminderJob>(p).expect("reminder job payload"),
        None => ReminderJob {
            tenant_id: tenant,
            item_id: item,
            position,
        },
    };
    assert_eq!((job.item_id, job.position), (item, position));
    reminder::deliver(app, &job).await.expect("delivery")
}

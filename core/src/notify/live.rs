//! Live delivery of a member's notifications.
//!
//! Single notifications are announced one event each ([`super::ADDED`], subject: the
//! recipient). A batch written in one statement for many members (a notice to 10,000) is
//! announced by one event ([`BATCH`], subject: the batch): each node reads the whole batch
//! once, and every subscriber there picks its own row out of it. Thousands of per-member
//! events would overflow the subscribers' buffers and cost one query per event and socket.

use super::{ADDED, NotificationRow};
use crate::{App, AppResult, Ctx, bus::Event};
use futures::Stream;
use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex},
};
use tokio::sync::{OnceCell, broadcast::error::RecvError};
use uuid::Uuid;

/// The bus topic of a batch of notifications (subject and id: the batch).
pub const BATCH: &str = "notification_batch";

/// Batches kept per node after they were read (a subscriber arriving late still finds them).
const KEEP: usize = 16;

type Loaded = Arc<HashMap<Uuid, NotificationRow>>;
type Slot = ((Uuid, Uuid), Arc<OnceCell<Loaded>>);

/// The node's recently read batches, by tenant and batch.
#[derive(Clone, Default)]
pub struct Batches(Arc<Mutex<VecDeque<Slot>>>);

impl std::fmt::Debug for Batches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Batches")
    }
}

impl Batches {
    /// A batch's rows by recipient, read from the database by the first subscriber to ask.
    async fn get(&self, app: &App, tenant: Uuid, batch: Uuid) -> AppResult<Loaded> {
        let cell = {
            let mut slots = self.0.lock().unwrap_or_else(|p| p.into_inner());
            match slots.iter().find(|(k, _)| *k == (tenant, batch)) {
                Some((_, c)) => c.clone(),
                None => {
                    let c = Arc::new(OnceCell::new());
                    slots.push_back(((tenant, batch), c.clone()));
                    if slots.len() > KEEP {
                        slots.pop_front();
                    }
                    c
                }
            }
        };
        let loaded = cell
            .get_or_try_init(|| async {
                let ctx = Ctx::system(tenant);
                let mut tx = app.db.begin_tenant(&ctx).await?;
                let rows = super::store::batch(&mut tx, tenant, batch).await?;
                tx.commit().await?;
                Ok::<_, crate::AppError>(Arc::new(rows.into_iter().collect::<HashMap<_, _>>()))
            })
            .await?;
        Ok(loaded.clone())
    }
}

/// Announces a batch written by a committed transaction.
pub async fn announce_batch(app: &App, tenant: Uuid, batch: Uuid) {
    app.bus
        .publish(Event {
            tenant,
            topic: BATCH.to_string(),
            subject: batch,
            id: batch,
        })
        .await;
}

/// The member's notifications as they are written, single and batched. Each single one is
/// read back under the member's own session.
pub fn follow(app: App, ctx: Ctx, member: Uuid) -> impl Stream<Item = NotificationRow> {
    let single = app.bus.subscribe_topic(ADDED);
    let batches = app.bus.subscribe_topic(BATCH);
    futures::stream::unfold(
        (single, batches, app, ctx),
        move |(mut single, mut batches, app, ctx)| async move {
            loop {
                let event = tokio::select! {
                    e = single.recv() => e,
                    e = batches.recv() => e,
                };
                let ev = match event {
                    Ok(ev) => ev,
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                };
                if ev.tenant != ctx.tenant_id {
                    continue;
                }
                let row = match ev.topic.as_str() {
                    ADDED if ev.subject == member => super::get(&ctx, &app, ev.id).await.ok(),
                    BATCH => match app.batches.get(&app, ctx.tenant_id, ev.subject).await {
                        Ok(rows) => rows.get(&member).cloned(),
                        Err(e) => {
                            tracing::warn!(error = %e, "notification batch not read");
                            None
                        }
                    },
                    _ => None,
                };
                if let Some(row) = row {
                    return Some((row, (single, batches, app, ctx)));
                }
            }
        },
    )
}

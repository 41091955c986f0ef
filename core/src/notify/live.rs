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
                let rows = super::store::batch(&mut tx, batch).await?;
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

/// Most notifications read back at once after events may have been missed.
const CATCH_UP: i64 = 100;
/// How far before the newest notification handed out a catch-up looks: `created_at` is the
/// writing transaction's start, so rows may commit in another order than they were stamped.
const CATCH_UP_MARGIN_SECS: i64 = 10;
/// Ids handed out recently, so a row read by a catch-up and then announced is sent once.
const SEEN: usize = 512;

/// The member's notifications written after `after`, oldest first, under their own session.
async fn catch_up(
    app: &App,
    ctx: &Ctx,
    member: Uuid,
    after: chrono::DateTime<chrono::Utc>,
) -> Vec<NotificationRow> {
    let read = async {
        let mut tx = app.db.begin_tenant(ctx).await?;
        let rows = super::store::since(&mut tx, member, after, CATCH_UP).await?;
        tx.commit().await?;
        Ok::<_, crate::AppError>(rows)
    };
    read.await.unwrap_or_else(|e| {
        tracing::warn!(error = %e, "notifications not caught up");
        vec![]
    })
}

struct Follow {
    single: tokio::sync::broadcast::Receiver<Arc<Event>>,
    batches: tokio::sync::broadcast::Receiver<Arc<Event>>,
    app: App,
    ctx: Ctx,
    member: Uuid,
    /// When the newest notification handed out was written; the stream's start at first.
    newest: chrono::DateTime<chrono::Utc>,
    /// Ids handed out recently.
    seen: VecDeque<Uuid>,
    /// Rows read back after a gap, still to hand out.
    pending: VecDeque<NotificationRow>,
}

impl Follow {
    /// Hands out a row unless it was already; remembers it.
    fn take(&mut self, row: NotificationRow) -> Option<NotificationRow> {
        if self.seen.contains(&row.id) {
            return None;
        }
        if self.seen.len() == SEEN {
            self.seen.pop_front();
        }
        self.seen.push_back(row.id);
        self.newest = self.newest.max(row.created_at);
        Some(row)
    }
}

/// The member's notifications as they are written, single and batched. Each single one is
/// read back under the member's own session. When events may have been missed — this node
/// fell behind, or Redis came back after an outage — the member's notifications written since
/// the last one handed out are read from the database, so none is lost.
pub fn follow(app: App, ctx: Ctx, member: Uuid) -> impl Stream<Item = NotificationRow> {
    let state = Follow {
        single: app.bus.subscribe_topic(ADDED),
        batches: app.bus.subscribe_topic(BATCH),
        app,
        ctx,
        member,
        newest: chrono::Utc::now(),
        seen: VecDeque::new(),
        pending: VecDeque::new(),
    };
    futures::stream::unfold(state, |mut s| async move {
        loop {
            if let Some(row) = s.pending.pop_front() {
                match s.take(row) {
                    Some(row) => return Some((row, s)),
                    None => continue,
                }
            }
            let event = tokio::select! {
                e = s.single.recv() => e,
                e = s.batches.recv() => e,
            };
            let ev = match event {
                Ok(ev) if ev.topic == crate::bus::RESYNC => None,
                Ok(ev) => Some(ev),
                Err(RecvError::Lagged(_)) => None,
                Err(RecvError::Closed) => return None,
            };
            let Some(ev) = ev else {
                let from = s.newest - chrono::Duration::seconds(CATCH_UP_MARGIN_SECS);
                s.pending = catch_up(&s.app, &s.ctx, s.member, from).await.into();
                continue;
            };
            if ev.tenant != s.ctx.tenant_id {
                continue;
            }
            let row = match ev.topic.as_str() {
                ADDED if ev.subject == s.member => super::get(&s.ctx, &s.app, ev.id).await.ok(),
                BATCH => match s.app.batches.get(&s.app, s.ctx.tenant_id, ev.subject).await {
                    Ok(rows) => rows.get(&s.member).cloned(),
                    Err(e) => {
                        tracing::warn!(error = %e, "notification batch not read");
                        None
                    }
                },
                _ => None,
            };
            if let Some(row) = row.and_then(|r| s.take(r)) {
                return Some((row, s));
            }
        }
    })
}

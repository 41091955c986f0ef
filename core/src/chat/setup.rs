//! Subscription set-up in batches, with admission control.
//!
//! A reconnect storm after a node restart sends thousands of subscriptions at once, each of
//! which must check access and read its first page of replay. Each set-up joins a bounded
//! queue; `workers` tasks take from it a batch of set-ups of one tenant (up to [`BATCH`]) and
//! serve the whole batch in one transaction on the set-up pool with two statements: every
//! member's access at once, then the replay of every distinct `(conversation, after)` pair at
//! once. A full queue, or a set-up whose turn does not come within the wait, is refused with
//! `UNAVAILABLE`, which clients retry with back-off — never a pool time-out.

use super::{MessageRow, store};
use crate::{AppError, AppResult, Ctx, Db, db::Lane};
use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, Once, Weak},
    time::Duration,
};
use tokio::sync::{Notify, oneshot};
use uuid::Uuid;

/// Set-ups served together in one transaction at most.
pub const BATCH: usize = 200;

/// One set-up waiting its turn.
struct Ask {
    ctx: Ctx,
    member: Uuid,
    conversation: Uuid,
    /// Read the messages after this seq too; `None` checks access only.
    after: Option<i64>,
    reply: oneshot::Sender<AppResult<Vec<MessageRow>>>,
}

struct Inner {
    db: Db,
    queue: Mutex<VecDeque<Ask>>,
    ready: Arc<Notify>,
    workers: usize,
    bound: usize,
    wait: Duration,
    page: i64,
    started: Once,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Workers hold only a weak reference: wake them so they see it is gone and end.
        self.ready.notify_waiters();
    }
}

/// The node's set-up queue. Cheap to clone; clones share the queue.
#[derive(Clone)]
pub struct Setups {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Setups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Setups")
    }
}

impl Setups {
    /// A queue served by `workers` tasks, holding at most `bound` waiting set-ups, each waiting
    /// at most `wait`; a set-up reads `page` messages of replay.
    pub fn new(db: Db, workers: usize, bound: usize, wait: Duration, page: i64) -> Self {
        Self {
            inner: Arc::new(Inner {
                db,
                queue: Mutex::new(VecDeque::new()),
                ready: Arc::new(Notify::new()),
                workers: workers.max(1),
                bound,
                wait,
                page,
                started: Once::new(),
            }),
        }
    }

    /// Whether the actor may read `conversation` and, when `after` is given, the first page of
    /// messages after it, oldest first. `NOT_FOUND` when the actor may not read it;
    /// `UNAVAILABLE` when too many set-ups are waiting or this one waited too long.
    pub async fn open(
        &self,
        ctx: &Ctx,
        conversation: Uuid,
        after: Option<i64>,
    ) -> AppResult<Vec<MessageRow>> {
        let member = ctx.member_id().ok_or(AppError::Forbidden)?;
        self.start();
        let (reply, answer) = oneshot::channel();
        {
            let mut queue = self.inner.queue.lock().unwrap_or_else(|p| p.into_inner());
            if queue.len() >= self.inner.bound {
                metrics::counter!("tongxin_subscription_setup_refused_total", "why" => "queue_full")
                    .increment(1);
                return Err(AppError::Unavailable);
            }
            queue.push_back(Ask {
                ctx: ctx.clone(),
                member,
                conversation,
                after: after.map(|a| a.max(0)),
                reply,
            });
        }
        self.inner.ready.notify_one();
        match tokio::time::timeout(self.inner.wait, answer).await {
            Ok(Ok(result)) => result,
            _ => {
                metrics::counter!("tongxin_subscription_setup_refused_total", "why" => "waited_too_long")
                    .increment(1);
                Err(AppError::Unavailable)
            }
        }
    }

    /// How many set-ups are waiting now.
    pub fn waiting(&self) -> usize {
        self.inner
            .queue
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }

    fn start(&self) {
        self.inner.started.call_once(|| {
            for _ in 0..self.inner.workers {
                tokio::spawn(work(Arc::downgrade(&self.inner), self.inner.ready.clone()));
            }
        });
    }
}

/// One worker: takes batches while there are set-ups, sleeps when there are none, and ends
/// when the queue is gone.
async fn work(inner: Weak<Inner>, ready: Arc<Notify>) {
    loop {
        let notified = ready.notified();
        let (db, page, batch) = {
            let Some(inner) = inner.upgrade() else { return };
            let batch = {
                let mut queue = inner.queue.lock().unwrap_or_else(|p| p.into_inner());
                take_batch(
                    &mut queue,
                    BATCH,
                    |a| a.ctx.tenant_id,
                    |a| a.reply.is_closed(),
                )
            };
            (inner.db.clone(), inner.page, batch)
        };
        if batch.is_empty() {
            notified.await;
            continue;
        }
        metrics::histogram!("tongxin_subscription_setup_batch").record(batch.len() as f64);
        serve(&db, page, batch).await;
    }
}

/// The next batch: the oldest waiting item and the next ones of the same tenant, up to `max`,
/// in their order; items whose asker has gone are dropped on the way. The others keep their
/// places.
fn take_batch<T>(
    queue: &mut VecDeque<T>,
    max: usize,
    tenant_of: impl Fn(&T) -> Uuid,
    gone: impl Fn(&T) -> bool,
) -> Vec<T> {
    queue.retain(|item| !gone(item));
    let Some(first) = queue.pop_front() else {
        return Vec::new();
    };
    let tenant = tenant_of(&first);
    let mut batch = vec![first];
    let mut rest = VecDeque::with_capacity(queue.len());
    while let Some(item) = queue.pop_front() {
        if batch.len() < max && tenant_of(&item) == tenant {
            batch.push(item);
        } else {
            rest.push_back(item);
        }
    }
    *queue = rest;
    batch
}

/// Answers every set-up of a batch from one transaction.
async fn serve(db: &Db, page: i64, batch: Vec<Ask>) {
    match read(db, page, &batch).await {
        Ok(answers) => {
            for (ask, answer) in batch.into_iter().zip(answers) {
                let _ = ask.reply.send(answer);
            }
        }
        Err(e) => {
            if !matches!(e, AppError::Unavailable) {
                tracing::error!(error = ?e, size = batch.len(), "subscription set-up batch failed");
            }
            for ask in batch {
                let answer = match &e {
                    AppError::Unavailable => AppError::Unavailable,
                    other => AppError::Internal(anyhow::anyhow!("subscription set-up: {other}")),
                };
                let _ = ask.reply.send(Err(answer));
            }
        }
    }
}

/// Access for every set-up, then the replay of every distinct `(conversation, after)` pair.
async fn read(db: &Db, page: i64, batch: &[Ask]) -> AppResult<Vec<AppResult<Vec<MessageRow>>>> {
    let Some(first) = batch.first() else {
        return Ok(Vec::new());
    };
    let mut tx = db.begin_tenant_on(Lane::Setup, &first.ctx).await?;
    let members: Vec<Uuid> = batch.iter().map(|a| a.member).collect();
    let conversations: Vec<Uuid> = batch.iter().map(|a| a.conversation).collect();
    let readable = store::can_read_many(&mut tx, &members, &conversations).await?;
    let mut pairs: HashMap<(Uuid, i64), usize> = HashMap::new();
    let (mut pair_conversations, mut pair_afters) = (Vec::new(), Vec::new());
    for (ask, ok) in batch.iter().zip(&readable) {
        if let (true, Some(after)) = (*ok, ask.after) {
            pairs.entry((ask.conversation, after)).or_insert_with(|| {
                pair_conversations.push(ask.conversation);
                pair_afters.push(after);
                pair_conversations.len() - 1
            });
        }
    }
    let replays = if pair_conversations.is_empty() {
        Vec::new()
    } else {
        store::messages_after_many(&mut tx, &pair_conversations, &pair_afters, page).await?
    };
    tx.commit().await?;
    Ok(batch
        .iter()
        .zip(readable)
        .map(|(ask, ok)| {
            if !ok {
                return Err(AppError::NotFound);
            }
            Ok(ask
                .after
                .and_then(|after| pairs.get(&(ask.conversation, after)))
                .and_then(|&i| replays.get(i).cloned())
                .unwrap_or_default())
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn a_batch_is_the_oldest_item_and_the_next_ones_of_its_tenant_and_the_rest_keep_their_order() {
        // Arrange: (tenant, label)
        let mut queue: VecDeque<(Uuid, &str)> = [
            (t(1), "a"),
            (t(2), "b"),
            (t(1), "c"),
            (t(3), "d"),
            (t(1), "e"),
            (t(2), "f"),
        ]
        .into();

        // Act
        let batch = take_batch(&mut queue, 10, |i| i.0, |_| false);

        // Assert
        let labels: Vec<_> = batch.iter().map(|i| i.1).collect();
        assert_eq!(labels, ["a", "c", "e"]);
        let rest: Vec<_> = queue.iter().map(|i| i.1).collect();
        assert_eq!(rest, ["b", "d", "f"]);
    }

    #[test]
    fn a_batch_holds_at_most_the_maximum_and_leaves_the_rest_of_its_tenant_waiting() {
        // Arrange
        let mut queue: VecDeque<(Uuid, usize)> = (0..5).map(|i| (t(1), i)).collect();

        // Act
        let batch = take_batch(&mut queue, 2, |i| i.0, |_| false);

        // Assert
        assert_eq!(batch.iter().map(|i| i.1).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(queue.iter().map(|i| i.1).collect::<Vec<_>>(), [2, 3, 4]);
    }

    #[test]
    fn items_whose_asker_has_gone_are_dropped_and_an_empty_queue_gives_an_empty_batch() {
        // Arrange
        let mut queue: VecDeque<(Uuid, bool)> = [(t(1), true), (t(1), false), (t(2), true)].into();

        // Act
        let batch = take_batch(&mut queue, 10, |i| i.0, |i| i.1);
        let next = take_batch(&mut queue, 10, |i| i.0, |i| i.1);

        // Assert
        assert_eq!(batch, [(t(1), false)]);
        assert!(next.is_empty());
        assert!(queue.is_empty());
    }
}

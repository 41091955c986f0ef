//! The node's live contest feeds: a contest's state and its leaderboard are read once per
//! change on each node, however many participants follow them there, and every follower gets
//! the same copy. A question must reach a thousand phones at once; a thousand reads of the
//! same row would not.

use crate::bus::{self, Bus};
use crate::{AppResult, Ctx};
use futures::Stream;
use std::{
    collections::HashMap,
    future::Future,
    sync::{Arc, Mutex, Weak},
    time::Duration,
};
use tokio::sync::{broadcast::error::RecvError, watch};
use uuid::Uuid;

type Value<T> = Option<Arc<T>>;
type Senders<T> = HashMap<(Uuid, Uuid), Weak<watch::Sender<Value<T>>>>;

/// One kind of feed (the states, or the leaderboards) of every contest followed on this node.
pub struct Feeds<T> {
    topic: &'static str,
    /// How long changes are gathered before one read (none for the state: a pushed question
    /// goes out at once; a burst of answers is read once for the leaderboard).
    gather: Duration,
    senders: Arc<Mutex<Senders<T>>>,
}

impl<T> Clone for Feeds<T> {
    fn clone(&self) -> Self {
        Self {
            topic: self.topic,
            gather: self.gather,
            senders: self.senders.clone(),
        }
    }
}

impl<T> std::fmt::Debug for Feeds<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Feeds({})", self.topic)
    }
}

impl<T: Send + Sync + 'static> Feeds<T> {
    /// Feeds reloaded on the bus events of `topic`, gathering changes for `gather` first.
    pub fn new(topic: &'static str, gather: Duration) -> Self {
        Self {
            topic,
            gather,
            senders: Arc::default(),
        }
    }

    /// The contest's feed on this node: its current value, then each new one. The first
    /// follower starts the reader; the reader stops when the last follower has gone.
    pub fn follow<F, Fut>(
        &self,
        bus: &Bus,
        tenant: Uuid,
        contest: Uuid,
        load: F,
    ) -> impl Stream<Item = Arc<T>> + use<T, F, Fut>
    where
        F: Fn(Ctx) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = AppResult<T>> + Send + 'static,
    {
        let rx = {
            let mut senders = self.senders.lock().unwrap_or_else(|p| p.into_inner());
            match senders.get(&(tenant, contest)).and_then(Weak::upgrade) {
                Some(tx) => tx.subscribe(),
                None => {
                    let (tx, rx) = watch::channel(None);
                    let tx = Arc::new(tx);
                    senders.insert((tenant, contest), Arc::downgrade(&tx));
                    tokio::spawn(read_loop(
                        self.clone(),
                        bus.subscribe_topic(self.topic),
                        tx,
                        tenant,
                        contest,
                        load,
                    ));
                    rx
                }
            }
        };
        futures::stream::unfold((rx, true), |(mut rx, first)| async move {
            if !first {
                rx.changed().await.ok()?;
            }
            loop {
                let current = rx.borrow_and_update().clone();
                if let Some(v) = current {
                    return Some((v, (rx, false)));
                }
                rx.changed().await.ok()?;
            }
        })
    }
}

/// Reads the feed's value at once and after every event about the contest (a resync or a
/// lag too), until nobody follows it on this node.
async fn read_loop<T, F, Fut>(
    feeds: Feeds<T>,
    mut events: tokio::sync::broadcast::Receiver<Arc<bus::Event>>,
    tx: Arc<watch::Sender<Value<T>>>,
    tenant: Uuid,
    contest: Uuid,
    load: F,
) where
    T: Send + Sync + 'static,
    F: Fn(Ctx) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = AppResult<T>> + Send + 'static,
{
    let read = |tx: &watch::Sender<Value<T>>, v: AppResult<T>| match v {
        Ok(v) => {
            tx.send_replace(Some(Arc::new(v)));
        }
        Err(e) => tracing::warn!(error = %e, %contest, "live contest feed not read; kept the last"),
    };
    read(&tx, load(Ctx::system(tenant)).await);
    loop {
        tokio::select! {
            got = events.recv() => match got {
                Ok(ev) if ev.topic == bus::RESYNC || (ev.tenant == tenant && ev.subject == contest) => {}
                Ok(_) => continue,
                Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => break,
            },
            () = tx.closed() => {
                let mut senders = feeds.senders.lock().unwrap_or_else(|p| p.into_inner());
                if tx.receiver_count() == 0 {
                    senders.remove(&(tenant, contest));
                    return;
                }
                continue;
            }
        }
        if !feeds.gather.is_zero() {
            tokio::time::sleep(feeds.gather).await;
        }
        while let Ok(_) | Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) =
            events.try_recv()
        {}
        read(&tx, load(Ctx::system(tenant)).await);
    }
    feeds
        .senders
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&(tenant, contest));
}

//! The event bus: after a write commits, its service publishes a small event (tenant, topic,
//! subject, id); every node's subscribers receive it and load what it names from the database,
//! re-checking access. In-process by default; through Redis pub/sub when `redis.url` is set,
//! so events reach subscribers on every node.
//!
//! Events only say that something changed: the database stays the source of truth, so an
//! event lost while Redis was away costs latency, not data (clients catch up on reconnect).

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::Duration,
};
use tokio::sync::broadcast;
use tracing::Instrument;
use uuid::Uuid;

/// Redis channels are `tongxin:events:{tenant}`.
const PREFIX: &str = "tongxin:events:";
/// The topic of the event a node gives its own subscribers after it subscribed to Redis again:
/// events may have been missed meanwhile, so each subscriber re-reads from the database.
pub const RESYNC: &str = "resync";

/// Events buffered per node before slow subscribers start missing them.
const CAPACITY: usize = 4096;

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Tenant the change belongs to.
    pub tenant: Uuid,
    /// Kind of change, e.g. `notification`.
    pub topic: String,
    /// Whom or what it concerns (the recipient of a notification).
    pub subject: Uuid,
    /// The changed row.
    pub id: Uuid,
}

/// An event as it travels through Redis: the event's own fields, and the trace it was
/// published in (W3C `traceparent`), so that the fan-out on every node joins that trace.
#[derive(Serialize, Deserialize)]
struct Wire {
    #[serde(flatten)]
    event: Event,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    traceparent: Option<String>,
}

/// Publishes and fans out events on this node.
#[derive(Clone)]
pub struct Bus {
    local: Arc<Channels>,
    redis: Option<redis::aio::ConnectionManager>,
}

/// A node's channels: every event, and one channel per topic so that a subscriber wakes only
/// for the events it cares about (10,000 sockets must not all wake for each chat message).
struct Channels {
    all: broadcast::Sender<Arc<Event>>,
    by_topic: RwLock<HashMap<String, broadcast::Sender<Arc<Event>>>>,
}

impl Channels {
    fn new() -> Self {
        Self {
            all: broadcast::channel(CAPACITY).0,
            by_topic: RwLock::default(),
        }
    }

    /// Hands an event to the subscribers of everything and of its topic; a resync goes to
    /// every topic.
    fn deliver(&self, event: Event) {
        let event = Arc::new(event);
        let _ = self.all.send(event.clone());
        let topics = self.by_topic.read().unwrap_or_else(|p| p.into_inner());
        if event.topic == RESYNC {
            for tx in topics.values() {
                let _ = tx.send(event.clone());
            }
        } else if let Some(tx) = topics.get(&event.topic) {
            let _ = tx.send(event);
        }
    }

    fn topic(&self, topic: &str) -> broadcast::Receiver<Arc<Event>> {
        if let Some(tx) = self
            .by_topic
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(topic)
        {
            return tx.subscribe();
        }
        let mut topics = self.by_topic.write().unwrap_or_else(|p| p.into_inner());
        topics
            .entry(topic.to_string())
            .or_insert_with(|| broadcast::channel(CAPACITY).0)
            .subscribe()
    }
}

impl std::fmt::Debug for Bus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.redis.is_some() {
            "Bus(redis)"
        } else {
            "Bus(local)"
        })
    }
}

impl Bus {
    /// An in-process bus, or one over Redis (listening in the background, resubscribing after
    /// Redis comes back).
    pub async fn connect(redis_url: Option<&str>) -> anyhow::Result<Self> {
        let local = Arc::new(Channels::new());
        let Some(url) = redis_url else {
            return Ok(Self { local, redis: None });
        };
        let client = redis::Client::open(url)?;
        let publisher = client.get_connection_manager().await?;
        spawn_listener(client, Arc::downgrade(&local));
        Ok(Self {
            local,
            redis: Some(publisher),
        })
    }

    /// Publishes an event (after the write committed). With Redis the event comes back to this
    /// node through its own subscription; if Redis cannot be reached, local subscribers still
    /// get it.
    pub async fn publish(&self, event: Event) {
        let span = tracing::info_span!(
            "bus.publish",
            otel.name = %format_args!("publish {}", event.topic),
            otel.kind = "producer",
            messaging.system = if self.redis.is_some() { "redis" } else { "local" },
            messaging.destination.name = %event.topic,
            tenant_id = %event.tenant,
        );
        if let Some(conn) = &self.redis {
            let mut conn = conn.clone();
            let body = serde_json::to_string(&Wire {
                traceparent: crate::telemetry::traceparent(&span),
                event: event.clone(),
            })
            .unwrap_or_default();
            let sent: redis::RedisResult<i64> = redis::cmd("PUBLISH")
                .arg(format!("{PREFIX}{}", event.tenant))
                .arg(body)
                .query_async(&mut conn)
                .instrument(span.clone())
                .await;
            match sent {
                Ok(_) => return,
                Err(e) => {
                    span.in_scope(
                        || tracing::warn!(error = %e, "event not published to Redis; local only"),
                    );
                }
            }
        }
        span.in_scope(|| self.local.deliver(event));
    }

    /// Every event reaching this node from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.local.all.subscribe()
    }

    /// The events of one topic reaching this node from now on, and every [`RESYNC`].
    pub fn subscribe_topic(&self, topic: &str) -> broadcast::Receiver<Arc<Event>> {
        self.local.topic(topic)
    }

    /// `load()` now, then again after every event of `topic` about `subject` in `tenant`:
    /// events within a quarter second are read once, and a resync or a lag reloads too (the
    /// database is the truth). For live views of one object (a board, a meeting).
    pub fn follow_subject<T, F, Fut>(
        &self,
        topic: &str,
        tenant: Uuid,
        subject: Uuid,
        load: F,
    ) -> impl futures::Stream<Item = T> + use<T, F, Fut>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = T>,
    {
        use broadcast::error::{RecvError, TryRecvError};
        let rx = self.subscribe_topic(topic);
        futures::stream::unfold((rx, load, true), move |(mut rx, load, first)| async move {
            if !first {
                loop {
                    match rx.recv().await {
                        Ok(ev) if ev.tenant == tenant && ev.subject == subject => break,
                        Ok(ev) if ev.topic == RESYNC => break,
                        Ok(_) => {}
                        Err(RecvError::Lagged(_)) => break,
                        Err(RecvError::Closed) => return None,
                    }
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
                while let Ok(_) | Err(TryRecvError::Lagged(_)) = rx.try_recv() {}
            }
            let item = load().await;
            Some((item, (rx, load, false)))
        })
    }
}

fn spawn_listener(client: redis::Client, weak: std::sync::Weak<Channels>) {
    tokio::spawn(async move {
        let mut subscribed_before = false;
        loop {
            match client.get_async_pubsub().await {
                Ok(mut pubsub) => {
                    if pubsub.psubscribe(format!("{PREFIX}*")).await.is_ok() {
                        if subscribed_before {
                            tracing::info!("event bus subscribed to Redis again; resyncing");
                            let Some(local) = weak.upgrade() else { return };
                            local.deliver(Event {
                                tenant: Uuid::nil(),
                                topic: RESYNC.to_string(),
                                subject: Uuid::nil(),
                                id: Uuid::nil(),
                            });
                        }
                        subscribed_before = true;
                        let mut messages = pubsub.on_message();
                        while let Some(msg) = messages.next().await {
                            let Some(local) = weak.upgrade() else { return };
                            if let Ok(body) = msg.get_payload::<String>()
                                && let Ok(wire) = serde_json::from_str::<Wire>(&body)
                            {
                                let span = tracing::info_span!(
                                    "bus.receive",
                                    otel.name = %format_args!("receive {}", wire.event.topic),
                                    otel.kind = "consumer",
                                    messaging.system = "redis",
                                    messaging.destination.name = %wire.event.topic,
                                    tenant_id = %wire.event.tenant,
                                );
                                if let Some(parent) = &wire.traceparent {
                                    crate::telemetry::continue_trace(&span, parent);
                                }
                                span.in_scope(|| local.deliver(wire.event));
                            }
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "event bus cannot reach Redis; retrying"),
            }
            if weak.upgrade().is_none() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_local_bus_delivers_to_every_subscriber_once() {
        let bus = Bus::connect(None).await.unwrap();
        let (mut a, mut b) = (bus.subscribe(), bus.subscribe());
        let event = Event {
            tenant: Uuid::nil(),
            topic: "notification".into(),
            subject: Uuid::nil(),
            id: Uuid::max(),
        };
        bus.publish(event.clone()).await;
        assert_eq!(*a.recv().await.unwrap(), event);
        assert_eq!(*b.recv().await.unwrap(), event);
        assert!(a.try_recv().is_err());
    }

    #[tokio::test]
    async fn a_topic_subscriber_gets_its_topic_and_resyncs_but_nothing_else() {
        let bus = Bus::connect(None).await.unwrap();
        let mut mine = bus.subscribe_topic("session_ended");
        let event = |topic: &str| Event {
            tenant: Uuid::nil(),
            topic: topic.into(),
            subject: Uuid::nil(),
            id: Uuid::nil(),
        };
        bus.publish(event("message")).await;
        bus.publish(event("session_ended")).await;
        bus.local.deliver(event(RESYNC));
        assert_eq!(mine.recv().await.unwrap().topic, "session_ended");
        assert_eq!(mine.recv().await.unwrap().topic, RESYNC);
        assert!(mine.try_recv().is_err());
    }
}

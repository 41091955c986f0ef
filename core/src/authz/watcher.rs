//! Our own Redis watcher: a rule change on one node drops the tenant's enforcer on all.
//!
//! If the subscription breaks, every cached enforcer is dropped (messages may have been
//! missed) and the subscription is retried; the reload-after backstop covers the rest.

use super::Authz;
use futures::StreamExt;
use redis::aio::ConnectionManager;
use std::time::Duration;
use uuid::Uuid;

const CHANNEL: &str = "tongxin:authz";

pub(super) struct RedisWatcher {
    client: redis::Client,
    publisher: ConnectionManager,
}

impl RedisWatcher {
    pub(super) async fn connect(url: &str) -> anyhow::Result<Self> {
        let client = redis::Client::open(url)?;
        let publisher = client.get_connection_manager().await?;
        Ok(Self { client, publisher })
    }

    pub(super) async fn publish(&self, tenant: Uuid) {
        let mut conn = self.publisher.clone();
        let sent: redis::RedisResult<i64> = redis::cmd("PUBLISH")
            .arg(CHANNEL)
            .arg(tenant.to_string())
            .query_async(&mut conn)
            .await;
        if let Err(e) = sent {
            tracing::warn!(error = %e, "authz invalidation not published; peers reload within the backstop");
        }
    }

    pub(super) fn listen(&self, authz: Authz) {
        let client = self.client.clone();
        let weak = std::sync::Arc::downgrade(&authz.inner);
        drop(authz);
        tokio::spawn(async move {
            loop {
                let Some(inner) = weak.upgrade() else { return };
                let authz = Authz { inner };
                match client.get_async_pubsub().await {
                    Ok(mut pubsub) => {
                        if pubsub.subscribe(CHANNEL).await.is_ok() {
                            // Anything may have changed while we were not listening.
                            authz.forget_all();
                            let mut messages = pubsub.on_message();
                            while let Some(msg) = messages.next().await {
                                if let Ok(Ok(tenant)) =
                                    msg.get_payload::<String>().map(|p| p.parse::<Uuid>())
                                {
                                    authz.forget(tenant);
                                }
                            }
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "authz watcher cannot reach Redis"),
                }
                authz.forget_all();
                drop(authz);
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
    }
}

//! Subscription root: live events over `/graphql/ws`.

use super::{
    context::{app, tenant},
    types::Notification,
};
use async_graphql::{Context, Subscription};
use futures::Stream;
use tokio::sync::broadcast::error::RecvError;
use tongxin_core::{AppError, notify};

use super::errors::Gql;

/// Live events.
#[derive(Default)]
pub struct NotifySubscription;

#[Subscription(name = "NotifySubscription")]
impl NotifySubscription {
    /// The viewer's notifications as they are written (members only). Each one is read back
    /// from the database under the viewer's session, so only their own arrive.
    async fn notification_added(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = Notification>> {
        let c = tenant(ctx)?;
        let member = c.member_id().ok_or(AppError::Forbidden).gql()?;
        let app = app(ctx).clone();
        let rx = app.bus.subscribe_topic(notify::ADDED);
        Ok(futures::stream::unfold(
            (rx, app, c),
            move |(mut rx, app, c)| async move {
                loop {
                    match rx.recv().await {
                        Ok(ev)
                            if ev.tenant == c.tenant_id
                                && ev.topic == notify::ADDED
                                && ev.subject == member =>
                        {
                            if let Ok(row) = notify::get(&c, &app, ev.id).await {
                                return Some((Notification(row), (rx, app, c)));
                            }
                        }
                        Ok(_) | Err(RecvError::Lagged(_)) => {}
                        Err(RecvError::Closed) => return None,
                    }
                }
            },
        ))
    }
}

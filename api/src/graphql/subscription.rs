//! Subscription root: live events over `/graphql/ws`.

use super::{
    context::{app, tenant},
    types::Notification,
};
use async_graphql::{Context, Subscription};
use futures::{Stream, StreamExt};
use tongxin_core::{AppError, notify};

use super::errors::Gql;

/// Live events.
#[derive(Default)]
pub struct NotifySubscription;

#[Subscription(name = "NotifySubscription")]
impl NotifySubscription {
    /// The viewer's notifications as they are written (members only): each single one is read
    /// back under the viewer's session, and a batch written for many members at once (a notice)
    /// is read once per node, each subscriber receiving only their own.
    async fn notification_added(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = Notification>> {
        let c = tenant(ctx)?;
        let member = c.member_id().ok_or(AppError::Forbidden).gql()?;
        Ok(notify::live::follow(app(ctx).clone(), c, member).map(Notification))
    }
}

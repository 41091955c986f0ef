//! Notification settings: a channel per category, the digest frequency.

use super::{context::tenant, errors::Gql};
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use tongxin_core::notify::{
    model::{Channel, Frequency},
    preferences::{self, Preferences},
};

use super::context::app;

/// How a member receives a category of notifications.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "tongxin_core::notify::model::Channel")]
pub enum NotificationChannel {
    /// In the inbox only.
    InApp,
    /// In the inbox and by email right away.
    Email,
    /// In the inbox and in the daily or weekly digest email.
    Digest,
    /// Not at all (not allowed for mandatory categories).
    Off,
}

/// How often the digest email comes.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "tongxin_core::notify::model::Frequency")]
pub enum DigestFrequency {
    /// No digest email.
    Off,
    /// Every morning (07:00 in the enterprise's time zone).
    Daily,
    /// Monday mornings.
    Weekly,
}

/// One category of notifications as the viewer has it set.
#[derive(SimpleObject)]
pub struct NotificationCategorySetting {
    /// Category code, the same as `Notification.kind`.
    pub category: String,
    /// Chinese label.
    pub label: String,
    /// What the category covers.
    pub description: String,
    /// The channel in effect.
    pub channel: NotificationChannel,
    /// The category's default channel.
    pub default_channel: NotificationChannel,
    /// True when the viewer chose the channel (false: the default applies).
    pub chosen: bool,
    /// Why the category cannot be turned off; null when it can.
    pub mandatory_reason: Option<String>,
}

/// The viewer's notification settings.
#[derive(SimpleObject)]
pub struct NotificationPreferences {
    /// Every category, in display order.
    pub categories: Vec<NotificationCategorySetting>,
    /// How often the digest email comes.
    pub digest_frequency: DigestFrequency,
}

impl From<Preferences> for NotificationPreferences {
    fn from(p: Preferences) -> Self {
        Self {
            categories: p
                .categories
                .into_iter()
                .map(|c| NotificationCategorySetting {
                    category: c.category.code.to_string(),
                    label: c.category.label.to_string(),
                    description: c.category.description.to_string(),
                    channel: c.channel.into(),
                    default_channel: c.category.default.into(),
                    chosen: c.chosen,
                    mandatory_reason: c.category.mandatory.map(str::to_string),
                })
                .collect(),
            digest_frequency: p.digest.into(),
        }
    }
}

/// Input of `setNotificationChannel`.
#[derive(InputObject)]
pub struct SetNotificationChannelInput {
    /// Category code (see `notificationPreferences`).
    pub category: String,
    /// The channel.
    pub channel: NotificationChannel,
}

/// Input of `setDigestFrequency`.
#[derive(InputObject)]
pub struct SetDigestFrequencyInput {
    /// How often.
    pub frequency: DigestFrequency,
}

/// Queries about notification settings.
#[derive(Default)]
pub struct NotifyQuery;

#[Object(name = "NotifyQuery")]
impl NotifyQuery {
    /// The viewer's notification settings.
    async fn notification_preferences(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<NotificationPreferences> {
        let c = tenant(ctx)?;
        Ok(preferences::get(&c, app(ctx)).await.gql()?.into())
    }
}

/// Mutations of notification settings.
#[derive(Default)]
pub struct NotifyMutation;

#[Object(name = "NotifyMutation")]
impl NotifyMutation {
    /// Chooses how the viewer receives one category; mandatory categories refuse `OFF` with
    /// `VALIDATION` and the reason.
    async fn set_notification_channel(
        &self,
        ctx: &Context<'_>,
        input: SetNotificationChannelInput,
    ) -> async_graphql::Result<NotificationPreferences> {
        let c = tenant(ctx)?;
        Ok(preferences::set_channel(
            &c,
            app(ctx),
            &input.category,
            Channel::from(input.channel).as_str(),
        )
        .await
        .gql()?
        .into())
    }

    /// Chooses how often the viewer's digest email comes.
    async fn set_digest_frequency(
        &self,
        ctx: &Context<'_>,
        input: SetDigestFrequencyInput,
    ) -> async_graphql::Result<NotificationPreferences> {
        let c = tenant(ctx)?;
        Ok(
            preferences::set_digest(&c, app(ctx), Frequency::from(input.frequency).as_str())
                .await
                .gql()?
                .into(),
        )
    }
}

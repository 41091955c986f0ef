//! A member's own notification settings: a channel per category and the digest frequency.

use super::{
    catalog::{self, CATEGORIES, Category, Channel},
    model::Frequency,
    store,
};
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx, audit};
use serde_json::json;

/// One category as the member has it set.
#[derive(Debug, Clone)]
pub struct CategorySetting {
    /// The category.
    pub category: &'static Category,
    /// The channel in effect.
    pub channel: Channel,
    /// Whether it is the member's own choice (else the default).
    pub chosen: bool,
}

/// All of a member's notification settings.
#[derive(Debug, Clone)]
pub struct Preferences {
    /// Every category, in display order.
    pub categories: Vec<CategorySetting>,
    /// How often the digest email comes.
    pub digest: Frequency,
}

fn me(ctx: &Ctx) -> AppResult<uuid::Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The viewer's settings.
pub async fn get(ctx: &Ctx, app: &App) -> AppResult<Preferences> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let prefs = read(&mut tx, member).await?;
    tx.commit().await?;
    Ok(prefs)
}

pub(crate) async fn read(tx: &mut TenantTx, member: uuid::Uuid) -> sqlx::Result<Preferences> {
    let stored = store::preferences(tx, member).await?;
    let digest = store::digest_frequency(tx, member)
        .await?
        .unwrap_or(Frequency::Off);
    let categories = CATEGORIES
        .iter()
        .map(|c| {
            let mine = stored
                .iter()
                .find(|(code, _)| code == c.code)
                .map(|&(_, ch)| ch);
            CategorySetting {
                category: c,
                channel: catalog::effective(c.code, mine),
                chosen: mine.is_some(),
            }
        })
        .collect();
    Ok(Preferences { categories, digest })
}

/// Sets the viewer's channel for one category; refuses `OFF` where the category is mandatory.
pub async fn set_channel(
    ctx: &Ctx,
    app: &App,
    category: &str,
    channel: &str,
) -> AppResult<Preferences> {
    let member = me(ctx)?;
    let channel: Channel = channel
        .parse()
        .map_err(|_| AppError::field("channel", "接收方式应为 IN_APP、EMAIL、DIGEST 或 OFF"))?;
    let cat = catalog::check(category, channel).map_err(|m| AppError::field("category", m))?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::set_preference(&mut tx, member, cat.code, channel).await?;
    audit::object(
        &mut tx,
        ctx,
        "notify.set_preference",
        "member",
        member,
        json!({ "category": cat.code, "channel": channel.as_str() }),
    )
    .await?;
    let prefs = read(&mut tx, member).await?;
    tx.commit().await?;
    Ok(prefs)
}

/// Sets how often the viewer's digest email comes (`OFF`, `DAILY`, `WEEKLY`).
pub async fn set_digest(ctx: &Ctx, app: &App, frequency: &str) -> AppResult<Preferences> {
    let member = me(ctx)?;
    let frequency: Frequency = frequency
        .parse()
        .map_err(|_| AppError::field("frequency", "摘要频率应为 OFF、DAILY 或 WEEKLY"))?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    set_digest_in(&mut tx, member, frequency).await?;
    audit::object(
        &mut tx,
        ctx,
        "notify.set_digest",
        "member",
        member,
        json!({ "frequency": frequency.as_str() }),
    )
    .await?;
    let prefs = read(&mut tx, member).await?;
    tx.commit().await?;
    Ok(prefs)
}

pub(crate) async fn set_digest_in(
    tx: &mut TenantTx,
    member: uuid::Uuid,
    frequency: Frequency,
) -> sqlx::Result<()> {
    store::set_digest_frequency(tx, member, frequency).await
}

//! The personal inbox: notifications written by other modules (reminders now; mentions,
//! notices and tasks later), read and marked read by their member.

use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
use serde_json::Value;

pub mod catalog;
pub mod live;
pub mod model;
pub mod preferences;
mod store;
use uuid::Uuid;

/// A notification in a member's inbox.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    /// Id.
    pub id: Uuid,
    /// `REMINDER`, `SYSTEM`, `MENTION` …
    pub kind: String,
    /// Title.
    pub title: String,
    /// Body text.
    pub body: String,
    /// Structured facts (e.g. the rule and source behind a reminder).
    pub detail: Value,
    /// Written.
    pub created_at: DateTime<Utc>,
    /// Read.
    pub read_at: Option<DateTime<Utc>>,
}

/// A notification to write.
pub struct NewNotification<'a> {
    /// Recipient.
    pub member_id: Uuid,
    /// Kind code.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Body.
    pub body: &'a str,
    /// Idempotency key: the same key is written once per tenant.
    pub dedupe_key: Option<&'a str>,
    /// Structured facts.
    pub detail: Value,
}

/// Writes a notification inside the caller's tenant transaction, by the member's preference
/// for its category: nothing when they turned it off, an email beside it when they chose
/// email. Returns the new notification's id; `None` when its dedupe key was written before
/// or the member does not receive it.
pub async fn write(
    tx: &mut TenantTx,
    app: &App,
    n: &NewNotification<'_>,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    let Some(target) = store::target(tx, n.member_id, n.kind).await? else {
        return Ok(None);
    };
    let channel = catalog::effective(n.kind, target.channel);
    if channel == catalog::Channel::Off {
        return Ok(None);
    }
    let Some(id) = store::insert(tx, n).await? else {
        return Ok(None);
    };
    if channel == catalog::Channel::Email
        && target.active
        && let Some(to) = target.email.as_deref().filter(|e| !e.is_empty())
    {
        let link = format!("{}/notifications", app.config.public_url());
        let mail = crate::mail::templates::notification(
            crate::mail::templates::Lang::from_tag(&target.language),
            format!("notification:{tenant}:{id}"),
            to,
            &target.tenant_name,
            n.title,
            n.body,
            &link,
        );
        crate::mail::enqueue(tx, &mail).await?;
    }
    Ok(Some(id))
}

/// An announcement to many members at once (an opened vote, a published activity …).
pub struct Broadcast<'a> {
    /// Kind code; also the preference category.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Body.
    pub body: &'a str,
    /// Each member's dedupe key is this prefix followed by their id, so a repeated
    /// broadcast writes nothing twice.
    pub dedupe_prefix: &'a str,
    /// Structured facts.
    pub detail: &'a Value,
}

/// Writes a broadcast in one statement inside the caller's tenant transaction: one in-app
/// notification per member, skipping members who turned the category off and members it
/// was written to before. Returns `(member, notification)` written, for [`announce`] after
/// commit. Members who chose a digest for the category find it in their digest; a broadcast
/// is not emailed one by one (members who chose email see it in the app).
pub async fn write_many(
    tx: &mut TenantTx,
    members: &[Uuid],
    b: &Broadcast<'_>,
) -> sqlx::Result<Vec<(Uuid, Uuid)>> {
    store::insert_many(
        tx,
        b.kind,
        members,
        (b.title, b.body),
        b.dedupe_prefix,
        b.detail,
    )
    .await
}

/// The bus topic of new notifications (subject: the recipient).
pub const ADDED: &str = "notification";

/// Announces notifications written by a committed transaction to live subscribers.
pub async fn announce(app: &App, tenant: Uuid, written: &[(Uuid, Uuid)]) {
    for &(member, id) in written {
        app.bus
            .publish(crate::bus::Event {
                tenant,
                topic: ADDED.to_string(),
                subject: member,
                id,
            })
            .await;
    }
}

/// One of the viewer's notifications (another member's reads as not found).
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<NotificationRow> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, member, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The viewer's notifications, newest first.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    unread_only: bool,
    args: &PageArgs,
) -> AppResult<Page<NotificationRow>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page(
        &mut tx,
        member,
        unread_only,
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// How many of the viewer's notifications are unread.
pub async fn unread_count(ctx: &Ctx, app: &App) -> AppResult<i64> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let n = store::unread_count(&mut tx, member).await?;
    tx.commit().await?;
    Ok(n)
}

/// Marks one of the viewer's notifications read (another member's reads as not found).
pub async fn mark_read(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::mark_read(&mut tx, member, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Marks all of the viewer's notifications read; returns how many changed.
pub async fn mark_all_read(ctx: &Ctx, app: &App) -> AppResult<u64> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let changed = store::mark_all_read(&mut tx, member).await?;
    tx.commit().await?;
    Ok(changed)
}

//! The personal inbox: notifications written by other modules (reminders now; mentions,
//! notices and tasks later), read and marked read by their member.

use crate::{
    App, AppError, AppResult, Ctx,
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::PgConnection;
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

/// Writes a notification inside the caller's tenant transaction; false when its dedupe key
/// was written before.
pub async fn write(
    conn: &mut PgConnection,
    tenant: Uuid,
    n: &NewNotification<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "insert into notification (tenant_id, id, member_id, kind, title, body, dedupe_key, detail)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, dedupe_key) do nothing",
    )
    .bind(tenant)
    .bind(crate::new_id())
    .bind(n.member_id)
    .bind(n.kind)
    .bind(n.title)
    .bind(n.body)
    .bind(n.dedupe_key)
    .bind(&n.detail)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
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
    let rows = sqlx::query_as(
        "select id, kind, title, body, detail, created_at, read_at from notification
          where tenant_id = $1 and member_id = $2 and (not $3 or read_at is null)
            and ($4::uuid is null or id < $4)
          order by id desc limit $5",
    )
    .bind(ctx.tenant_id)
    .bind(member)
    .bind(unread_only)
    .bind(args.after_uuid()?)
    .bind(args.limit())
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// How many of the viewer's notifications are unread.
pub async fn unread_count(ctx: &Ctx, app: &App) -> AppResult<i64> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let n = sqlx::query_scalar(
        "select count(*) from notification where tenant_id = $1 and member_id = $2 and read_at is null",
    )
    .bind(ctx.tenant_id)
    .bind(member)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(n)
}

/// Marks one of the viewer's notifications read (another member's reads as not found).
pub async fn mark_read(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let found: Option<Uuid> = sqlx::query_scalar(
        "update notification set read_at = coalesce(read_at, now())
          where tenant_id = $1 and member_id = $2 and id = $3 returning id",
    )
    .bind(ctx.tenant_id)
    .bind(member)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    found.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(())
}

/// Marks all of the viewer's notifications read; returns how many changed.
pub async fn mark_all_read(ctx: &Ctx, app: &App) -> AppResult<u64> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let done = sqlx::query(
        "update notification set read_at = now() where tenant_id = $1 and member_id = $2 and read_at is null",
    )
    .bind(ctx.tenant_id)
    .bind(member)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

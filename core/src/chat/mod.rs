//! Group chat: a conversation per org unit (members follow the org tree), custom groups and
//! direct messages; messages numbered per conversation so clients resume after any `seq`.
//!
//! Persist first, publish after commit: a send writes the message under the conversation's row
//! lock, commits, then announces `{conversation, message}` on the bus; subscribers read what is
//! new from the database, so they see every message once and in order.

pub mod rules;
mod store;

use crate::{
    App, AppError, AppResult, Ctx,
    bus::Event,
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// The bus topic of new messages (subject: the conversation).
pub const MESSAGE_ADDED: &str = "message";

/// A conversation as one member sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConversationRow {
    /// Id.
    pub id: Uuid,
    /// `ORG`, `GROUP` or `DIRECT`.
    pub kind: String,
    /// The org unit of an org group.
    pub org_id: Option<Uuid>,
    /// Title.
    pub title: String,
    /// Only admins post.
    pub broadcast_only: bool,
    /// Pinned group notice (群公告).
    pub pinned_notice: Option<String>,
    /// Seq of the newest message.
    pub last_seq: i64,
    /// When the newest message was sent.
    pub last_message_at: Option<DateTime<Utc>>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Messages after the member's read cursor.
    pub unread: i64,
}

/// A message.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    /// Id.
    pub id: Uuid,
    /// Conversation.
    pub conversation_id: Uuid,
    /// Position in the conversation, from 1, without gaps.
    pub seq: i64,
    /// Author.
    pub author_id: Uuid,
    /// Author's name.
    pub author_name: String,
    /// Text (empty once recalled).
    pub body: String,
    /// The message it replies to.
    pub reply_to_seq: Option<i64>,
    /// Sent.
    pub created_at: DateTime<Utc>,
    /// Recalled.
    pub recalled_at: Option<DateTime<Utc>>,
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The cursor of a conversation in the viewer's list.
pub fn cursor_of(c: &ConversationRow) -> String {
    let at = c.last_message_at.unwrap_or(c.created_at);
    format!("{}_{}", at.timestamp_micros(), c.id)
}

fn parse_cursor(args: &PageArgs) -> AppResult<Option<(DateTime<Utc>, Uuid)>> {
    let Some(key) = args.after.as_deref() else {
        return Ok(None);
    };
    let bad = || AppError::field("after", "无效的游标");
    let (micros, id) = key.split_once('_').ok_or_else(bad)?;
    let at = DateTime::from_timestamp_micros(micros.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    Ok(Some((at, id.parse().map_err(|_| bad())?)))
}

/// The viewer's conversations, most recent activity first, with each one's last message.
pub async fn conversations(
    ctx: &Ctx,
    app: &App,
    args: &PageArgs,
) -> AppResult<(Page<ConversationRow>, HashMap<Uuid, MessageRow>)> {
    let member = me(ctx)?;
    let after = parse_cursor(args)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page(&mut tx, ctx.tenant_id, member, after, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let keys: Vec<(Uuid, i64)> = page
        .items
        .iter()
        .filter(|c| c.last_seq > 0)
        .map(|c| (c.id, c.last_seq))
        .collect();
    let last = store::last_messages(&mut tx, ctx.tenant_id, &keys).await?;
    tx.commit().await?;
    Ok((
        page,
        last.into_iter().map(|m| (m.conversation_id, m)).collect(),
    ))
}

/// One of the viewer's conversations; any other reads as not found.
pub async fn conversation(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ConversationRow> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::visible(&mut tx, ctx.tenant_id, member, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A page of history, newest first, before `before_seq` (the newest when absent).
pub async fn messages(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    before_seq: Option<i64>,
    first: i64,
) -> AppResult<Vec<MessageRow>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::visible(&mut tx, ctx.tenant_id, member, conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = store::messages_before(
        &mut tx,
        ctx.tenant_id,
        conversation,
        before_seq,
        first.clamp(1, 100),
    )
    .await?;
    tx.commit().await?;
    Ok(rows)
}

/// Messages after `after_seq`, oldest first (replay for subscribers), re-checking access.
pub async fn messages_after(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    after_seq: i64,
    limit: i64,
) -> AppResult<Vec<MessageRow>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::visible(&mut tx, ctx.tenant_id, member, conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows =
        store::messages_after(&mut tx, ctx.tenant_id, conversation, after_seq, limit).await?;
    tx.commit().await?;
    Ok(rows)
}

/// A message to send.
#[derive(Debug, Clone)]
pub struct Send<'a> {
    /// Conversation.
    pub conversation: Uuid,
    /// Text.
    pub body: &'a str,
    /// The client's idempotency key.
    pub client_message_id: &'a str,
    /// The message it replies to.
    pub reply_to_seq: Option<i64>,
}

/// Sends a message; the same `client_message_id` from the same author stores one message and
/// returns it again.
pub async fn send(ctx: &Ctx, app: &App, input: &Send<'_>) -> AppResult<MessageRow> {
    let member = me(ctx)?;
    let body = rules::Body::parse(input.body)?;
    let client_id = rules::client_message_id(input.client_message_id)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::visible(&mut tx, ctx.tenant_id, member, input.conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    let (last_seq, broadcast_only) =
        store::lock(&mut tx, ctx.tenant_id, input.conversation).await?;
    if let Some(existing) = store::by_client_id(
        &mut tx,
        ctx.tenant_id,
        input.conversation,
        member,
        client_id,
    )
    .await?
    {
        tx.commit().await?;
        return Ok(existing);
    }
    if broadcast_only {
        return Err(AppError::Forbidden);
    }
    if let Some(r) = input.reply_to_seq
        && !(1..=last_seq).contains(&r)
    {
        return Err(AppError::field("replyToSeq", "回复的消息不存在"));
    }
    let id = store::insert(
        &mut tx,
        &store::NewMessage {
            tenant: ctx.tenant_id,
            conversation: input.conversation,
            seq: last_seq + 1,
            author: member,
            body: body.as_str(),
            client_id,
            reply_to: input.reply_to_seq,
        },
    )
    .await?;
    let row = store::message(&mut tx, ctx.tenant_id, id).await?;
    store::mark_read(&mut tx, ctx.tenant_id, input.conversation, member, row.seq).await?;
    tx.commit().await?;
    app.bus
        .publish(Event {
            tenant: ctx.tenant_id,
            topic: MESSAGE_ADDED.to_string(),
            subject: row.conversation_id,
            id: row.id,
        })
        .await;
    Ok(row)
}

/// Moves the viewer's read cursor forward to `seq` (never back).
pub async fn mark_read(ctx: &Ctx, app: &App, conversation: Uuid, seq: i64) -> AppResult<()> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = store::visible(&mut tx, ctx.tenant_id, member, conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    store::mark_read(
        &mut tx,
        ctx.tenant_id,
        conversation,
        member,
        seq.clamp(0, c.last_seq),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

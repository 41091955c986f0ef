//! Group chat: a conversation per org unit (members follow the org tree), custom groups and
//! direct messages; messages numbered per conversation so clients resume after any `seq`.
//!
//! Persist first, publish after commit: a send writes the message under the conversation's row
//! lock, commits, then announces `{conversation, message}` on the bus; subscribers read what is
//! new from the database, so they see every message once and in order.

pub mod groups;
pub mod hub;
mod members_store;
mod model;
pub mod moderation;
mod moderation_store;
pub mod rules;
pub mod setup;
mod sql_store;
mod store;

pub use members_store::ParticipantRow;
pub use model::{ConversationKind, MemberRole, WordAction};

use crate::db::TenantTx;
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
/// The bus topic of changed messages, e.g. recalled (subject: the conversation; id: the message).
pub const MESSAGE_CHANGED: &str = "message_changed";
/// The bus topic of changed conversations: settings, membership (subject: the conversation).
pub const CONVERSATION_CHANGED: &str = "conversation_changed";
/// The bus topic of a member placed elsewhere (subject: the member), whose org groups change.
pub const MEMBER_MOVED: &str = "member_moved";
/// The worker task that notifies every participant of an @all message.
pub const MENTION_ALL_TASK: &str = "chat_mention_all";

/// A conversation as one member sees it.
#[derive(Debug, Clone)]
pub struct ConversationRow {
    /// Id.
    pub id: Uuid,
    /// Org group, joint group, custom group or direct chat.
    pub kind: ConversationKind,
    /// The org unit of an org group.
    pub org_id: Option<Uuid>,
    /// The department of a joint group.
    pub department_id: Option<Uuid>,
    /// The units of a joint group (the department and its party, union and league units).
    pub unit_ids: Vec<Uuid>,
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
    /// The viewer administers it (group admin, officer of its unit, or tenant admin).
    pub viewer_is_admin: bool,
}

/// A message.
#[derive(Debug, Clone)]
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
    /// Who recalled it.
    pub recalled_by: Option<Uuid>,
    /// Members mentioned.
    pub mentions: Vec<Uuid>,
    /// @all.
    pub mention_all: bool,
    /// Attached file.
    pub file_id: Option<Uuid>,
    /// Its name.
    pub file_name: Option<String>,
    /// Its content type.
    pub file_type: Option<String>,
    /// Its size in bytes.
    pub file_size: Option<i64>,
    /// Its object key.
    pub file_key: Option<String>,
}

/// Whether active member `member` may read file `file` through chat: it is attached to a
/// message (not recalled) of a conversation they take part in. The files module asks this for
/// files that are not the viewer's own upload; chat keeps the rule (and its SQL) to itself.
pub(crate) async fn may_read_attachment(
    tx: &mut TenantTx,
    member: Uuid,
    file: Uuid,
) -> AppResult<bool> {
    Ok(sql_store::file_in_visible_message(tx, member, file).await?)
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
    let rows = store::page(&mut tx, member, after, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let keys: Vec<(Uuid, i64)> = page
        .items
        .iter()
        .filter(|c| c.last_seq > 0)
        .map(|c| (c.id, c.last_seq))
        .collect();
    let last = store::last_messages(&mut tx, &keys).await?;
    tx.commit().await?;
    Ok((
        page,
        last.into_iter().map(|m| (m.conversation_id, m)).collect(),
    ))
}

/// One of the viewer's conversations; any other reads as not found.
pub async fn conversation(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ConversationRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, row) = open(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(row)
}

/// Whether the actor moderates every conversation of the tenant (tenant admins).
async fn tenant_moderator(ctx: &Ctx, app: &App) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &crate::authz::Scope::Tenant, "chat", "moderate")
        .await
}

/// The viewer and one of their conversations (not found otherwise), with `viewer_is_admin`
/// also true for tenant admins.
pub(crate) async fn open(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<(Uuid, ConversationRow)> {
    let member = me(ctx)?;
    let mut row = store::visible(tx, member, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !row.viewer_is_admin && row.kind != ConversationKind::Direct {
        row.viewer_is_admin = tenant_moderator(ctx, app).await?;
    }
    Ok((member, row))
}

/// Publishes a bus event after commit.
pub(crate) async fn publish(app: &App, ctx: &Ctx, topic: &str, subject: Uuid, id: Uuid) {
    app.bus
        .publish(Event {
            tenant: ctx.tenant_id,
            topic: topic.to_string(),
            subject,
            id,
        })
        .await;
}

/// Read cursors of a small group, for "read by N of M".
#[derive(Debug, Clone)]
pub struct Readers {
    /// Each participant's read cursor.
    pub cursors: Vec<(Uuid, i64)>,
}

impl Readers {
    /// `(read, of)` for a message: participants other than the author who have read it.
    pub fn count(&self, row: &MessageRow) -> (i64, i64) {
        let of = self
            .cursors
            .iter()
            .filter(|(m, _)| *m != row.author_id)
            .count() as i64;
        (rules::read_by(row.seq, row.author_id, &self.cursors), of)
    }
}

/// A page of history with, in small groups, who has read it.
#[derive(Debug, Clone)]
pub struct History {
    /// Newest first.
    pub messages: Vec<MessageRow>,
    /// Present when the conversation has at most [`rules::READ_COUNT_MAX_MEMBERS`] members.
    pub readers: Option<Readers>,
}

/// A page of history, newest first, before `before_seq` (the newest when absent).
pub async fn messages(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    before_seq: Option<i64>,
    first: i64,
) -> AppResult<History> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let conv = store::visible(&mut tx, member, conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    let messages =
        store::messages_before(&mut tx, conversation, before_seq, first.clamp(1, 100)).await?;
    let readers = readers(&mut tx, conversation, conv.kind).await?;
    tx.commit().await?;
    Ok(History { messages, readers })
}

async fn readers(
    tx: &mut TenantTx,
    conversation: Uuid,
    kind: ConversationKind,
) -> AppResult<Option<Readers>> {
    let max = rules::READ_COUNT_MAX_MEMBERS;
    if members_store::more_than(tx, conversation, kind, max).await? {
        return Ok(None);
    }
    let cursors = members_store::read_cursors(tx, conversation).await?;
    Ok(Some(Readers { cursors }))
}

/// Messages of one conversation whose text contains `query`, newest first, before `before_seq`.
pub async fn search(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    query: &str,
    before_seq: Option<i64>,
    first: i64,
) -> AppResult<Vec<MessageRow>> {
    let pattern = rules::search_pattern(query)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    open(ctx, app, &mut tx, conversation).await?;
    let rows = moderation_store::search(
        &mut tx,
        conversation,
        &pattern,
        before_seq,
        first.clamp(1, 50),
    )
    .await?;
    tx.commit().await?;
    Ok(rows)
}

/// One message of one of the viewer's conversations.
pub async fn message(ctx: &Ctx, app: &App, conversation: Uuid, id: Uuid) -> AppResult<MessageRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    open(ctx, app, &mut tx, conversation).await?;
    let row = store::message(&mut tx, id).await?;
    tx.commit().await?;
    if row.conversation_id != conversation {
        return Err(AppError::NotFound);
    }
    Ok(row)
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
    if !store::can_read(&mut tx, member, conversation).await? {
        return Err(AppError::NotFound);
    }
    let rows = store::messages_after(&mut tx, conversation, after_seq, limit).await?;
    tx.commit().await?;
    Ok(rows)
}

/// A message to send.
#[derive(Debug, Clone, Default)]
pub struct Send<'a> {
    /// Conversation.
    pub conversation: Uuid,
    /// Text.
    pub body: &'a str,
    /// The client's idempotency key.
    pub client_message_id: &'a str,
    /// The message it replies to.
    pub reply_to_seq: Option<i64>,
    /// Members mentioned (they must take part).
    pub mentions: &'a [Uuid],
    /// @all (admins only).
    pub mention_all: bool,
    /// An uploaded file to attach.
    pub file: Option<Uuid>,
}

/// The payload of [`MENTION_ALL_TASK`].
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct MentionAllJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Conversation.
    pub conversation_id: Uuid,
    /// The message.
    pub seq: i64,
}

/// Sends a message; the same `client_message_id` from the same author stores one message and
/// returns it again. Mentioned members (and the other side of a direct chat) are notified in
/// the same transaction; @all is notified by a job.
pub async fn send(ctx: &Ctx, app: &App, input: &Send<'_>) -> AppResult<MessageRow> {
    let body = if input.file.is_some() {
        rules::Body::parse_caption(input.body)?
    } else {
        rules::Body::parse(input.body)?
    };
    let client_id = rules::client_message_id(input.client_message_id)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (member, conv) = open(ctx, app, &mut tx, input.conversation).await?;
    let last_seq = store::lock(&mut tx, input.conversation).await?;
    if let Some(existing) =
        store::by_client_id(&mut tx, input.conversation, member, client_id).await?
    {
        tx.commit().await?;
        return Ok(existing);
    }
    if conv.broadcast_only && !conv.viewer_is_admin {
        return Err(AppError::Denied("本群仅管理员可以发言".into()));
    }
    if let Some(until) = members_store::muted(&mut tx, input.conversation, member).await? {
        return Err(AppError::Denied(match until {
            Some(t) => format!("您已被禁言，至 {} 解除", t.format("%Y-%m-%d %H:%M UTC")),
            None => "您已被禁言，直到管理员解除".into(),
        }));
    }
    if input.mention_all && !conv.viewer_is_admin {
        return Err(AppError::Denied("只有群管理员可以 @所有人".into()));
    }
    if let Some(r) = input.reply_to_seq
        && !(1..=last_seq).contains(&r)
    {
        return Err(AppError::field("replyToSeq", "回复的消息不存在"));
    }
    let words = moderation_store::words(&mut tx).await?;
    let text = rules::moderate(body.as_str(), &words)?;
    let mentioned = if input.mentions.is_empty() {
        Vec::new()
    } else {
        members_store::among(&mut tx, input.conversation, input.mentions).await?
    };
    if let Some(file) = input.file {
        crate::files::attachable(&mut tx, member, file).await?;
    }
    let id = store::insert(
        &mut tx,
        &store::NewMessage {
            conversation: input.conversation,
            seq: last_seq + 1,
            author: member,
            body: &text,
            client_id,
            reply_to: input.reply_to_seq,
            mentions: &mentioned,
            mention_all: input.mention_all,
            file: input.file,
        },
    )
    .await?;
    let row = store::message(&mut tx, id).await?;
    store::mark_read(&mut tx, input.conversation, member, row.seq).await?;
    let written = notify_recipients(&mut tx, app, &conv, &row).await?;
    if input.mention_all {
        crate::jobs::enqueue(
            &mut tx,
            MENTION_ALL_TASK,
            &MentionAllJob {
                tenant_id: ctx.tenant_id,
                conversation_id: input.conversation,
                seq: row.seq,
            },
            &crate::jobs::JobOptions::default(),
        )
        .await?;
    }
    tx.commit().await?;
    publish(app, ctx, MESSAGE_ADDED, row.conversation_id, row.id).await;
    crate::notify::announce(app, ctx.tenant_id, &written).await;
    Ok(row)
}

/// A short preview of a message for notifications.
fn preview(row: &MessageRow) -> String {
    let text: String = row.body.chars().take(100).collect();
    match (&row.file_name, text.is_empty()) {
        (Some(name), true) => format!("[文件] {name}"),
        _ => text,
    }
}

/// Notifies the mentioned, and the other side of a direct chat; returns what was written.
async fn notify_recipients(
    tx: &mut TenantTx,
    app: &App,
    conv: &ConversationRow,
    row: &MessageRow,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let detail = serde_json::json!({ "conversationId": conv.id, "seq": row.seq });
    let body = preview(row);
    let mut targets: Vec<(Uuid, &str, String)> = row
        .mentions
        .iter()
        .filter(|m| **m != row.author_id)
        .map(|m| {
            (
                *m,
                "MENTION",
                format!("{} 在「{}」中提到了您", row.author_name, conv.title),
            )
        })
        .collect();
    if conv.kind == ConversationKind::Direct {
        let others = members_store::ids_after(tx, conv.id, Uuid::nil(), 2).await?;
        for other in others.into_iter().filter(|m| *m != row.author_id) {
            if !targets.iter().any(|t| t.0 == other) {
                targets.push((
                    other,
                    "DIRECT_MESSAGE",
                    format!("{} 给您发来私信", row.author_name),
                ));
            }
        }
    }
    let mut written = Vec::new();
    for (member, kind, title) in targets {
        let key = format!("chat:{}:{}:{member}", conv.id, row.seq);
        let n = crate::notify::NewNotification {
            member_id: member,
            kind,
            title: &title,
            body: &body,
            dedupe_key: Some(&key),
            detail: detail.clone(),
        };
        if let Some(id) = crate::notify::write(tx, app, &n).await? {
            written.push((member, id));
        }
    }
    Ok(written)
}

/// Runs [`MENTION_ALL_TASK`]: notifies every participant but the author, in batches of 500,
/// each batch committed and announced; a retry skips what was written (dedupe keys).
pub async fn notify_mention_all(app: &App, job: &MentionAllJob) -> AppResult<usize> {
    let ctx = Ctx::system(job.tenant_id);
    let mut after = Uuid::nil();
    let mut total = 0;
    loop {
        let mut tx = app.db.begin_tenant(&ctx).await?;
        let Some(row) = store::message_at(&mut tx, job.conversation_id, job.seq).await? else {
            return Ok(total);
        };
        // Recalled since: nobody more is told.
        if row.recalled_at.is_some() {
            return Ok(total);
        }
        let title: String = store::title(&mut tx, job.conversation_id).await?;
        let batch = members_store::ids_after(&mut tx, job.conversation_id, after, 500).await?;
        let Some(last) = batch.last().copied() else {
            tx.commit().await?;
            return Ok(total);
        };
        let detail = serde_json::json!({ "conversationId": job.conversation_id, "seq": job.seq });
        let heading = format!("{} 在「{title}」中 @所有人", row.author_name);
        let body = preview(&row);
        let mut written = Vec::new();
        for member in batch.into_iter().filter(|m| *m != row.author_id) {
            let key = format!("chat:{}:{}:{member}", job.conversation_id, job.seq);
            let n = crate::notify::NewNotification {
                member_id: member,
                kind: "MENTION",
                title: &heading,
                body: &body,
                dedupe_key: Some(&key),
                detail: detail.clone(),
            };
            if let Some(id) = crate::notify::write(&mut tx, app, &n).await? {
                written.push((member, id));
            }
        }
        tx.commit().await?;
        total += written.len();
        crate::notify::announce(app, job.tenant_id, &written).await;
        after = last;
    }
}

/// Moves the viewer's read cursor forward to `seq` (never back).
pub async fn mark_read(ctx: &Ctx, app: &App, conversation: Uuid, seq: i64) -> AppResult<()> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = store::visible(&mut tx, member, conversation)
        .await?
        .ok_or(AppError::NotFound)?;
    store::mark_read(&mut tx, conversation, member, seq.clamp(0, c.last_seq)).await?;
    tx.commit().await?;
    Ok(())
}

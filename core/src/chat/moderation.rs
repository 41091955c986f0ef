//! Keeping conversations in order: recall, mutes, reports to moderators and the tenant's
//! sensitive-word list.

use super::{
    MESSAGE_CHANGED, MessageRow, members_store, moderation_store, open, publish, rules, store,
};
use crate::{App, AppError, AppResult, Ctx, audit};
use chrono::Utc;
use uuid::Uuid;

/// Recalls a message: its text and attachment disappear for everyone and a placeholder stays.
/// Senders may recall for 2 minutes, admins at any time. Recalling twice is not an error.
pub async fn recall(ctx: &Ctx, app: &App, conversation: Uuid, seq: i64) -> AppResult<MessageRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (viewer, conv) = open(ctx, app, &mut tx, conversation).await?;
    let msg = store::message_at(&mut tx, conversation, seq)
        .await?
        .ok_or(AppError::NotFound)?;
    if msg.recalled_at.is_some() {
        tx.commit().await?;
        return Ok(msg);
    }
    rules::may_recall(
        msg.author_id == viewer,
        conv.viewer_is_admin,
        msg.created_at,
        Utc::now(),
    )?;
    moderation_store::recall(&mut tx, conversation, seq, viewer).await?;
    audit::object(&mut tx, ctx, "chat.message.recall", "message", msg.id, serde_json::json!({ "conversation": conversation, "seq": seq, "byAuthor": msg.author_id == viewer }))
    .await?;
    let row = store::message_at(&mut tx, conversation, seq)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    publish(app, ctx, MESSAGE_CHANGED, conversation, row.id).await;
    Ok(row)
}

/// Mutes a participant for `minutes` (until lifted when absent); admins only, and an admin
/// cannot be muted.
pub async fn mute(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    member: Uuid,
    minutes: Option<i32>,
) -> AppResult<()> {
    let until = rules::mute_until(Utc::now(), minutes)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (viewer, conv) = open(ctx, app, &mut tx, conversation).await?;
    if !conv.viewer_is_admin || conv.kind == super::ConversationKind::Direct {
        return Err(AppError::Denied("只有群管理员可以禁言".into()));
    }
    if member == viewer {
        return Err(AppError::field("memberId", "不能禁言自己"));
    }
    if members_store::among(&mut tx, conversation, &[member])
        .await?
        .is_empty()
    {
        return Err(AppError::NotFound);
    }
    if members_store::admins(&mut tx, conversation)
        .await?
        .contains(&member)
    {
        return Err(AppError::Denied("不能禁言群管理员".into()));
    }
    members_store::mute(&mut tx, conversation, member, until, viewer).await?;
    audit::object(
        &mut tx,
        ctx,
        "chat.mute",
        "conversation",
        conversation,
        serde_json::json!({ "member": member, "until": until }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Lifts a mute; admins only.
pub async fn unmute(ctx: &Ctx, app: &App, conversation: Uuid, member: Uuid) -> AppResult<()> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, conv) = open(ctx, app, &mut tx, conversation).await?;
    if !conv.viewer_is_admin {
        return Err(AppError::Denied("只有群管理员可以解除禁言".into()));
    }
    members_store::unmute(&mut tx, conversation, member).await?;
    audit::object(
        &mut tx,
        ctx,
        "chat.unmute",
        "conversation",
        conversation,
        serde_json::json!({ "member": member }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Reports a message to the conversation's moderators, who get a `MESSAGE_REPORT`
/// notification naming the conversation and the message. Reporting again changes nothing.
pub async fn report(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    seq: i64,
    reason: &str,
) -> AppResult<()> {
    let reason = rules::report_reason(reason)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (viewer, conv) = open(ctx, app, &mut tx, conversation).await?;
    let msg = store::message_at(&mut tx, conversation, seq)
        .await?
        .ok_or(AppError::NotFound)?;
    if !moderation_store::report(&mut tx, conversation, seq, viewer, &reason).await? {
        tx.commit().await?;
        return Ok(());
    }
    let moderators = members_store::admins(&mut tx, conversation).await?;
    let title = format!("「{}」中有消息被举报", conv.title);
    let body = format!(
        "{} 的消息 #{}：{}\n举报理由：{reason}",
        msg.author_name,
        msg.seq,
        msg.body.chars().take(100).collect::<String>()
    );
    let detail = serde_json::json!({ "conversationId": conversation, "seq": seq });
    let mut written = Vec::new();
    for m in moderators.into_iter().filter(|m| *m != viewer) {
        let key = format!("report:{conversation}:{seq}:{viewer}:{m}");
        let n = crate::notify::NewNotification {
            member_id: m,
            kind: "MESSAGE_REPORT",
            title: &title,
            body: &body,
            dedupe_key: Some(&key),
            detail: detail.clone(),
        };
        if let Some(id) = crate::notify::write(&mut tx, app, &n).await? {
            written.push((m, id));
        }
    }
    audit::object(
        &mut tx,
        ctx,
        "chat.message.report",
        "message",
        msg.id,
        serde_json::json!({ "conversation": conversation, "seq": seq }),
    )
    .await?;
    tx.commit().await?;
    crate::notify::announce(app, ctx.tenant_id, &written).await;
    Ok(())
}

async fn require_word_admin(ctx: &Ctx, app: &App) -> AppResult<()> {
    app.authz
        .require(ctx, &crate::authz::Scope::Tenant, "chat", "moderate")
        .await
}

/// The tenant's sensitive words (tenant admins only).
pub async fn words(ctx: &Ctx, app: &App) -> AppResult<Vec<rules::Word>> {
    require_word_admin(ctx, app).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = moderation_store::words(&mut tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Adds a sensitive word or changes its action (tenant admins only).
pub async fn set_word(
    ctx: &Ctx,
    app: &App,
    word: &str,
    action: super::WordAction,
) -> AppResult<rules::Word> {
    require_word_admin(ctx, app).await?;
    let word = rules::word(word)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    moderation_store::set_word(&mut tx, &word, action).await?;
    audit::record(
        &mut tx,
        ctx,
        audit::Entry {
            action: "chat.word.set",
            object_type: "chat_word",
            object_id: Some(word.clone()),
            detail: serde_json::json!({ "action": action.as_str() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(rules::Word { word, action })
}

/// Removes a sensitive word (tenant admins only).
pub async fn remove_word(ctx: &Ctx, app: &App, word: &str) -> AppResult<()> {
    require_word_admin(ctx, app).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !moderation_store::remove_word(&mut tx, word.trim()).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        ctx,
        audit::Entry {
            action: "chat.word.remove",
            object_type: "chat_word",
            object_id: Some(word.trim().to_string()),
            detail: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A message as the moderation queue records it when reported.
#[derive(Debug, Clone)]
pub(crate) struct Reportable {
    /// Its conversation.
    pub conversation_id: Uuid,
    /// The org whose queue gets it: the org group's unit or the joint group's department
    /// (none for custom groups and direct chats).
    pub org_id: Option<Uuid>,
    /// Its author.
    pub author_id: Uuid,
    /// Its text.
    pub body: String,
}

/// A message the viewer may read and report: in a conversation they take part in, not
/// recalled or hidden; `NOT_FOUND` otherwise.
pub(crate) async fn reportable(
    ctx: &Ctx,
    app: &App,
    tx: &mut crate::db::TenantTx,
    message: Uuid,
) -> AppResult<Reportable> {
    let conversation = moderation_store::conversation_of(tx, message)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, conv) = open(ctx, app, tx, conversation).await?;
    let msg = store::message(tx, message).await?;
    if msg.recalled_at.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(Reportable {
        conversation_id: conversation,
        org_id: conv.org_id.or(conv.department_id),
        author_id: msg.author_id,
        body: msg.body,
    })
}

/// Hides a message for moderation through the recall path (members read neither its text nor
/// its file), keeping the text so that a moderator may restore it. Returns the conversation
/// when the message changed.
pub(crate) async fn hide_in(
    tx: &mut crate::db::TenantTx,
    message: Uuid,
    by: Option<Uuid>,
) -> AppResult<Option<Uuid>> {
    Ok(moderation_store::hide(tx, message, by).await?)
}

/// Shows a message hidden by moderation again (a message its author recalled stays
/// recalled). Returns the conversation when the message changed.
pub(crate) async fn unhide_in(
    tx: &mut crate::db::TenantTx,
    message: Uuid,
) -> AppResult<Option<Uuid>> {
    Ok(moderation_store::unhide(tx, message).await?)
}

/// Tells live readers a message was hidden or shown again (after the commit).
pub(crate) async fn announce_changed(app: &App, tenant: Uuid, conversation: Uuid, message: Uuid) {
    app.bus
        .publish(crate::bus::Event {
            tenant,
            topic: MESSAGE_CHANGED.to_string(),
            subject: conversation,
            id: message,
        })
        .await;
}

//! Custom groups, direct chats and joint department groups: creating them, their members and
//! admins, and group settings (title, broadcast-only, pinned notice).

use super::{
    CONVERSATION_CHANGED, ConversationKind, ConversationRow, MemberRole, ParticipantRow, me,
    members_store, open, publish, rules,
};
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx, audit};
use uuid::Uuid;

/// Most members a custom group takes at creation or in one addition.
pub const MAX_ADD: usize = 500;

fn distinct_others(me: Uuid, ids: &[Uuid]) -> AppResult<Vec<Uuid>> {
    let mut out: Vec<Uuid> = ids.iter().copied().filter(|m| *m != me).collect();
    out.sort();
    out.dedup();
    if out.len() > MAX_ADD {
        return Err(AppError::field(
            "memberIds",
            format!("一次最多添加 {MAX_ADD} 人"),
        ));
    }
    Ok(out)
}

/// Creates a custom group with the viewer as its admin and the given members.
pub async fn create_group(
    ctx: &Ctx,
    app: &App,
    title: &str,
    members: &[Uuid],
    broadcast_only: bool,
) -> AppResult<ConversationRow> {
    let creator = me(ctx)?;
    let title = rules::title(title)?;
    let others = distinct_others(creator, members)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let found = members_store::active_members(&mut tx, &others).await?;
    if found.len() != others.len() {
        return Err(AppError::field("memberIds", "部分成员不存在或已停用"));
    }
    let id = members_store::create(&mut tx, ConversationKind::Group, &title, None, creator).await?;
    members_store::add(&mut tx, id, &[creator], MemberRole::Admin).await?;
    members_store::add(&mut tx, id, &others, MemberRole::Member).await?;
    if broadcast_only {
        members_store::update(&mut tx, id, None, Some(true), None).await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "chat.group.create",
        "conversation",
        id,
        serde_json::json!({ "members": others.len() + 1 }),
    )
    .await?;
    let (_, row) = open(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(row)
}

/// The direct conversation between the viewer and another active member, created on first use.
pub async fn open_direct(ctx: &Ctx, app: &App, other: Uuid) -> AppResult<ConversationRow> {
    let viewer = me(ctx)?;
    if other == viewer {
        return Err(AppError::field("memberId", "不能和自己私聊"));
    }
    let key = rules::direct_key(viewer, other);
    let mut tx = app.db.begin_tenant(ctx).await?;
    if members_store::active_members(&mut tx, &[other])
        .await?
        .is_empty()
    {
        return Err(AppError::NotFound);
    }
    let id = match members_store::direct(&mut tx, &key).await? {
        Some(id) => id,
        None => {
            // Two first messages at once: the unique key lets one insert win; the other reads it.
            members_store::lock_key(&mut tx, &key).await?;
            match members_store::direct(&mut tx, &key).await? {
                Some(id) => id,
                None => {
                    let id = members_store::create(
                        &mut tx,
                        ConversationKind::Direct,
                        "私聊",
                        Some(&key),
                        viewer,
                    )
                    .await?;
                    members_store::add(&mut tx, id, &[viewer, other], MemberRole::Member).await?;
                    id
                }
            }
        }
    };
    let (_, row) = open(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(row)
}

/// Creates a department's joint group (党工团一体化群) over the department and its party,
/// union and league units: whoever is placed in any of them takes part. Needs org write
/// permission on the department.
pub async fn create_joint_group(
    ctx: &Ctx,
    app: &App,
    department: Uuid,
    units: &[Uuid],
    title: &str,
) -> AppResult<ConversationRow> {
    let creator = me(ctx)?;
    let title = rules::title(title)?;
    let mut all: Vec<Uuid> = units.iter().copied().chain([department]).collect();
    all.sort();
    all.dedup();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let found = crate::org::store::by_ids(&mut tx, &all).await?;
    let Some(dept) = found.iter().find(|o| o.id == department) else {
        return Err(AppError::NotFound);
    };
    app.authz
        .require_visible(
            ctx,
            &crate::authz::Scope::Org(dept.path.clone()),
            crate::authz::catalog::ORG,
            "write",
        )
        .await?;
    if found.len() != all.len() || found.iter().any(|o| o.archived_at.is_some()) {
        return Err(AppError::field("unitIds", "部分组织不存在或已撤销"));
    }
    if dept.line.0 != crate::org::model::Line::Admin {
        return Err(AppError::field("departmentId", "一体化群应建在行政部门上"));
    }
    let id = members_store::create_joint(&mut tx, department, &all, &title, creator).await?;
    audit::object(
        &mut tx,
        ctx,
        "chat.joint.create",
        "conversation",
        id,
        serde_json::json!({ "department": department, "units": all }),
    )
    .await?;
    let row = super::store::visible(&mut tx, creator, id).await?;
    tx.commit().await?;
    // The creator may administer the department without being placed in it.
    row.ok_or_else(|| AppError::Conflict("一体化群已建立，但您不在其成员范围内".into()))
}

/// An admin action on a custom group; org and joint groups follow the org tree instead.
async fn custom_admin(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    conversation: Uuid,
) -> AppResult<ConversationRow> {
    let (_, row) = open(ctx, app, tx, conversation).await?;
    if row.kind != ConversationKind::Group {
        return Err(AppError::Denied(
            "组织群和一体化群的成员随组织架构自动变化，不能手动增减".into(),
        ));
    }
    if !row.viewer_is_admin {
        return Err(AppError::Denied("只有群管理员可以管理成员".into()));
    }
    Ok(row)
}

/// Adds members to a custom group (admins only).
pub async fn add_members(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    members: &[Uuid],
) -> AppResult<u64> {
    let viewer = me(ctx)?;
    let others = distinct_others(viewer, members)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    custom_admin(ctx, app, &mut tx, conversation).await?;
    let found = members_store::active_members(&mut tx, &others).await?;
    if found.len() != others.len() {
        return Err(AppError::field("memberIds", "部分成员不存在或已停用"));
    }
    let added = members_store::add(&mut tx, conversation, &others, MemberRole::Member).await?;
    audit::object(
        &mut tx,
        ctx,
        "chat.group.add",
        "conversation",
        conversation,
        serde_json::json!({ "members": others }),
    )
    .await?;
    tx.commit().await?;
    publish(app, ctx, CONVERSATION_CHANGED, conversation, conversation).await;
    Ok(added)
}

/// Removes a member from a custom group: admins remove anyone, members remove themselves
/// (leave). The last admin cannot leave while others remain.
pub async fn remove_member(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    member: Uuid,
) -> AppResult<()> {
    let viewer = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if member == viewer {
        let (_, row) = open(ctx, app, &mut tx, conversation).await?;
        if row.kind != ConversationKind::Group {
            return Err(AppError::Denied("只能退出自建的群聊".into()));
        }
    } else {
        custom_admin(ctx, app, &mut tx, conversation).await?;
    }
    if !members_store::remove(&mut tx, conversation, member).await? {
        return Err(AppError::NotFound);
    }
    let remaining = members_store::count(&mut tx, conversation).await?;
    if remaining > 0 && members_store::admin_count(&mut tx, conversation).await? == 0 {
        return Err(AppError::Denied("请先指定其他群管理员再退出".into()));
    }
    audit::object(
        &mut tx,
        ctx,
        "chat.group.remove",
        "conversation",
        conversation,
        serde_json::json!({ "member": member }),
    )
    .await?;
    tx.commit().await?;
    // Subscribers re-check access on this event, so the removed member stops receiving.
    publish(app, ctx, CONVERSATION_CHANGED, conversation, member).await;
    Ok(())
}

/// Makes a member of a custom group an admin, or a plain member again.
pub async fn set_admin(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    member: Uuid,
    admin: bool,
) -> AppResult<()> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    custom_admin(ctx, app, &mut tx, conversation).await?;
    let role = if admin {
        MemberRole::Admin
    } else {
        MemberRole::Member
    };
    if !members_store::set_role(&mut tx, conversation, member, role).await? {
        return Err(AppError::NotFound);
    }
    if members_store::admin_count(&mut tx, conversation).await? == 0 {
        return Err(AppError::Denied("群里至少要有一位管理员".into()));
    }
    audit::object(
        &mut tx,
        ctx,
        "chat.group.role",
        "conversation",
        conversation,
        serde_json::json!({ "member": member, "role": role }),
    )
    .await?;
    tx.commit().await?;
    publish(app, ctx, CONVERSATION_CHANGED, conversation, conversation).await;
    Ok(())
}

/// Changes to a conversation's settings; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default)]
pub struct Settings<'a> {
    /// New title (custom groups only; org groups carry their unit's name).
    pub title: Option<&'a str>,
    /// Only admins post.
    pub broadcast_only: Option<bool>,
    /// New pinned notice; an empty text clears it.
    pub pinned_notice: Option<&'a str>,
}

/// Changes title, broadcast-only or the pinned notice (群公告); admins only.
pub async fn update(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    settings: &Settings<'_>,
) -> AppResult<ConversationRow> {
    let title = settings.title.map(rules::title).transpose()?;
    let notice = settings
        .pinned_notice
        .map(rules::pinned_notice)
        .transpose()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, row) = open(ctx, app, &mut tx, conversation).await?;
    if !row.viewer_is_admin {
        return Err(AppError::Denied("只有群管理员可以修改群设置".into()));
    }
    if title.is_some() && row.kind != ConversationKind::Group {
        return Err(AppError::field("title", "组织群的名称随组织名称变化"));
    }
    members_store::update(
        &mut tx,
        conversation,
        title.as_deref(),
        settings.broadcast_only,
        notice.as_ref().map(|n| n.as_deref()),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "chat.settings",
        "conversation",
        conversation,
        serde_json::json!({
            "title": title,
            "broadcastOnly": settings.broadcast_only,
            "pinnedNotice": settings.pinned_notice.is_some(),
        }),
    )
    .await?;
    let (_, row) = open(ctx, app, &mut tx, conversation).await?;
    tx.commit().await?;
    publish(app, ctx, CONVERSATION_CHANGED, conversation, conversation).await;
    Ok(row)
}

/// The participants of one of the viewer's conversations, admins first, and how many in all.
pub async fn participants(
    ctx: &Ctx,
    app: &App,
    conversation: Uuid,
    offset: i64,
    limit: i64,
) -> AppResult<(Vec<ParticipantRow>, i64)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    open(ctx, app, &mut tx, conversation).await?;
    let rows =
        members_store::page(&mut tx, conversation, offset.max(0), limit.clamp(1, 200)).await?;
    let total = members_store::count(&mut tx, conversation).await?;
    tx.commit().await?;
    Ok((rows, total))
}

//! Reporting content and working the queue.

use super::model::{ActionRow, ContentKind, ItemRow, ItemStatus, ModerationAction, ReportRow};
use super::{CATEGORY, rules, store};
use crate::authz::Scope;
use crate::db::TenantTx;
use crate::idea::rules::{optional, required};
use crate::notify::{self, NewNotification};
use crate::page::{Page, PageArgs};
use crate::{App, AppError, AppResult, Ctx, audit};
use serde_json::json;
use uuid::Uuid;

/// The Casbin object of moderation.
pub const OBJECT: &str = "moderation";

/// What a report did.
#[derive(Debug, Clone, Copy)]
pub struct ReportOutcome {
    /// Whether this is the member's first report of the item (again changes nothing).
    pub new_report: bool,
    /// Whether the content is hidden now.
    pub hidden: bool,
}

/// An item with its reports and decisions, for moderators.
#[derive(Debug, Clone)]
pub struct ItemView {
    /// The item.
    pub row: ItemRow,
    /// Its reports, oldest first.
    pub reports: Vec<ReportRow>,
    /// Its decisions, oldest first.
    pub actions: Vec<ActionRow>,
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The org, author and text of a piece of content the viewer may read.
async fn resolve(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    kind: ContentKind,
    id: Uuid,
) -> AppResult<(Uuid, Uuid, String, Option<Uuid>)> {
    match kind {
        ContentKind::Idea => {
            let r = crate::idea::service::reportable_idea(ctx, app, tx, id).await?;
            Ok((r.org_id, r.author_id, r.excerpt, None))
        }
        ContentKind::IdeaComment => {
            let r = crate::idea::service::reportable_comment(ctx, app, tx, id).await?;
            Ok((r.org_id, r.author_id, r.excerpt, None))
        }
        ContentKind::ArticleComment => {
            let (org, author, excerpt) =
                crate::publishing::reportable_comment(ctx, app, tx, id).await?;
            Ok((org, author, excerpt, None))
        }
        ContentKind::ChatMessage => {
            let m = crate::chat::moderation::reportable(ctx, app, tx, id).await?;
            let org = match m.org_id {
                Some(o) => o,
                None => store::root_org(tx).await?.ok_or(AppError::NotFound)?,
            };
            Ok((org, m.author_id, m.body, Some(m.conversation_id)))
        }
    }
}

/// Hides or shows content; returns the conversation of a chat message that changed.
async fn set_hidden(
    tx: &mut TenantTx,
    kind: ContentKind,
    id: Uuid,
    hidden: bool,
    by: Option<Uuid>,
) -> AppResult<Option<Uuid>> {
    match kind {
        ContentKind::Idea => {
            crate::idea::service::set_hidden(tx, false, id, hidden).await?;
            Ok(None)
        }
        ContentKind::IdeaComment => {
            crate::idea::service::set_hidden(tx, true, id, hidden).await?;
            Ok(None)
        }
        ContentKind::ArticleComment => {
            crate::publishing::set_comment_hidden(tx, id, hidden, by).await?;
            Ok(None)
        }
        ContentKind::ChatMessage => {
            if hidden {
                crate::chat::moderation::hide_in(tx, id, by).await
            } else {
                crate::chat::moderation::unhide_in(tx, id).await
            }
        }
    }
}

async fn tell(
    tx: &mut TenantTx,
    app: &App,
    members: &[Uuid],
    key: &str,
    title: &str,
    body: &str,
    detail: serde_json::Value,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut written = Vec::new();
    for m in members {
        let k = format!("{key}:{m}");
        if let Some(n) = notify::write(
            tx,
            app,
            &NewNotification {
                member_id: *m,
                kind: CATEGORY,
                title,
                body,
                dedupe_key: Some(&k),
                detail: detail.clone(),
            },
        )
        .await?
        {
            written.push((*m, n));
        }
    }
    Ok(written)
}

/// Reports a chat message, an idea or a comment the reporter may read (not their own): once
/// per member and item; the item is hidden when its pending reports reach the tenant's
/// threshold, exactly once however many reports arrive together.
pub async fn report(
    ctx: &Ctx,
    app: &App,
    kind: ContentKind,
    id: Uuid,
    reason: &str,
) -> AppResult<ReportOutcome> {
    let reporter = me(ctx)?;
    let reason = required("reason", reason, rules::MAX_REASON, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (org, author, excerpt, conversation) = resolve(ctx, app, &mut tx, kind, id).await?;
    if author == reporter {
        return Err(AppError::Denied("不能举报自己发布的内容".into()));
    }
    let rule = crate::statute::get_in(&mut tx, rules::RULE).await?;
    let threshold = rules::threshold(rule.effective());
    let item = store::ensure_item(&mut tx, kind, id, org, author, &excerpt).await?;
    if !store::insert_report(&mut tx, item, reporter, &reason).await? {
        let row = store::get(&mut tx, item).await?.ok_or(AppError::NotFound)?;
        tx.commit().await?;
        return Ok(ReportOutcome {
            new_report: false,
            hidden: row.hidden,
        });
    }
    let (pending, hidden) = store::count_report(&mut tx, item).await?;
    let mut changed = None;
    let now_hidden = if rules::auto_hides(pending, threshold, hidden) {
        changed = set_hidden(&mut tx, kind, id, true, None).await?;
        store::set_state(&mut tx, item, ItemStatus::Hidden, true, false).await?;
        store::insert_action(&mut tx, item, ModerationAction::AutoHide, None, None).await?;
        true
    } else {
        hidden
    };
    let mut written = Vec::new();
    if pending == 1 || (now_hidden && !hidden) {
        let officers = crate::org::officers(&mut tx, org).await?;
        let title = if now_hidden && !hidden {
            format!("有内容被 {pending} 人举报，已自动隐藏待复核")
        } else {
            "有内容被举报，请处理".to_string()
        };
        let body = excerpt.chars().take(100).collect::<String>();
        let key = format!("moderation:{item}:{pending}:{now_hidden}");
        written = tell(
            &mut tx,
            app,
            &officers,
            &key,
            &title,
            &body,
            json!({ "moderationItemId": item, "orgId": org }),
        )
        .await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "moderation.report",
        "moderation_item",
        item,
        json!({ "kind": kind.as_str(), "content": id, "autoHidden": now_hidden && !hidden }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    if let (Some(conv), Some(_)) = (conversation, changed) {
        crate::chat::moderation::announce_changed(app, ctx.tenant_id(), conv, id).await;
    }
    Ok(ReportOutcome {
        new_report: true,
        hidden: now_hidden,
    })
}

async fn may(ctx: &Ctx, app: &App, tx: &mut TenantTx, org: Uuid, act: &str) -> AppResult<bool> {
    let Some(o) = crate::org::store::get(tx, org).await? else {
        return Ok(false);
    };
    app.authz
        .allowed(ctx, &Scope::Org(o.path), OBJECT, act)
        .await
}

async fn views(tx: &mut TenantTx, rows: Vec<ItemRow>) -> AppResult<Vec<ItemView>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let reports = store::reports(tx, &ids).await?;
    let actions = store::actions(tx, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| ItemView {
            reports: reports
                .iter()
                .filter(|r| r.item_id == row.id)
                .cloned()
                .collect(),
            actions: actions
                .iter()
                .filter(|a| a.item_id == row.id)
                .cloned()
                .collect(),
            row,
        })
        .collect())
}

/// An org's moderation queue (`moderation:read` there), newest first.
pub async fn queue(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    status: Option<ItemStatus>,
    page: &PageArgs,
) -> AppResult<Page<ItemView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !may(ctx, app, &mut tx, org, "read").await? {
        return Err(AppError::NotFound);
    }
    let rows = store::page(&mut tx, org, status, page.after_uuid()?, page.limit()).await?;
    let page_rows = Page::from_fetch(rows, page);
    let items = views(&mut tx, page_rows.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page_rows.has_next,
    })
}

/// One item (`moderation:read` at its org).
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ItemView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if !may(ctx, app, &mut tx, row.org_id, "read").await? {
        return Err(AppError::NotFound);
    }
    let mut v = views(&mut tx, vec![row]).await?;
    tx.commit().await?;
    v.pop().ok_or(AppError::NotFound)
}

/// Takes a moderator's action on an item (`moderation:write` at its org): dismiss the reports
/// (the content is shown), hide, warn the author (a notification with the note) or restore.
/// Recorded with who, when and the note, and audited.
pub async fn act(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    action: ModerationAction,
    note: Option<&str>,
) -> AppResult<ItemView> {
    let actor = me(ctx)?;
    let note = optional("note", note, rules::MAX_NOTE)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if !may(ctx, app, &mut tx, row.org_id, "read").await?
        || !may(ctx, app, &mut tx, row.org_id, "write").await?
    {
        return Err(AppError::NotFound);
    }
    let (status, hidden) =
        rules::apply(row.status, row.hidden, action).map_err(AppError::Conflict)?;
    let mut changed = None;
    if hidden != row.hidden {
        changed = set_hidden(&mut tx, row.kind, row.content_id, hidden, Some(actor)).await?;
    }
    let reset = action != ModerationAction::WarnAuthor;
    store::set_state(&mut tx, id, status, hidden, reset).await?;
    store::insert_action(&mut tx, id, action, Some(actor), note.as_deref()).await?;
    let mut written = Vec::new();
    if action == ModerationAction::WarnAuthor {
        let body = note
            .clone()
            .unwrap_or_else(|| "您发布的内容被举报，请遵守本单位网上交流规范。".into());
        let key = format!("moderation-warn:{id}:{}", crate::new_id());
        written = tell(
            &mut tx,
            app,
            &[row.author_id],
            &key,
            "内容管理提醒",
            &body,
            json!({ "moderationItemId": id, "kind": row.kind.as_str() }),
        )
        .await?;
    }
    audit::object(
        &mut tx,
        ctx,
        match action {
            ModerationAction::Dismiss => "moderation.dismiss",
            ModerationAction::Hide => "moderation.hide",
            ModerationAction::WarnAuthor => "moderation.warn",
            ModerationAction::Restore => "moderation.restore",
            ModerationAction::AutoHide => "moderation.auto_hide",
        },
        "moderation_item",
        id,
        json!({ "kind": row.kind.as_str(), "content": row.content_id, "note": note }),
    )
    .await?;
    let row2 = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let mut v = views(&mut tx, vec![row2]).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    if let Some(conv) = changed {
        crate::chat::moderation::announce_changed(app, ctx.tenant_id(), conv, row.content_id).await;
    }
    v.pop().ok_or(AppError::NotFound)
}

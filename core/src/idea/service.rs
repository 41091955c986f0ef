//! Idea actions: submitting, supporting, commenting and handling, and what each viewer sees.

use super::model::{CommentRow, IdeaEventRow, IdeaRow, IdeaSort, IdeaStatus};
use super::rules::{self, Action};
use super::{ADOPTED_TOPIC, CATEGORY, store};
use crate::authz::Scope;
use crate::db::TenantTx;
use crate::notify::{self, NewNotification};
use crate::org::model::OrgRow;
use crate::page::{Page, PageArgs};
use crate::{App, AppError, AppResult, Ctx, audit};
use serde_json::json;
use uuid::Uuid;

/// The Casbin object of ideas.
pub const OBJECT: &str = "idea";

/// A new idea.
#[derive(Debug, Clone)]
pub struct NewIdea {
    /// The org it goes to (the submitter belongs to it or to an org under it).
    pub org_id: Uuid,
    /// Title, 1–100 characters.
    pub title: String,
    /// Body, 1–5,000 characters.
    pub body: String,
    /// Hide the author from other members (never from the handlers).
    pub anonymous: bool,
}

/// What the viewer may do with an org's ideas.
#[derive(Debug, Clone, Copy, Default)]
struct Access {
    member: Option<Uuid>,
    belongs: bool,
    read_all: bool,
    handle: bool,
}

impl Access {
    fn reads(&self, row: &IdeaRow) -> bool {
        let mine = self.member == Some(row.author_id);
        if row.hidden_at.is_some() {
            return self.read_all || self.handle;
        }
        self.read_all || self.handle || self.belongs || mine
    }
}

async fn access(ctx: &Ctx, app: &App, tx: &mut TenantTx, org: &OrgRow) -> AppResult<Access> {
    let scope = Scope::Org(org.path.clone());
    let handle = app.authz.allowed(ctx, &scope, OBJECT, "write").await?;
    let read_all = handle || app.authz.allowed(ctx, &scope, OBJECT, "read").await?;
    let member = ctx.member_id();
    let belongs = match member {
        Some(m) => store::belongs(tx, m, org.id).await?,
        None => false,
    };
    Ok(Access {
        member,
        belongs,
        read_all,
        handle,
    })
}

/// An idea as one viewer sees it.
#[derive(Debug, Clone)]
pub struct IdeaView {
    /// The idea.
    pub row: IdeaRow,
    /// Whether the viewer sees who submitted it (not anonymous, the author, or a handler).
    pub author_visible: bool,
    /// Whether the viewer supports it.
    pub viewer_supports: bool,
    /// Whether the viewer submitted it.
    pub is_mine: bool,
    /// Whether the viewer handles it (`idea:write` at its org).
    pub can_handle: bool,
}

impl IdeaView {
    fn new(row: IdeaRow, a: &Access, supports: bool) -> Self {
        let is_mine = a.member == Some(row.author_id);
        Self {
            author_visible: !row.anonymous || is_mine || a.handle,
            viewer_supports: supports,
            is_mine,
            can_handle: a.handle,
            row,
        }
    }

    /// The actions the viewer may take now.
    pub fn actions(&self) -> Vec<Action> {
        if !self.can_handle {
            return vec![];
        }
        [
            Action::Review,
            Action::Adopt,
            Action::Reject,
            Action::Implement,
        ]
        .into_iter()
        .filter(|a| rules::transition(self.row.status, *a).is_ok())
        .collect()
    }
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

async fn live_org(tx: &mut TenantTx, id: Uuid) -> AppResult<OrgRow> {
    let org = crate::org::store::get(tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if org.archived_at.is_some() {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    Ok(org)
}

/// The idea with the viewer's access; `NOT_FOUND` unless the viewer may read it.
async fn readable(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    row: IdeaRow,
) -> AppResult<(IdeaRow, OrgRow, Access)> {
    let org = crate::org::store::get(tx, row.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = access(ctx, app, tx, &org).await?;
    if !a.reads(&row) {
        return Err(AppError::NotFound);
    }
    Ok((row, org, a))
}

async fn view_in(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<IdeaView> {
    let row = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, a) = readable(ctx, app, tx, row).await?;
    let supports = match a.member {
        Some(m) => !store::supported_among(tx, m, &[row.id]).await?.is_empty(),
        None => false,
    };
    Ok(IdeaView::new(row, &a, supports))
}

/// Submits an idea to an org the member belongs to (or an org above theirs).
pub async fn submit(ctx: &Ctx, app: &App, input: NewIdea) -> AppResult<IdeaView> {
    let author = me(ctx)?;
    let title = rules::required("title", &input.title, rules::MAX_TITLE, false)?;
    let body = rules::required("body", &input.body, rules::MAX_BODY, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = live_org(&mut tx, input.org_id).await?;
    let a = access(ctx, app, &mut tx, &org).await?;
    if !a.belongs && !a.read_all {
        return Err(AppError::NotFound);
    }
    let now = store::now(&mut tx).await?;
    let id = crate::new_id();
    store::insert(
        &mut tx,
        id,
        org.id,
        author,
        &title,
        &body,
        input.anonymous,
        now,
    )
    .await?;
    store::insert_event(
        &mut tx,
        &IdeaEventRow {
            id: crate::new_id(),
            idea_id: id,
            kind: IdeaStatus::Submitted,
            from_status: None,
            to_status: IdeaStatus::Submitted,
            actor_id: Some(author),
            actor_name: None,
            note: None,
            created_at: now,
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "idea.submit",
        "idea",
        id,
        json!({ "org": org.id, "anonymous": input.anonymous }),
    )
    .await?;
    let view = view_in(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// One idea as the viewer may see it; `NOT_FOUND` otherwise.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<IdeaView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = view_in(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// The cursor of an idea in a list of the given order.
pub fn cursor_key(sort: IdeaSort, v: &IdeaView) -> String {
    match sort {
        IdeaSort::Newest => v.row.id.to_string(),
        IdeaSort::MostSupported => format!("{}:{}", v.row.support_count, v.row.id),
    }
}

fn supported_cursor(after: Option<&str>) -> AppResult<Option<(i32, Uuid)>> {
    let Some(a) = after else { return Ok(None) };
    let bad = || AppError::field("after", "无效的游标");
    let (count, id) = a.split_once(':').ok_or_else(bad)?;
    Ok(Some((
        count.parse().map_err(|_| bad())?,
        id.parse().map_err(|_| bad())?,
    )))
}

/// An org's ideas, for its members and handlers (hidden ones for handlers only).
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    status: Option<IdeaStatus>,
    sort: IdeaSort,
    page: &PageArgs,
) -> AppResult<Page<IdeaView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = crate::org::store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = access(ctx, app, &mut tx, &org).await?;
    if !a.belongs && !a.read_all {
        return Err(AppError::NotFound);
    }
    let with_hidden = a.read_all;
    let rows = match sort {
        IdeaSort::Newest => {
            store::page_newest(
                &mut tx,
                org.id,
                status,
                with_hidden,
                page.after_uuid()?,
                page.limit(),
            )
            .await?
        }
        IdeaSort::MostSupported => {
            store::page_supported(
                &mut tx,
                org.id,
                status,
                with_hidden,
                supported_cursor(page.after.as_deref())?,
                page.limit(),
            )
            .await?
        }
    };
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let supported = match a.member {
        Some(m) => store::supported_among(&mut tx, m, &ids).await?,
        None => vec![],
    };
    tx.commit().await?;
    let views = rows
        .into_iter()
        .map(|r| {
            let s = supported.contains(&r.id);
            IdeaView::new(r, &a, s)
        })
        .collect();
    Ok(Page::from_fetch(views, page))
}

/// Supports an idea (once per member; again changes nothing). The author cannot support their
/// own idea; supports are taken while the idea is submitted or under review.
pub async fn support(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<IdeaView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, a) = readable(ctx, app, &mut tx, row).await?;
    if !a.belongs && !a.read_all {
        return Err(AppError::NotFound);
    }
    if row.author_id == member {
        return Err(AppError::Denied("不能支持自己提交的建议".into()));
    }
    if !rules::takes_support(row.status) {
        return Err(AppError::Conflict(format!(
            "该建议当前为“{}”，不再接受支持",
            row.status.label()
        )));
    }
    if store::support(&mut tx, id, member).await? {
        audit::object(&mut tx, ctx, "idea.support", "idea", id, json!({})).await?;
    }
    let view = view_in(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Withdraws the viewer's support (none is not an error) while the idea takes supports.
pub async fn withdraw_support(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<IdeaView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, _) = readable(ctx, app, &mut tx, row).await?;
    if !rules::takes_support(row.status) {
        return Err(AppError::Conflict(format!(
            "该建议当前为“{}”，支持不能再撤回",
            row.status.label()
        )));
    }
    if store::unsupport(&mut tx, id, member).await? {
        audit::object(&mut tx, ctx, "idea.support.withdraw", "idea", id, json!({})).await?;
    }
    let view = view_in(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Takes a handling step under the idea's row lock: `idea:write` at its org (else NOT_FOUND
/// when the viewer cannot read it, FORBIDDEN-like NOT_FOUND otherwise), the status allowing it
/// (else CONFLICT naming the status). Appends the timeline row, audits, notifies the author and
/// the supporters, and publishes the adoption after the commit.
async fn step(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    action: Action,
    note: Option<String>,
) -> AppResult<IdeaView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, a) = readable(ctx, app, &mut tx, row).await?;
    if !a.handle {
        return Err(AppError::NotFound);
    }
    let to = rules::transition(row.status, action).map_err(AppError::Conflict)?;
    let now = store::now(&mut tx).await?;
    let reason = matches!(action, Action::Adopt | Action::Reject)
        .then(|| note.clone())
        .flatten();
    store::set_status(&mut tx, id, to, reason.as_deref(), now).await?;
    if to == IdeaStatus::Adopted {
        crate::points::earn(
            &mut tx,
            ctx,
            &crate::points::Event {
                member_id: row.author_id,
                action: crate::points::PointAction::IdeaAdopted,
                source_kind: crate::points::SourceKind::Idea,
                source_id: id.to_string(),
                source_title: row.title.clone(),
                occurred_at: now,
            },
        )
        .await?;
    }
    let event_id = crate::new_id();
    store::insert_event(
        &mut tx,
        &IdeaEventRow {
            id: event_id,
            idea_id: id,
            kind: to,
            from_status: Some(row.status),
            to_status: to,
            actor_id: ctx.member_id(),
            actor_name: None,
            note: note.clone(),
            created_at: now,
        },
    )
    .await?;
    let mut recipients = vec![row.author_id];
    recipients.extend(store::supporters(&mut tx, id).await?);
    recipients.sort_unstable();
    recipients.dedup();
    let suffix = note
        .as_deref()
        .map(|n| format!("\n说明：{n}"))
        .unwrap_or_default();
    let mut written = Vec::new();
    for m in recipients
        .into_iter()
        .filter(|m| Some(*m) != ctx.member_id())
    {
        let title = if m == row.author_id {
            format!("您的建议「{}」{}", row.title, to.label())
        } else {
            format!("您支持的建议「{}」{}", row.title, to.label())
        };
        let body = format!("{}：{}{suffix}", row.org_name, to.label());
        let key = format!("idea:{event_id}:{m}");
        if let Some(n) = notify::write(
            &mut tx,
            app,
            &NewNotification {
                member_id: m,
                kind: CATEGORY,
                title: &title,
                body: &body,
                dedupe_key: Some(&key),
                detail: json!({ "ideaId": id, "status": to.as_str() }),
            },
        )
        .await?
        {
            written.push((m, n));
        }
    }
    audit::object(
        &mut tx,
        ctx,
        match action {
            Action::Review => "idea.review",
            Action::Adopt => "idea.adopt",
            Action::Reject => "idea.reject",
            Action::Implement => "idea.implement",
        },
        "idea",
        id,
        json!({ "from": row.status.as_str(), "to": to.as_str(), "note": note }),
    )
    .await?;
    let view = view_in(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    if to == IdeaStatus::Adopted {
        app.bus
            .publish(crate::bus::Event {
                tenant: ctx.tenant_id(),
                topic: ADOPTED_TOPIC.to_string(),
                subject: id,
                id: event_id,
            })
            .await;
    }
    Ok(view)
}

/// Moves a submitted idea under review (`idea:write` at its org).
pub async fn review(ctx: &Ctx, app: &App, id: Uuid, note: Option<&str>) -> AppResult<IdeaView> {
    let note = rules::optional("note", note, rules::MAX_REASON)?;
    step(ctx, app, id, Action::Review, note).await
}

/// Decides an idea under review: adopted, or not adopted with a reason (`idea:write`).
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    adopted: bool,
    reason: Option<&str>,
) -> AppResult<IdeaView> {
    let reason = rules::optional("reason", reason, rules::MAX_REASON)?;
    let (action, reason) = rules::decision(adopted, reason)?;
    step(ctx, app, id, action, reason).await
}

/// Marks an adopted idea implemented (`idea:write`).
pub async fn mark_implemented(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    note: Option<&str>,
) -> AppResult<IdeaView> {
    let note = rules::optional("note", note, rules::MAX_REASON)?;
    step(ctx, app, id, Action::Implement, note).await
}

/// An idea's timeline, oldest first; the submission's actor is withheld where the author is.
pub async fn timeline(ctx: &Ctx, app: &App, view: &IdeaView) -> AppResult<Vec<IdeaEventRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut rows = store::events(&mut tx, view.row.id).await?;
    tx.commit().await?;
    if !view.author_visible {
        for r in &mut rows {
            if r.actor_id == Some(view.row.author_id) {
                r.actor_id = None;
                r.actor_name = None;
            }
        }
    }
    Ok(rows)
}

/// Comments on an idea (members of its org, not on hidden ideas); at most 500 characters.
pub async fn comment(ctx: &Ctx, app: &App, id: Uuid, body: &str) -> AppResult<CommentRow> {
    let member = me(ctx)?;
    let body = rules::required("body", body, rules::MAX_COMMENT, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, a) = readable(ctx, app, &mut tx, row).await?;
    if !a.belongs && !a.read_all {
        return Err(AppError::NotFound);
    }
    let cid = crate::new_id();
    store::insert_comment(&mut tx, cid, row.id, member, &body).await?;
    audit::object(
        &mut tx,
        ctx,
        "idea.comment",
        "idea_comment",
        cid,
        json!({ "idea": row.id }),
    )
    .await?;
    let c = store::comment(&mut tx, cid)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(c)
}

/// A page of an idea's comments, oldest first (hidden ones for handlers only).
pub async fn comments(
    ctx: &Ctx,
    app: &App,
    view: &IdeaView,
    page: &PageArgs,
) -> AppResult<Page<CommentRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::comments(
        &mut tx,
        view.row.id,
        view.can_handle,
        page.after_uuid()?,
        page.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// What moderation needs of a reported idea or comment.
pub(crate) struct Reported {
    /// The org whose queue gets it.
    pub org_id: Uuid,
    /// Who wrote it.
    pub author_id: Uuid,
    /// The text, as reported.
    pub excerpt: String,
}

/// An idea the viewer may read and report (not hidden).
pub(crate) async fn reportable_idea(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<Reported> {
    let row = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
    let (row, _, _) = readable(ctx, app, tx, row).await?;
    Ok(Reported {
        org_id: row.org_id,
        author_id: row.author_id,
        excerpt: format!("{}\n{}", row.title, row.body)
            .chars()
            .take(2000)
            .collect(),
    })
}

/// A comment the viewer may read and report (its idea readable, neither hidden).
pub(crate) async fn reportable_comment(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<Reported> {
    let c = store::comment(tx, id).await?.ok_or(AppError::NotFound)?;
    let row = store::get(tx, c.idea_id).await?.ok_or(AppError::NotFound)?;
    let (row, _, a) = readable(ctx, app, tx, row).await?;
    if c.hidden_at.is_some() && !a.read_all {
        return Err(AppError::NotFound);
    }
    Ok(Reported {
        org_id: row.org_id,
        author_id: c.author_id,
        excerpt: c.body,
    })
}

/// Hides or shows again an idea (`comment` false) or a comment, for moderation.
pub(crate) async fn set_hidden(
    tx: &mut TenantTx,
    comment: bool,
    id: Uuid,
    hidden: bool,
) -> AppResult<()> {
    let found = if comment {
        store::set_comment_hidden(tx, id, hidden).await?
    } else {
        store::set_idea_hidden(tx, id, hidden).await?
    };
    if found {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

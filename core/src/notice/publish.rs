//! Composing and sending notices: drafts, review, scheduling, publication and withdrawal.

use super::{
    DUE_KIND, EMAIL_TASK, NoticeRow, NoticeView, PUBLISH_TASK, REMINDER_RULE, load_visible, me,
    model::{Draft, NoticeInput, NoticeStatus, parse_note},
    responses::announce_stats,
    rules::{self, Outcome},
    store,
};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    ctx::Actor,
    jobs::{self, JobOptions},
    notify,
    reminder::{self, NewDueItem},
};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// Payload of [`PUBLISH_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublishJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Notice.
    pub notice_id: Uuid,
}

/// Payload of [`EMAIL_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EmailJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The notice.
    pub notice_id: Uuid,
    /// The notification batch to email.
    pub batch: Uuid,
}

/// What a committed change must announce.
#[derive(Default)]
pub(super) struct Announce {
    batch: Option<Uuid>,
    stats: bool,
    single: Vec<(Uuid, Uuid)>,
}

impl Announce {
    pub(super) async fn send(self, app: &App, tenant: Uuid, notice: Uuid) {
        if let Some(b) = self.batch {
            notify::live::announce_batch(app, tenant, b).await;
        }
        notify::announce(app, tenant, &self.single).await;
        if self.stats {
            announce_stats(app, tenant, notice).await;
        }
    }
}

/// The org's path and name; an unknown org reads as not found.
async fn org_path(tx: &mut TenantTx, org: Uuid) -> AppResult<(String, String)> {
    store::org_paths(tx, &[org])
        .await?
        .into_iter()
        .next()
        .map(|(_, path, name)| (path, name))
        .ok_or(AppError::NotFound)
}

/// The author must manage notices at the issuing org.
async fn require_issuer(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    issuer: Uuid,
) -> AppResult<String> {
    let (path, _) = org_path(tx, issuer).await?;
    app.authz
        .require_visible(ctx, &Scope::Org(path.clone()), catalog::NOTICE, "write")
        .await?;
    Ok(path)
}

/// The author must manage notices wherever the audience reaches: every chosen org, the
/// org of every named member, and the whole tenant for tenant-wide filters.
async fn require_audience(ctx: &Ctx, app: &App, tx: &mut TenantTx, d: &Draft) -> AppResult<()> {
    let a = &d.audience;
    let may = |path: Option<String>| async move {
        let scope = path.map(Scope::Org).unwrap_or(Scope::Tenant);
        app.authz
            .allowed(ctx, &scope, catalog::NOTICE, "write")
            .await
    };
    let org_ids: Vec<Uuid> = a.orgs.iter().map(|o| o.org_id).collect();
    let found = store::org_paths(tx, &org_ids).await?;
    if found.len() != org_ids.len() {
        return Err(AppError::field("audience", "所选组织不存在"));
    }
    for (_, path, name) in found {
        if !may(Some(path)).await? {
            return Err(AppError::field(
                "audience",
                format!("您无权向“{name}”发布通知"),
            ));
        }
    }
    if a.orgs.is_empty() && a.has_filters() && !may(None).await? {
        return Err(AppError::field(
            "audience",
            "按条线、角色或政治面貌面向全单位发布需要单位管理员权限，请先选择组织",
        ));
    }
    let mut named: Vec<Uuid> = a.member_ids.clone();
    named.extend(&a.exclude_member_ids);
    if !crate::audience::store::unknown_members(tx, &named).await?.is_empty() {
        return Err(AppError::field("audience", "所选成员不存在"));
    }
    for (_, path) in store::member_org_paths(tx, &a.member_ids).await? {
        if !may(path).await? {
            return Err(AppError::field(
                "audience",
                "指定的成员中有您无权发布通知的组织的成员",
            ));
        }
    }
    Ok(())
}

/// Attachments must be the author's own finished uploads.
async fn require_attachments(tx: &mut TenantTx, author: Uuid, d: &Draft) -> AppResult<()> {
    for f in &d.attachment_ids {
        crate::files::attachable(tx, author, *f)
            .await
            .map_err(|e| match e {
                AppError::NotFound => AppError::field("attachmentIds", "附件不存在"),
                other => other,
            })?;
    }
    Ok(())
}

/// The reviewer must be another active member who may manage notices at the issuing org.
async fn require_reviewer(
    ctx: &Ctx,
    app: &App,
    issuer_path: &str,
    author: Uuid,
    reviewer: Option<Uuid>,
) -> AppResult<()> {
    let Some(r) = reviewer.filter(|r| *r != author) else {
        return Ok(());
    };
    let as_reviewer = Ctx {
        actor: Actor::Member {
            member_id: r,
            account_id: Uuid::nil(),
            session_id: Uuid::nil(),
        },
        ..ctx.clone()
    };
    if !app
        .authz
        .allowed(
            &as_reviewer,
            &Scope::Org(issuer_path.to_string()),
            catalog::NOTICE,
            "write",
        )
        .await?
    {
        return Err(AppError::field(
            "reviewerId",
            "审核人需要是发布组织的负责人或管理员",
        ));
    }
    Ok(())
}

/// Writes the draft (new, or the viewer's existing draft); returns its id and the author.
async fn write_draft(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    d: &Draft,
) -> AppResult<(Uuid, Uuid)> {
    let viewer = me(ctx)?;
    let (id, author) = match d.draft_id {
        Some(id) => {
            let view = load_visible(ctx, app, tx, id, true).await?;
            if !view.access.manage {
                return Err(AppError::NotFound);
            }
            if !rules::editable(view.notice.status) {
                return Err(AppError::Conflict(
                    "只有草稿可以修改；已提交的通知请先撤回".into(),
                ));
            }
            (id, view.notice.author_id)
        }
        None => (crate::new_id(), viewer),
    };
    require_attachments(tx, viewer, d).await?;
    store::save(tx, id, author, d).await?;
    Ok((id, author))
}

/// Saves a draft (new or existing). Nothing goes out.
pub async fn save_draft(ctx: &Ctx, app: &App, input: NoticeInput) -> AppResult<NoticeView> {
    let d = Draft::parse(input, false, Utc::now())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_issuer(ctx, app, &mut tx, d.issuer_org_id).await?;
    let (id, _) = write_draft(ctx, app, &mut tx, &d).await?;
    audit::object(
        &mut tx,
        ctx,
        "notice.save_draft",
        "notice",
        id,
        json!({ "title": d.title.as_str() }),
    )
    .await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// Publishes now, schedules, or sends for review, by the form: a named reviewer first, then a
/// future `scheduledAt`, else now.
pub async fn publish(ctx: &Ctx, app: &App, input: NoticeInput) -> AppResult<NoticeView> {
    let now = Utc::now();
    let d = Draft::parse(input, true, now)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let issuer_path = require_issuer(ctx, app, &mut tx, d.issuer_org_id).await?;
    require_audience(ctx, app, &mut tx, &d).await?;
    let (id, author) = write_draft(ctx, app, &mut tx, &d).await?;
    require_reviewer(ctx, app, &issuer_path, author, d.reviewer_id).await?;
    let mut announce = Announce::default();
    let action = match rules::outcome(author, d.reviewer_id, d.scheduled_at, now) {
        Outcome::Review => {
            store::set_status(&mut tx, id, NoticeStatus::PendingReview).await?;
            let reviewer = d.reviewer_id.unwrap_or(author);
            let written = notify::write(
                &mut tx,
                app,
                &notify::NewNotification {
                    member_id: reviewer,
                    kind: "NOTICE",
                    title: &format!("待审核：{}", d.title.as_str()),
                    body: "有一条通知等待您审核后发布",
                    dedupe_key: Some(&format!("notice-review:{id}:{}", crate::new_id())),
                    detail: json!({ "notice": id, "review": true }),
                },
            )
            .await?;
            announce.single.extend(written.map(|n| (reviewer, n)));
            "notice.submit_review"
        }
        Outcome::Schedule => {
            schedule(&mut tx, ctx, id, d.scheduled_at).await?;
            "notice.schedule"
        }
        Outcome::PublishNow => {
            let notice = store::get(&mut tx, id, true)
                .await?
                .ok_or(AppError::NotFound)?;
            let sent = go_out(&mut tx, ctx, &notice).await?;
            if sent.recipients == 0 {
                return Err(AppError::field("audience", "接收范围内没有可接收的成员"));
            }
            announce = sent.announce;
            "notice.publish"
        }
    };
    audit::object(
        &mut tx,
        ctx,
        action,
        "notice",
        id,
        json!({ "title": d.title.as_str(), "audience": d.audience }),
    )
    .await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    announce.send(app, ctx.tenant_id, id).await;
    Ok(view)
}

async fn schedule(
    tx: &mut TenantTx,
    ctx: &Ctx,
    id: Uuid,
    at: Option<chrono::DateTime<Utc>>,
) -> AppResult<()> {
    store::set_status(tx, id, NoticeStatus::Scheduled).await?;
    jobs::enqueue(
        tx,
        PUBLISH_TASK,
        &PublishJob {
            tenant_id: ctx.tenant_id,
            notice_id: id,
        },
        &JobOptions {
            job_key: Some(format!("notice-publish:{id}")),
            run_at: at,
            ..JobOptions::default()
        },
    )
    .await?;
    Ok(())
}

/// What publication wrote.
pub(super) struct Sent {
    pub recipients: usize,
    pub announce: Announce,
}

/// Sends a notice out inside the caller's transaction: resolves the audience into recipient
/// rows, writes one notification each in one statement (urgent ones even to members who turned
/// notices off), queues the emails, registers the acknowledgement deadline with the reminder
/// engine, and marks it published.
async fn go_out(tx: &mut TenantTx, ctx: &Ctx, n: &NoticeRow) -> AppResult<Sent> {
    let recipients = store::insert_recipients(tx, n.id, &n.audience()).await?;
    let urgent = n.importance == super::NoticeImportance::Urgent;
    let batch = crate::new_id();
    let body = if n.ack_required {
        format!("{} 发布，请阅读并确认收到", n.issuer_name)
    } else {
        format!("{} 发布", n.issuer_name)
    };
    let written = store::notify_batch(
        tx,
        &recipients,
        &n.title,
        &body,
        None,
        &json!({ "notice": n.id, "batch": batch, "urgent": urgent }),
        urgent,
    )
    .await?;
    if !written.is_empty() {
        jobs::enqueue(
            tx,
            EMAIL_TASK,
            &EmailJob {
                tenant_id: ctx.tenant_id,
                notice_id: n.id,
                batch,
            },
            &JobOptions {
                job_key: Some(format!("notice-email:{batch}")),
                ..JobOptions::default()
            },
        )
        .await?;
    }
    let due_item = match (n.ack_required, n.ack_deadline) {
        (true, Some(deadline)) if !recipients.is_empty() => Some(
            reminder::register(
                tx,
                ctx,
                &NewDueItem {
                    kind: DUE_KIND.into(),
                    title: n.title.clone(),
                    due_at: deadline,
                    rule_key: Some(REMINDER_RULE.into()),
                    member_id: None,
                    org_id: Some(n.issuer_org_id),
                },
            )
            .await?,
        ),
        _ => None,
    };
    let count = i32::try_from(recipients.len()).unwrap_or(i32::MAX);
    store::mark_published(tx, n.id, count, due_item).await?;
    Ok(Sent {
        recipients: recipients.len(),
        announce: Announce {
            batch: (!written.is_empty()).then_some(batch),
            stats: true,
            single: vec![],
        },
    })
}

/// Publishes a scheduled notice when its time comes (the worker's [`PUBLISH_TASK`]). Nothing
/// happens to a notice withdrawn, rescheduled or already out since.
pub async fn publish_scheduled(app: &App, job: &PublishJob) -> AppResult<usize> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(n) = store::get(&mut tx, job.notice_id, true).await? else {
        return Ok(0);
    };
    if n.status != NoticeStatus::Scheduled || n.scheduled_at.is_some_and(|s| s > Utc::now()) {
        return Ok(0);
    }
    let sent = go_out(&mut tx, &ctx, &n).await?;
    audit::object(
        &mut tx,
        &ctx,
        "notice.publish_scheduled",
        "notice",
        n.id,
        json!({ "recipients": sent.recipients }),
    )
    .await?;
    tx.commit().await?;
    sent.announce.send(app, job.tenant_id, n.id).await;
    Ok(sent.recipients)
}

/// The requested reviewer approves (it goes out now, or at its scheduled time) or sends it
/// back to its author as a draft with a note.
pub async fn review(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    approve: bool,
    note: Option<&str>,
) -> AppResult<NoticeView> {
    let note = parse_note("note", note, !approve)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_visible(ctx, app, &mut tx, id, true).await?;
    if !view.access.reviewer {
        return Err(AppError::NotFound);
    }
    if !view.access.review {
        return Err(AppError::Conflict("该通知不在待审核状态".into()));
    }
    let n = view.notice;
    store::set_review(&mut tx, id, note.as_deref()).await?;
    let mut announce = Announce::default();
    if approve {
        let now = Utc::now();
        if n.scheduled_at.is_some_and(|s| s > now) {
            schedule(&mut tx, ctx, id, n.scheduled_at).await?;
        } else {
            if n.ack_deadline.is_some_and(|d| d <= now) {
                return Err(AppError::Conflict(
                    "确认截止时间已过，请退回作者修改后再发布".into(),
                ));
            }
            let sent = go_out(&mut tx, ctx, &n).await?;
            announce = sent.announce;
        }
    } else {
        store::set_status(&mut tx, id, NoticeStatus::Draft).await?;
    }
    // The author learns the outcome.
    let title = if approve {
        format!("审核通过：{}", n.title)
    } else {
        format!("审核退回：{}", n.title)
    };
    if let Some(nid) = notify::write(
        &mut tx,
        app,
        &notify::NewNotification {
            member_id: n.author_id,
            kind: "NOTICE",
            title: &title,
            body: note.as_deref().unwrap_or(""),
            dedupe_key: Some(&format!("notice-reviewed:{id}:{}", crate::new_id())),
            detail: json!({ "notice": id, "review": true }),
        },
    )
    .await?
    {
        announce.single.push((n.author_id, nid));
    }
    audit::object(
        &mut tx,
        ctx,
        if approve {
            "notice.approve"
        } else {
            "notice.reject"
        },
        "notice",
        id,
        json!({ "note": note }),
    )
    .await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    announce.send(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// Withdraws a notice: a published one stays visible to its recipients as withdrawn (its
/// reminders stop); one scheduled or awaiting review goes back to being a draft.
pub async fn withdraw(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    reason: Option<&str>,
) -> AppResult<NoticeView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_visible(ctx, app, &mut tx, id, true).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    let n = view.notice;
    let next = rules::withdrawn_status(n.status)?;
    let reason = parse_note("reason", reason, next == NoticeStatus::Withdrawn)?;
    if next == NoticeStatus::Withdrawn {
        store::mark_withdrawn(&mut tx, id, ctx.member_id(), reason.as_deref()).await?;
        if let Some(item) = n.due_item_id {
            reminder::cancel_in(&mut tx, item).await?;
        }
    } else {
        store::set_status(&mut tx, id, next).await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "notice.withdraw",
        "notice",
        id,
        json!({ "from": n.status, "to": next, "reason": reason }),
    )
    .await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    if next == NoticeStatus::Withdrawn {
        announce_stats(app, ctx.tenant_id, id).await;
    }
    Ok(view)
}

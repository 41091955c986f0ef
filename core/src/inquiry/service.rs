//! Inquiry actions, what each viewer sees, and the deadline's reminders.

use super::model::{InquiryRow, InquiryStatus};
use super::rules;
use super::{CATEGORY, DUE_KIND, store};
use crate::authz::Scope;
use crate::db::TenantTx;
use crate::idea::rules::{optional, required};
use crate::notify::{self, NewNotification};
use crate::org::model::OrgRow;
use crate::page::{Page, PageArgs};
use crate::reminder::{self, Handlers, NewDueItem, Turn};
use crate::{App, AppError, AppResult, Ctx, audit};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// The Casbin object of inquiries.
pub const OBJECT: &str = "inquiry";

/// An inquiry as one viewer sees it.
#[derive(Debug, Clone)]
pub struct InquiryView {
    /// The inquiry.
    pub row: InquiryRow,
    /// Whether the viewer asked it.
    pub is_mine: bool,
    /// Whether the viewer may answer it (`inquiry:write` at its org).
    pub can_answer: bool,
}

impl InquiryView {
    /// Whether the deadline passed without an answer (computed when read).
    pub fn overdue(&self) -> bool {
        self.row.status == InquiryStatus::Open && self.row.due_at < Utc::now()
    }
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

async fn may(ctx: &Ctx, app: &App, org: &OrgRow, act: &str) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Org(org.path.clone()), OBJECT, act)
        .await
}

/// The viewer's view of an inquiry; `NOT_FOUND` unless they asked it or read the org's.
async fn view_of(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    row: InquiryRow,
) -> AppResult<InquiryView> {
    let org = crate::org::store::get(tx, row.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let is_mine = ctx.member_id() == Some(row.asker_id);
    let can_answer = may(ctx, app, &org, "write").await?;
    if !is_mine && !can_answer && !may(ctx, app, &org, "read").await? {
        return Err(AppError::NotFound);
    }
    Ok(InquiryView {
        row,
        is_mine,
        can_answer,
    })
}

/// Asks an org the member belongs to (or an org above theirs) a question; the answer is due
/// in the working days of the `inquiry.answer_deadline` rule and its reminders start.
pub async fn ask(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    subject: &str,
    body: &str,
) -> AppResult<InquiryView> {
    let asker = me(ctx)?;
    let subject = required("subject", subject, rules::MAX_SUBJECT, false)?;
    let body = required("body", body, rules::MAX_BODY, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = crate::org::store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !crate::idea::store::belongs(&mut tx, asker, org.id).await? {
        return Err(AppError::NotFound);
    }
    if org.archived_at.is_some() {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    let rule = crate::statute::get_in(&mut tx, rules::RULE).await?;
    let now = store::now(&mut tx).await?;
    let due_at =
        crate::workday::deadline_in(&mut tx, now, rules::working_days(rule.effective())).await?;
    let item = reminder::register(
        &mut tx,
        ctx,
        &NewDueItem {
            kind: DUE_KIND.into(),
            title: format!(
                "党员问询待答复：{}",
                subject.chars().take(60).collect::<String>()
            ),
            due_at,
            rule_key: Some(rules::RULE.into()),
            member_id: None,
            org_id: Some(org.id),
        },
    )
    .await?;
    let id = crate::new_id();
    store::insert(
        &mut tx,
        &store::Insert {
            id,
            org: org.id,
            asker,
            subject: &subject,
            body: &body,
            due_at,
            due_item: item,
            at: now,
        },
    )
    .await?;
    let officers = crate::org::officers(&mut tx, org.id).await?;
    let title = format!("收到党员问询：{subject}");
    let text = format!("请于 {} 前答复。", shanghai(due_at));
    let mut written = Vec::new();
    for m in officers.into_iter().filter(|m| *m != asker) {
        let key = format!("inquiry:{id}:asked:{m}");
        if let Some(n) = notify::write(
            &mut tx,
            app,
            &NewNotification {
                member_id: m,
                kind: CATEGORY,
                title: &title,
                body: &text,
                dedupe_key: Some(&key),
                detail: json!({ "inquiryId": id }),
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
        "inquiry.ask",
        "inquiry",
        id,
        json!({ "org": org.id, "dueAt": due_at }),
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// One inquiry, for its asker and those who read the org's inquiries.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<InquiryView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    tx.commit().await?;
    Ok(view)
}

/// An org's inquiries, newest first (`inquiry:read` there).
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    status: Option<InquiryStatus>,
    page: &PageArgs,
) -> AppResult<Page<InquiryView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = crate::org::store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may(ctx, app, &org, "read").await? {
        return Err(AppError::NotFound);
    }
    let can_answer = may(ctx, app, &org, "write").await?;
    let rows = store::page(
        &mut tx,
        Some(org.id),
        None,
        status,
        page.after_uuid()?,
        page.limit(),
    )
    .await?;
    tx.commit().await?;
    let me = ctx.member_id();
    let views = rows
        .into_iter()
        .map(|row| InquiryView {
            is_mine: me == Some(row.asker_id),
            can_answer,
            row,
        })
        .collect();
    Ok(Page::from_fetch(views, page))
}

/// The viewer's own inquiries, newest first.
pub async fn mine(ctx: &Ctx, app: &App, page: &PageArgs) -> AppResult<Page<InquiryView>> {
    let asker = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page(
        &mut tx,
        None,
        Some(asker),
        None,
        page.after_uuid()?,
        page.limit(),
    )
    .await?;
    tx.commit().await?;
    let views = rows
        .into_iter()
        .map(|row| InquiryView {
            row,
            is_mine: true,
            can_answer: false,
        })
        .collect();
    Ok(Page::from_fetch(views, page))
}

/// Answers an open inquiry (`inquiry:write` at its org); the deadline's reminders stop and the
/// asker is told.
pub async fn answer(ctx: &Ctx, app: &App, id: Uuid, text: &str) -> AppResult<InquiryView> {
    let by = me(ctx)?;
    let text = required("answer", text, rules::MAX_BODY, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    if !view.can_answer {
        return Err(AppError::NotFound);
    }
    if !rules::answerable(view.row.status) {
        return Err(AppError::Conflict(format!(
            "该问询当前为“{}”，不能再答复",
            view.row.status.label()
        )));
    }
    let now = store::now(&mut tx).await?;
    store::answer(&mut tx, id, &text, by, now).await?;
    if let Some(item) = view.row.due_item_id {
        reminder::done_in(&mut tx, item).await?;
    }
    let title = format!("您的问询「{}」已答复", view.row.subject);
    let body = text.chars().take(200).collect::<String>();
    let key = format!("inquiry:{id}:answered");
    let written = notify::write(
        &mut tx,
        app,
        &NewNotification {
            member_id: view.row.asker_id,
            kind: CATEGORY,
            title: &title,
            body: &body,
            dedupe_key: Some(&key),
            detail: json!({ "inquiryId": id }),
        },
    )
    .await?;
    audit::object(&mut tx, ctx, "inquiry.answer", "inquiry", id, json!({})).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    tx.commit().await?;
    if let Some(n) = written {
        notify::announce(app, ctx.tenant_id(), &[(view.row.asker_id, n)]).await;
    }
    Ok(view)
}

/// Rates the answer, 1–5, once: only the asker, only once answered.
pub async fn rate(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    rating: i32,
    comment: Option<&str>,
) -> AppResult<InquiryView> {
    if !rules::rating_ok(rating) {
        return Err(AppError::field("rating", "评分须在 1 到 5 之间"));
    }
    let comment = optional("comment", comment, rules::MAX_COMMENT)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    if !view.is_mine {
        return Err(AppError::NotFound);
    }
    if !rules::ratable(view.row.status) {
        return Err(AppError::Conflict(format!(
            "该问询当前为“{}”，不能评价",
            view.row.status.label()
        )));
    }
    let now = store::now(&mut tx).await?;
    let rating = i16::try_from(rating).unwrap_or(5);
    store::rate(&mut tx, id, rating, comment.as_deref(), now).await?;
    audit::object(
        &mut tx,
        ctx,
        "inquiry.rate",
        "inquiry",
        id,
        json!({ "rating": rating }),
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    tx.commit().await?;
    Ok(view)
}

/// Withdraws an open inquiry (its asker only); the reminders stop.
pub async fn close(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<InquiryView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    if !view.is_mine {
        return Err(AppError::NotFound);
    }
    if view.row.status != InquiryStatus::Open {
        return Err(AppError::Conflict(format!(
            "该问询当前为“{}”，不能撤回",
            view.row.status.label()
        )));
    }
    let now = store::now(&mut tx).await?;
    store::close(&mut tx, id, now).await?;
    if let Some(item) = view.row.due_item_id {
        reminder::cancel_in(&mut tx, item).await?;
    }
    audit::object(&mut tx, ctx, "inquiry.close", "inquiry", id, json!({})).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view_of(ctx, app, &mut tx, row).await?;
    tx.commit().await?;
    Ok(view)
}

fn shanghai(t: chrono::DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Lets the reminder engine hand inquiry deadlines to this module.
pub(crate) fn register_reminders(handlers: &mut Handlers) {
    handlers.register(DUE_KIND, |app, turn| Box::pin(remind(app, turn)));
}

/// The officers of the first of `orgs` that has some.
async fn first_officers(tx: &mut TenantTx, orgs: &[Uuid]) -> AppResult<Vec<Uuid>> {
    for o in orgs {
        let officers = crate::org::officers(tx, *o).await?;
        if !officers.is_empty() {
            return Ok(officers);
        }
    }
    Ok(vec![])
}

/// One reminder of an inquiry's deadline: before and at it, to the org's officers (or the
/// nearest org above with officers); after it, escalation to the officers one level up. Nothing
/// once the inquiry left OPEN; each member is told once per reminder (dedupe key).
async fn remind(app: &App, turn: Turn) -> AppResult<usize> {
    let ctx = Ctx::system(turn.tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(q) = store::by_due_item(&mut tx, turn.item).await? else {
        return Ok(0);
    };
    if q.status != InquiryStatus::Open {
        return Ok(0);
    }
    let chain = store::self_and_ancestors(&mut tx, q.org_id).await?;
    let escalate = turn.offset_minutes > 0;
    let recipients = if escalate && chain.len() > 1 {
        first_officers(&mut tx, &chain[1..]).await?
    } else {
        first_officers(&mut tx, &chain).await?
    };
    let rule = crate::statute::get_in(&mut tx, rules::RULE).await?;
    let heading = match turn.offset_minutes {
        o if o < 0 => "问询临期提醒",
        0 => "问询到期提醒",
        _ => "问询逾期督办",
    };
    let title = format!("{heading}：{}（{}）", q.subject, q.org_name);
    let body = format!(
        "答复截止时间 {}。依据：{}（{}）",
        shanghai(q.due_at),
        rule.title,
        rule.effective_source()
    );
    let mut written = Vec::new();
    for m in recipients {
        let key = format!("inquiry-due:{}:{}:{m}", turn.item, turn.position);
        if let Some(n) = notify::write(
            &mut tx,
            app,
            &NewNotification {
                member_id: m,
                kind: CATEGORY,
                title: &title,
                body: &body,
                dedupe_key: Some(&key),
                detail: json!({ "inquiryId": q.id, "dueAt": q.due_at, "offsetMinutes": turn.offset_minutes,
                                "escalation": escalate, "rule": rule.key }),
            },
        )
        .await?
        {
            written.push((m, n));
        }
    }
    tx.commit().await?;
    notify::announce(app, turn.tenant, &written).await;
    Ok(written.len())
}

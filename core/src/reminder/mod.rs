//! Due items and the reminder engine: any module registers an item with a due time and a
//! subject (a member or an org); reminders fire at offsets from a rule, stop when the item
//! is completed or cancelled, and escalate to the org's officers after the due time.

pub mod handlers;
pub mod rules;
mod store;

pub use handlers::{Handler, Handlers, Turn};

crate::text_enum! {
    /// Where a due item stands: reminders fire only while it is open.
    pub enum DueStatus {
        /// Waiting for its due time.
        Open = "OPEN",
        /// Completed.
        Done = "DONE",
        /// Cancelled (by its module or a manager).
        Cancelled = "CANCELLED",
    }
}

use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    jobs::{self, JobOptions},
    notify::{self, NewNotification},
    page::{Page, PageArgs},
    tenancy::model::Name,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// The job that delivers one reminder.
pub const REMINDER_TASK: &str = "send_reminder";
/// The rule whose parameters give the default reminder offsets.
pub const DEFAULT_RULE: &str = "reminder.defaults";

/// A due item.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueItemRow {
    /// Id.
    pub id: Uuid,
    /// What kind of thing is due (module-defined, e.g. `thought_report`).
    pub kind: String,
    /// Title shown in reminders.
    pub title: String,
    /// Due time.
    pub due_at: DateTime<Utc>,
    /// The rule behind the deadline, if any.
    pub rule_key: Option<String>,
    /// The member it concerns.
    pub subject_member_id: Option<Uuid>,
    /// The org it concerns.
    pub subject_org_id: Option<Uuid>,
    /// Reminder offsets in minutes.
    pub offsets_minutes: Vec<i32>,
    /// First offset (1-based) not yet enqueued.
    pub next_offset: i32,
    /// Open, done or cancelled.
    pub status: DueStatus,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Completed or cancelled.
    pub closed_at: Option<DateTime<Utc>>,
}

/// A new due item.
#[derive(Debug, Clone)]
pub struct NewDueItem {
    /// Kind.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Due time.
    pub due_at: DateTime<Utc>,
    /// Rule behind the deadline.
    pub rule_key: Option<String>,
    /// Member concerned.
    pub member_id: Option<Uuid>,
    /// Org concerned.
    pub org_id: Option<Uuid>,
}

async fn require_manage(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Option<Uuid>,
) -> AppResult<()> {
    let scope = match org {
        Some(o) => Scope::Org(
            crate::org::store::get(tx, o)
                .await?
                .ok_or(AppError::NotFound)?
                .path,
        ),
        None => Scope::Tenant,
    };
    app.authz
        .require_visible(ctx, &scope, catalog::MEMBER, "write")
        .await
}

/// Registers a due item with reminder offsets from the tenant's `reminder.defaults` rule.
pub async fn create(ctx: &Ctx, app: &App, input: NewDueItem) -> AppResult<DueItemRow> {
    let title = Name::parse("title", &input.title, 200)?;
    if input.member_id.is_none() && input.org_id.is_none() {
        return Err(AppError::field("memberId", "请指定相关成员或组织"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let subject_org = match (input.org_id, input.member_id) {
        (Some(o), _) => Some(o),
        (None, Some(m)) => store::member_org(&mut tx, m).await?,
        _ => None,
    };
    require_manage(ctx, app, &mut tx, subject_org).await?;
    if let Some(key) = &input.rule_key {
        crate::statute::get_in(&mut tx, key)
            .await
            .map_err(|_| AppError::field("ruleKey", "未知的规则"))?;
    }
    let defaults = crate::statute::get_in(&mut tx, DEFAULT_RULE).await?;
    let offsets = rules::offsets_from_params(defaults.effective());
    let row = store::insert(
        &mut tx,
        &store::Insert {
            id: crate::new_id(),
            kind: &input.kind,
            title: title.as_str(),
            due_at: input.due_at,
            rule_key: input.rule_key.as_deref(),
            subject_member_id: input.member_id,
            subject_org_id: input.org_id,
            offsets: &offsets,
            created_by: ctx.actor_id(),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "due.create",
        "due_item",
        row.id,
        json!({ "title": row.title, "dueAt": row.due_at }),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Registers a due item for another module inside its transaction, with reminder offsets from
/// `rule_key` (which must have `reminder.defaults`' shape). Returns the item's id.
pub(crate) async fn register(tx: &mut TenantTx, ctx: &Ctx, item: &NewDueItem) -> AppResult<Uuid> {
    let rule = item.rule_key.as_deref().unwrap_or(DEFAULT_RULE);
    let params = crate::statute::get_in(tx, rule).await?;
    let offsets = rules::offsets_from_params(params.effective());
    let row = store::insert(
        tx,
        &store::Insert {
            id: crate::new_id(),
            kind: &item.kind,
            title: &item.title,
            due_at: item.due_at,
            rule_key: item.rule_key.as_deref(),
            subject_member_id: item.member_id,
            subject_org_id: item.org_id,
            offsets: &offsets,
            created_by: ctx.actor_id(),
        },
    )
    .await?;
    Ok(row.id)
}

/// Cancels an open item of another module inside its transaction; its reminders stop.
pub(crate) async fn cancel_in(tx: &mut TenantTx, id: Uuid) -> AppResult<()> {
    store::close(tx, id, DueStatus::Cancelled).await?;
    Ok(())
}

/// Completes an open item of another module inside its transaction (the thing it waited
/// for happened); its reminders stop.
pub(crate) async fn done_in(tx: &mut TenantTx, id: Uuid) -> AppResult<()> {
    store::close(tx, id, DueStatus::Done).await?;
    Ok(())
}

/// Completes (`done`) or cancels an open item; its reminders stop.
pub async fn close(ctx: &Ctx, app: &App, id: Uuid, done: bool) -> AppResult<DueItemRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let item = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if item.subject_member_id.is_none() || item.subject_member_id != ctx.member_id() {
        let org = match item.subject_org_id {
            Some(o) => Some(o),
            None => match item.subject_member_id {
                Some(m) => store::member_org(&mut tx, m).await?,
                None => None,
            },
        };
        require_manage(ctx, app, &mut tx, org).await?;
    }
    let status = if done {
        DueStatus::Done
    } else {
        DueStatus::Cancelled
    };
    let row = store::close(&mut tx, id, status)
        .await?
        .ok_or_else(|| AppError::Conflict("该事项已完成或已取消".into()))?;
    audit::object(
        &mut tx,
        ctx,
        if done { "due.complete" } else { "due.cancel" },
        "due_item",
        id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Due items: the viewer's own, or all of the tenant's for those who manage members.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    include_closed: bool,
    args: &PageArgs,
) -> AppResult<Page<DueItemRow>> {
    let all = app
        .authz
        .allowed(ctx, &Scope::Tenant, catalog::MEMBER, "write")
        .await?;
    let only = if all {
        None
    } else {
        Some(ctx.member_id().ok_or(AppError::Forbidden)?)
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::page(
        &mut tx,
        only,
        include_closed,
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// Payload of [`REMINDER_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReminderJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Item.
    pub item_id: Uuid,
    /// 1-based offset position.
    pub position: i32,
}

/// Finds every reminder whose time has come (by `now`, so tests control the clock) and
/// enqueues one job per item and offset. Safe to run on several workers at once: each
/// offset is claimed by moving the item's pointer in its tenant's transaction.
pub async fn scan(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let mut enqueued = 0;
    for c in crate::system::due_candidates(&app.db, now, 500).await? {
        let Some((send, next)) = rules::due_now(
            c.due_at,
            &c.offsets_minutes,
            usize::try_from(c.next_offset).unwrap_or(1),
            now,
        ) else {
            continue;
        };
        let (send, next) = (
            i32::try_from(send).unwrap_or(i32::MAX),
            i32::try_from(next).unwrap_or(i32::MAX),
        );
        let ctx = Ctx::system(c.tenant_id);
        let mut tx = app.db.begin_tenant(&ctx).await?;
        if store::advance(&mut tx, c.id, c.next_offset, next).await? {
            jobs::enqueue(
                &mut tx,
                REMINDER_TASK,
                &ReminderJob {
                    tenant_id: c.tenant_id,
                    item_id: c.id,
                    position: send,
                },
                &JobOptions {
                    job_key: Some(format!("reminder:{}:{send}", c.id)),
                    ..JobOptions::default()
                },
            )
            .await?;
            enqueued += 1;
        }
        tx.commit().await?;
    }
    Ok(enqueued)
}

/// Delivers one reminder as in-app notifications, naming the rule and source behind it.
/// Nothing is sent for an item completed or cancelled since; a retry writes nothing twice.
pub async fn deliver(app: &App, job: &ReminderJob) -> AppResult<usize> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(item) = store::get(&mut tx, job.item_id).await? else {
        return Ok(0);
    };
    if item.status != DueStatus::Open {
        return Ok(0);
    }
    let offset = item
        .offsets_minutes
        .get(usize::try_from(job.position - 1).unwrap_or(0))
        .copied()
        .unwrap_or(0);
    if let Some(handler) = app.reminders.get(&item.kind) {
        // The item's own module reminds for it (see `handlers`).
        tx.commit().await?;
        let turn = Turn {
            tenant: job.tenant_id,
            item: item.id,
            position: job.position,
            offset_minutes: offset,
        };
        return handler(app, turn).await;
    }
    let org = match item.subject_org_id {
        Some(o) => Some(o),
        None => match item.subject_member_id {
            Some(m) => store::member_org(&mut tx, m).await?,
            None => None,
        },
    };
    let escalation = offset > 0;
    let recipients: Vec<Uuid> = match (escalation, item.subject_member_id) {
        (false, Some(m)) => vec![m],
        _ => match org {
            Some(o) => crate::org::officers(&mut tx, o).await?,
            None => vec![],
        },
    };
    let rule = match &item.rule_key {
        Some(k) => crate::statute::get_in(&mut tx, k).await.ok(),
        None => None,
    };
    let due = item
        .due_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M");
    let title = if escalation {
        format!("逾期督办：{}", item.title)
    } else {
        format!("到期提醒：{}", item.title)
    };
    let basis = rule
        .as_ref()
        .map(|r| format!("依据：{}（{}）", r.title, r.effective_source()))
        .unwrap_or_default();
    let body = format!("截止时间 {due}。{basis}");
    let mut written = Vec::new();
    for member in recipients {
        let key = format!("reminder:{}:{}:{member}", item.id, job.position);
        let detail = json!({
            "dueItem": item.id, "dueAt": item.due_at, "offsetMinutes": offset, "escalation": escalation,
            "rule": rule.as_ref().map(|r| json!({ "key": r.key, "title": r.title, "source": r.effective_source() })),
        });
        if let Some(id) = notify::write(
            &mut tx,
            app,
            &NewNotification {
                member_id: member,
                kind: "REMINDER",
                title: &title,
                body: &body,
                dedupe_key: Some(&key),
                detail,
            },
        )
        .await?
        {
            written.push((member, id));
        }
    }
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok(written.len())
}

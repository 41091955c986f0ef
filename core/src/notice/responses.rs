//! Responses to notices: acknowledgement, the response board and its export, reminders by
//! hand and by the reminder engine, and the emails of a notification batch.

use super::{
    STATS_CHANGED, Stats, load_visible, me,
    model::{Audience, NoticeStatus, parse_reply},
    publish::EmailJob,
    rules::{ResponseState, remind_blocked_until},
    store,
};
use crate::db::TenantTx;
use crate::reminder::Turn;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    bus::Event,
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::Utc;
use futures::Stream;
use serde_json::json;
use uuid::Uuid;

/// Tells board viewers that a notice's counts changed.
pub(super) async fn announce_stats(app: &App, tenant: Uuid, notice: Uuid) {
    app.bus
        .publish(Event {
            tenant,
            topic: STATS_CHANGED.to_string(),
            subject: notice,
            id: notice,
        })
        .await;
}

/// The viewer acknowledges a notice they received, with an optional short reply. Once only.
pub async fn acknowledge(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    reply: Option<&str>,
) -> AppResult<super::NoticeView> {
    let member = me(ctx)?;
    let reply = parse_reply(reply)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    let Some(receipt) = &view.access.receipt else {
        return Err(AppError::NotFound);
    };
    if view.notice.status == NoticeStatus::Withdrawn {
        return Err(AppError::Conflict("该通知已撤回，无需确认".into()));
    }
    if !view.notice.ack_required {
        return Err(AppError::field("noticeId", "此通知无需确认"));
    }
    if receipt.acknowledged_at.is_some() {
        return Err(AppError::Conflict("您已确认过此通知".into()));
    }
    store::acknowledge(&mut tx, id, member, reply.as_deref()).await?;
    store::mark_read(&mut tx, id, member).await?;
    audit::object(
        &mut tx,
        ctx,
        "notice.acknowledge",
        "notice",
        id,
        json!({ "replied": reply.is_some() }),
    )
    .await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    announce_stats(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// The recipients the viewer's board covers: `None` for all of them.
async fn board_scope(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
) -> AppResult<(super::NoticeRow, Option<Vec<String>>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    match view.access.board {
        Some(paths) => Ok((view.notice, paths)),
        None => Err(AppError::NotFound),
    }
}

/// The board's counts per org, over the recipients the viewer may see.
pub async fn stats(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Stats> {
    let (_, paths) = board_scope(ctx, app, id).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let by_org = store::stats(&mut tx, id, paths.as_deref()).await?;
    tx.commit().await?;
    Ok(Stats {
        notice_id: id,
        by_org,
    })
}

/// The board's counts now, then again after every change (changes within a quarter second
/// are read once). Ends when the viewer loses sight of the board.
pub fn follow_stats(app: App, ctx: Ctx, id: Uuid) -> impl Stream<Item = AppResult<Stats>> {
    let bus = app.bus.clone();
    let tenant = ctx.tenant_id;
    bus.follow_subject(STATS_CHANGED, tenant, id, move || {
        let (app, ctx) = (app.clone(), ctx.clone());
        async move { stats(&ctx, &app, id).await }
    })
}

/// One page of the board's list, by state.
pub async fn responses(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    state: Option<ResponseState>,
    args: &PageArgs,
) -> AppResult<Page<super::ResponseRow>> {
    let (_, paths) = board_scope(ctx, app, id).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::responses(
        &mut tx,
        id,
        paths.as_deref(),
        state,
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// How many members an audience reaches now (the compose page's live count). The viewer must
/// manage notices at the issuing org.
pub async fn audience_count(
    ctx: &Ctx,
    app: &App,
    issuer: Uuid,
    audience: Audience,
) -> AppResult<i64> {
    let audience = audience.parse()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, path, _) = store::org_paths(&mut tx, &[issuer])
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::NOTICE, "write")
        .await?;
    let n = crate::audience::store::audience_count(&mut tx, &audience).await?;
    tx.commit().await?;
    Ok(n)
}

/// Reminds, by hand, the recipients the viewer's board covers who have not acknowledged (or
/// not read, when no acknowledgement is asked). At most once per ten minutes per notice.
/// Returns how many were reminded.
pub async fn remind(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<usize> {
    let (_, paths) = board_scope(ctx, app, id).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let n = store::get(&mut tx, id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    if n.status != NoticeStatus::Published {
        return Err(AppError::Conflict("该通知已撤回，不能再提醒".into()));
    }
    if let Some(until) = remind_blocked_until(n.last_reminded_at, Utc::now()) {
        let zone: chrono_tz::Tz = crate::tenancy::tenant_in(&mut tx)
            .await?
            .time_zone
            .parse()
            .unwrap_or(chrono_tz::Asia::Shanghai);
        let at = until.with_timezone(&zone).format("%H:%M");
        return Err(AppError::RateLimited(format!(
            "提醒过于频繁：每条通知 10 分钟内只能提醒一次，请于 {at} 后再试"
        )));
    }
    let reminded = store::mark_reminded(&mut tx, id, paths.as_deref()).await?;
    let members: Vec<Uuid> = reminded.iter().map(|(m, _)| *m).collect();
    let round = crate::new_id();
    let batch = write_reminders(
        &mut tx,
        &n,
        &members,
        &format!("notice-remind:{}:{round}:", n.id),
    )
    .await?;
    store::set_last_reminded(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "notice.remind",
        "notice",
        id,
        json!({ "reminded": members.len() }),
    )
    .await?;
    tx.commit().await?;
    if let Some(b) = batch {
        notify::live::announce_batch(app, ctx.tenant_id, b).await;
    }
    Ok(members.len())
}

/// Writes reminder notifications for `members` as one batch and queues their emails; returns
/// the batch when anything was written.
async fn write_reminders(
    tx: &mut TenantTx,
    n: &super::NoticeRow,
    members: &[Uuid],
    dedupe_prefix: &str,
) -> AppResult<Option<Uuid>> {
    let tenant = tx.tenant();
    if members.is_empty() {
        return Ok(None);
    }
    let batch = crate::new_id();
    let (title, body) = if n.ack_required {
        let due = n
            .ack_deadline
            .map(|d| {
                d.with_timezone(&chrono_tz::Asia::Shanghai)
                    .format("%m月%d日 %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        (
            format!("请确认：{}", n.title),
            format!("{} 发布的通知尚未确认，确认截止 {due}", n.issuer_name),
        )
    } else {
        (
            format!("请阅读：{}", n.title),
            format!("{} 发布的通知您尚未阅读", n.issuer_name),
        )
    };
    let urgent = n.importance == super::NoticeImportance::Urgent;
    let written = store::notify_batch(
        tx,
        members,
        &title,
        &body,
        Some(dedupe_prefix),
        &json!({ "notice": n.id, "batch": batch, "urgent": urgent, "reminder": true }),
        urgent,
    )
    .await?;
    if written.is_empty() {
        return Ok(None);
    }
    jobs::enqueue(
        tx,
        super::EMAIL_TASK,
        &EmailJob {
            tenant_id: tenant,
            notice_id: n.id,
            batch,
        },
        &JobOptions {
            job_key: Some(format!("notice-email:{batch}")),
            ..JobOptions::default()
        },
    )
    .await?;
    Ok(Some(batch))
}

/// The reminder engine's turn for a notice's acknowledgement deadline: at offsets up to the
/// deadline the unacknowledged are reminded; after it, the officers of each org that still
/// has unacknowledged members are told how many. Nothing happens once it is withdrawn.
pub(crate) async fn remind_due(app: &App, turn: Turn) -> AppResult<usize> {
    let Turn {
        tenant,
        item: due_item,
        position,
        offset_minutes,
    } = turn;
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(n) = store::by_due_item(&mut tx, due_item).await? else {
        return Ok(0);
    };
    if n.status != NoticeStatus::Published || !n.ack_required {
        return Ok(0);
    }
    let mut single = Vec::new();
    let mut batch = None;
    let count = if offset_minutes <= 0 {
        let pending = store::pending_members(&mut tx, n.id).await?;
        batch = write_reminders(
            &mut tx,
            &n,
            &pending,
            &format!("notice-auto:{}:{position}:", n.id),
        )
        .await?;
        pending.len()
    } else {
        for (org, org_name, missing) in store::pending_by_org(&mut tx, n.id).await? {
            for officer in crate::org::officers(&mut tx, org).await? {
                let key = format!("notice-escalate:{}:{position}:{org}:{officer}", n.id);
                if let Some(id) = notify::write(
                    &mut tx,
                    app,
                    &notify::NewNotification {
                        member_id: officer,
                        kind: "REMINDER",
                        title: &format!("逾期督办：{}", n.title),
                        body: &format!(
                            "{org_name}有 {missing} 人逾期未确认 {} 发布的通知",
                            n.issuer_name
                        ),
                        dedupe_key: Some(&key),
                        detail: json!({ "notice": n.id, "org": org, "missing": missing, "escalation": true }),
                    },
                )
                .await?
                {
                    single.push((officer, id));
                }
            }
        }
        single.len()
    };
    tx.commit().await?;
    if let Some(b) = batch {
        notify::live::announce_batch(app, tenant, b).await;
    }
    notify::announce(app, tenant, &single).await;
    Ok(count)
}

/// Emails the members of a notification batch who receive notices by email, and everyone
/// with an address when the notice is urgent (the worker's [`super::EMAIL_TASK`]). Each email
/// has a stable key, so a retry sends nothing twice.
pub async fn email_batch(app: &App, job: &EmailJob) -> AppResult<usize> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let targets = store::email_targets(&mut tx, job.batch).await?;
    let link = format!("{}/notices", app.config.public_url());
    for t in &targets {
        let mail = crate::mail::templates::notification(
            crate::mail::templates::Lang::from_tag(&t.language),
            format!("notification:{}:{}", job.tenant_id, t.notification_id),
            &t.email,
            &t.tenant_name,
            &t.title,
            &t.body,
            &format!("{link}/{}", job.notice_id),
        );
        crate::mail::enqueue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(targets.len())
}

const EXPORT_HEADERS: [&str; 7] = [
    "姓名",
    "组织",
    "送达时间",
    "阅读时间",
    "确认时间",
    "回复",
    "已提醒次数",
];

/// The board's list in a state as an .xlsx file (audited). Times are in the tenant's zone.
/// Who may see the board is decided on the primary; the list is read on the read path
/// ([`crate::Db::begin_tenant_read`]) and the audit row written on the primary.
pub async fn export_xlsx(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    state: Option<ResponseState>,
) -> AppResult<(String, Vec<u8>)> {
    let (notice, paths) = board_scope(ctx, app, id).await?;
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let rows = store::all_responses(&mut tx, id, paths.as_deref(), state).await?;
    let zone: chrono_tz::Tz = crate::tenancy::tenant_in(&mut tx)
        .await?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Asia::Shanghai);
    tx.commit().await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "notice.export",
        "notice",
        id,
        json!({ "state": state.map(ResponseState::label), "count": rows.len() }),
    )
    .await?;
    tx.commit().await?;

    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let label = state.map(ResponseState::label).unwrap_or("全部");
    sheet.set_name(label).map_err(xl)?;
    for (c, h) in EXPORT_HEADERS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).map_err(xl)?;
    }
    let fmt = |t: Option<chrono::DateTime<Utc>>| {
        t.map(|t| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let cells = [
            r.member_name.clone(),
            r.org_name.clone(),
            fmt(Some(r.delivered_at)),
            fmt(r.read_at),
            fmt(r.acknowledged_at),
            r.reply.clone().unwrap_or_default(),
            r.reminded_count.to_string(),
        ];
        for (c, v) in cells.iter().enumerate() {
            sheet.write_string(row, c as u16, v).map_err(xl)?;
        }
    }
    sheet.set_column_width(0, 12).map_err(xl)?;
    sheet.set_column_width(1, 24).map_err(xl)?;
    for c in 2..5 {
        sheet.set_column_width(c, 18).map_err(xl)?;
    }
    sheet.set_column_width(5, 30).map_err(xl)?;
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("{}-{label}名单.xlsx", notice.title), bytes))
}

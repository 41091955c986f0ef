//! The actions on activities: publish, edit, cancel; register, withdraw, approve, promote from the
//! waitlist; check in (code or by hand); credit and edit volunteer hours; statistics, the
//! ledger and the export; and what the viewer may see of them.

use super::{
    Access, ActivityRow, ActivityStatLine, ActivityView, DUE_TASK, DueJob, HoursEntry, MemberHours,
    Participation, REMIND_BEFORE_HOURS, RegistrationRow,
    model::{
        ActivityEdit, ActivityEditInput, ActivityInput, ActivityStatus, AnswerInput, NewActivity,
        REASON_MAX, RegistrationStatus, When, check_answers, hours_to_minutes,
    },
    rules, store,
};
use crate::checkin::{self, CheckInMethod, CheckinCode};
use crate::db::TenantTx;
use crate::survey::model::parse_text;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    jobs::{self, JobOptions},
    notify,
};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use uuid::Uuid;

/// The purpose activity check-in codes are signed for (never a meeting's).
const PURPOSE: &str = "activity-checkin";
/// Most activities in one list.
pub const LIST_MAX: i64 = 100;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The viewer's access to each of `activities`, in order: two permission checks per distinct
/// org and one statement for the viewer's audience rows.
async fn accesses(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    activities: &[ActivityRow],
) -> AppResult<Vec<Access>> {
    let member = ctx.member_id();
    let ids: Vec<Uuid> = activities.iter().map(|a| a.id).collect();
    let invited = match member {
        Some(m) => store::invited_to(tx, m, &ids).await?,
        None => vec![],
    };
    let mut rights = RightsByPath::new(catalog::ACTIVITY);
    let mut out = Vec::with_capacity(activities.len());
    for a in activities {
        let (read, write) = rights.at(&app.authz, ctx, &a.org_path).await?;
        let author = member.is_some() && a.created_by == member;
        out.push(Access {
            manage: write || author,
            officer: read || write || author,
            invited: invited.contains(&a.id),
        });
    }
    Ok(out)
}

/// The views of `activities` the viewer may see (officers, the audience, and anyone with a
/// registration), with the viewer's registration.
async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    activities: Vec<ActivityRow>,
) -> AppResult<Vec<ActivityView>> {
    let access = accesses(ctx, app, tx, &activities).await?;
    let ids: Vec<Uuid> = activities.iter().map(|a| a.id).collect();
    let mine = match ctx.member_id() {
        Some(m) => store::registrations_of_member(tx, m, &ids).await?,
        None => vec![],
    };
    let mut out = vec![];
    for (activity, access) in activities.into_iter().zip(access) {
        let reg = mine.iter().find(|r| r.activity_id == activity.id).cloned();
        if !(access.officer || access.invited || reg.is_some()) {
            continue;
        }
        let waitlist_position = match &reg {
            Some(r) if r.status == RegistrationStatus::Waitlisted => {
                Some(store::waitlist_position(tx, activity.id, r.seq).await?)
            }
            _ => None,
        };
        out.push(ActivityView {
            activity,
            access,
            mine: reg,
            waitlist_position,
        });
    }
    Ok(out)
}

/// One activity the viewer may see (else `NOT_FOUND`); `lock` takes its row lock first.
pub(super) async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<ActivityView> {
    let row = store::get(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// One activity the viewer manages (else `NOT_FOUND`, as for one they cannot see).
async fn load_managed(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<ActivityView> {
    let view = load(ctx, app, tx, id, lock).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    Ok(view)
}

/// Publishes an activity: checks the form and the author's rights over the org and the
/// audience, freezes the audience and tells it, and schedules the reminder a day before.
pub async fn create(ctx: &Ctx, app: &App, input: ActivityInput) -> AppResult<ActivityView> {
    let author = me(ctx)?;
    let now = Utc::now();
    let a = NewActivity::parse(input, now)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, org_name) = crate::org::store::path_and_name(&mut tx, a.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::ACTIVITY, "write")
        .await?;
    crate::audience::rights::require(
        ctx,
        app,
        &mut tx,
        &a.audience,
        catalog::ACTIVITY,
        "发布活动",
    )
    .await?;
    let id = crate::new_id();
    store::insert(&mut tx, id, &a, Some(author)).await?;
    let members = store::freeze_audience(&mut tx, id, &a.audience).await?;
    if members.is_empty() {
        return Err(AppError::field("audience", "活动范围内没有成员"));
    }
    let when = a
        .starts_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    let written = notify::write_many(
        &mut tx,
        &members,
        &notify::Broadcast {
            kind: "ACTIVITY",
            title: &format!("新活动：{}", a.title.as_str()),
            body: &format!("{org_name} 发布，{when} 开始，欢迎报名"),
            dedupe_prefix: &format!("activity-open:{id}:"),
            detail: &json!({ "activity": id }),
        },
    )
    .await?;
    schedule_reminder(ctx, &mut tx, id, a.starts_at, now).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.create",
        "activity",
        id,
        json!({ "title": a.title.as_str(), "kind": a.kind.as_str(), "capacity": a.capacity,
                "audience": a.audience }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// One activity, as the viewer may see it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ActivityView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// Upcoming, past or a window's activities: those of an org's sub-tree (`activity` `read`
/// there), or without an org those the viewer may register for; `after` (the last activity of
/// the previous page) continues the list.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    when: When,
    after: Option<Uuid>,
    limit: i64,
) -> AppResult<Vec<ActivityView>> {
    let limit = limit.clamp(1, LIST_MAX);
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = match org {
        Some(org) => {
            let path =
                crate::org::path_where(ctx, app, &mut tx, org, catalog::ACTIVITY, "read").await?;
            store::for_org(&mut tx, &path, when, after, limit).await?
        }
        None => store::for_member(&mut tx, me(ctx)?, when, after, limit).await?,
    };
    let items = views(ctx, app, &mut tx, rows).await?;
    tx.commit().await?;
    Ok(items)
}

/// The viewer's registrations (withdrawn ones included), latest first, with their activities.
pub async fn my_registrations(ctx: &Ctx, app: &App) -> AppResult<Vec<ActivityView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let regs = store::member_registrations(&mut tx, member, LIST_MAX).await?;
    let ids: Vec<Uuid> = regs.iter().map(|r| r.activity_id).collect();
    let mut rows = store::by_ids(&mut tx, &ids).await?;
    rows.sort_by_key(|a| ids.iter().position(|i| *i == a.id));
    let items = views(ctx, app, &mut tx, rows).await?;
    tx.commit().await?;
    Ok(items)
}

/// Promotes from the waitlist, in line order, while places are free (under the row lock the
/// caller holds); returns the notifications written.
async fn promote(tx: &mut TenantTx, a: &ActivityRow) -> AppResult<Vec<(Uuid, Uuid)>> {
    let registered = store::recount(tx, a.id).await?;
    let free = rules::free_places(a.capacity, registered);
    if free == 0 {
        return Ok(vec![]);
    }
    let next = store::first_waitlisted(tx, a.id, free.min(10_000)).await?;
    if next.is_empty() {
        return Ok(vec![]);
    }
    for r in &next {
        store::set_status(tx, r.id, RegistrationStatus::Registered, None).await?;
    }
    store::recount(tx, a.id).await?;
    let members: Vec<Uuid> = next.iter().map(|r| r.member_id).collect();
    Ok(notify::write_many(
        tx,
        &members,
        &notify::Broadcast {
            kind: "ACTIVITY",
            title: &format!("候补成功：{}", a.title),
            body: "有名额空出，您已由候补转为报名成功",
            dedupe_prefix: &format!("activity-promoted:{}:{}:", a.id, crate::new_id()),
            detail: &json!({ "activity": a.id, "promoted": true }),
        },
    )
    .await?)
}

/// The viewer registers, under the activity's row lock: a place while places remain, else the
/// waitlist (in order), or 待审核 when the organiser approves each one. Refused after the
/// deadline (`VALIDATION`), for members outside the audience (`NOT_FOUND`), and twice
/// (`CONFLICT`).
pub async fn register(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    answers: &[AnswerInput],
) -> AppResult<RegistrationRow> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let a = &view.activity;
    if !view.access.invited {
        // Officers see activities they are not invited to; others never reach here.
        return Err(AppError::Denied("您不在本活动的报名范围内".into()));
    }
    if a.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    if !rules::registration_open(a.registration_deadline, Utc::now()) {
        return Err(AppError::field("activityId", "报名已截止"));
    }
    if view
        .mine
        .as_ref()
        .is_some_and(|r| !matches!(r.status, RegistrationStatus::Cancelled))
    {
        return Err(AppError::Conflict(
            match view.mine.as_ref().map(|r| r.status) {
                Some(RegistrationStatus::Rejected) => "您的报名未通过审核".into(),
                _ => "您已报名本活动".into(),
            },
        ));
    }
    let checked = check_answers(&a.field_list(), answers)?;
    let answers = serde_json::to_value(&checked)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("answers: {e}")))?;
    let registered = store::recount(&mut tx, id).await?;
    let status = rules::on_register(a.approval_required, a.capacity, registered);
    let seq = store::next_seq(&mut tx, id).await?;
    store::upsert_registration(&mut tx, id, member, status, seq, &answers).await?;
    store::recount(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.register",
        "activity",
        id,
        json!({ "status": status.as_str() }),
    )
    .await?;
    let row = store::registration_for(&mut tx, id, member)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The viewer withdraws (until the start); a place freed promotes the first on the waitlist,
/// who is told.
pub async fn cancel_registration(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<RegistrationRow> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let Some(mine) = view.mine.clone().filter(|r| r.status.active()) else {
        return Err(AppError::Conflict("您没有可取消的报名".into()));
    };
    if !rules::cancellation_open(view.activity.starts_at, Utc::now()) {
        return Err(AppError::Conflict("活动已开始，不能取消报名".into()));
    }
    store::set_status(&mut tx, mine.id, RegistrationStatus::Cancelled, None).await?;
    let written = if mine.status == RegistrationStatus::Registered
        && view.activity.status == ActivityStatus::Published
    {
        promote(&mut tx, &view.activity).await?
    } else {
        vec![]
    };
    store::recount(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.withdraw",
        "activity",
        id,
        json!({ "was": mine.status.as_str(), "promoted": written.len() }),
    )
    .await?;
    let row = store::registration_for(&mut tx, id, member)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(row)
}

/// The organiser approves (a place, or the waitlist when full) or rejects a registration
/// awaiting a decision; the member is told.
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    registration: Uuid,
    approve: bool,
) -> AppResult<RegistrationRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let r = store::registration(&mut tx, registration)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = load_managed(ctx, app, &mut tx, r.activity_id, true).await?;
    let r = store::registration(&mut tx, registration)
        .await?
        .ok_or(AppError::NotFound)?;
    if r.status != RegistrationStatus::PendingApproval {
        return Err(AppError::Conflict("该报名不在待审核状态".into()));
    }
    if view.activity.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    let status = if approve {
        let registered = store::recount(&mut tx, r.activity_id).await?;
        rules::placed(view.activity.capacity, registered)
    } else {
        RegistrationStatus::Rejected
    };
    store::set_status(&mut tx, r.id, status, ctx.member_id()).await?;
    store::recount(&mut tx, r.activity_id).await?;
    let (title, body) = match status {
        RegistrationStatus::Registered => ("报名已通过", "您的报名已通过审核"),
        RegistrationStatus::Waitlisted => (
            "报名已通过（候补）",
            "您的报名已通过审核，名额已满，已进入候补",
        ),
        _ => ("报名未通过", "很抱歉，您的报名未通过审核"),
    };
    let written = notify::write_many(
        &mut tx,
        &[r.member_id],
        &notify::Broadcast {
            kind: "ACTIVITY",
            title: &format!("{title}：{}", view.activity.title),
            body,
            dedupe_prefix: &format!("activity-decided:{}:", r.id),
            detail: &json!({ "activity": r.activity_id, "status": status.as_str() }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.decide",
        "activity",
        r.activity_id,
        json!({ "member": r.member_id, "status": status.as_str() }),
    )
    .await?;
    let row = store::registration(&mut tx, r.id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(row)
}

/// Changes a published activity before it starts (its managers): text, place, times and
/// places. Places cannot drop below those already taken; more places promote from the
/// waitlist in line order. When the time or place changes, everyone registered, waitlisted or
/// awaiting a decision is told and the reminder moves with the start.
pub async fn update(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: ActivityEditInput,
) -> AppResult<ActivityView> {
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, true).await?;
    let a = &view.activity;
    if a.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消，不能修改".into()));
    }
    if now >= a.starts_at {
        return Err(AppError::Conflict("活动已开始，不能修改".into()));
    }
    let e = ActivityEdit::parse(input, now, a.registration_deadline)?;
    if let Some(c) = e.capacity
        && c < a.registered_count
    {
        return Err(AppError::field(
            "capacity",
            format!(
                "已有 {} 人报名成功，名额不能少于 {}",
                a.registered_count, a.registered_count
            ),
        ));
    }
    store::update(&mut tx, id, &e).await?;
    let mut written = vec![];
    let moved = e.starts_at != a.starts_at || e.ends_at != a.ends_at || e.place != a.place;
    if moved {
        let members = store::active_members(&mut tx, id, false).await?;
        let when = e
            .starts_at
            .with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%m月%d日 %H:%M");
        let place = if e.place.is_empty() {
            String::new()
        } else {
            format!("，地点：{}", e.place)
        };
        written = notify::write_many(
            &mut tx,
            &members,
            &notify::Broadcast {
                kind: "ACTIVITY",
                title: &format!("活动变更：{}", e.title.as_str()),
                body: &format!("活动时间或地点有变化：{when} 开始{place}"),
                dedupe_prefix: &format!("activity-changed:{id}:{}:", crate::new_id()),
                detail: &json!({ "activity": id, "changed": true }),
            },
        )
        .await?;
        schedule_reminder(ctx, &mut tx, id, e.starts_at, now).await?;
    }
    let after = store::get(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    written.extend(promote(&mut tx, &after).await?);
    audit::object(
        &mut tx,
        ctx,
        "activity.update",
        "activity",
        id,
        json!({ "title": e.title.as_str(), "place": e.place, "startsAt": e.starts_at,
                "endsAt": e.ends_at, "registrationDeadline": e.registration_deadline,
                "capacity": e.capacity, "before": { "startsAt": a.starts_at, "endsAt": a.ends_at,
                "place": a.place, "capacity": a.capacity } }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Schedules (or moves) the reminder a day before the start; none when that time has passed.
async fn schedule_reminder(
    ctx: &Ctx,
    tx: &mut TenantTx,
    id: Uuid,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let remind_at = starts_at - Duration::hours(REMIND_BEFORE_HOURS);
    if remind_at > now {
        jobs::enqueue(
            tx,
            DUE_TASK,
            &DueJob {
                tenant_id: ctx.tenant_id(),
                activity_id: id,
            },
            &JobOptions {
                job_key: Some(format!("activity-remind:{id}")),
                run_at: Some(remind_at),
                ..JobOptions::default()
            },
        )
        .await?;
    }
    Ok(())
}

/// Cancels an activity (its managers, before it ends); everyone registered, waitlisted or
/// awaiting a decision is told.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<ActivityView> {
    let reason = parse_text("reason", Some(reason), REASON_MAX)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, true).await?;
    if view.activity.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    if view.activity.ended(Utc::now()) {
        return Err(AppError::Conflict("活动已结束，不能取消".into()));
    }
    store::mark_cancelled(&mut tx, id, &reason).await?;
    let members = store::active_members(&mut tx, id, false).await?;
    let body = if reason.is_empty() {
        "活动已取消".to_string()
    } else {
        format!("活动已取消：{reason}")
    };
    let written = notify::write_many(
        &mut tx,
        &members,
        &notify::Broadcast {
            kind: "ACTIVITY",
            title: &format!("活动取消：{}", view.activity.title),
            body: &body,
            dedupe_prefix: &format!("activity-cancelled:{id}:"),
            detail: &json!({ "activity": id, "cancelled": true }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.cancel",
        "activity",
        id,
        json!({ "reason": reason, "told": members.len() }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Every registration of an activity, in line order (its officers).
pub async fn registrations(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Vec<RegistrationRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.access.officer {
        return Err(AppError::NotFound);
    }
    let rows = store::registrations(&mut tx, id).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The participation figures of the views' activities, in order.
pub(super) async fn participation_of(
    tx: &mut TenantTx,
    ids: &[Uuid],
) -> AppResult<Vec<(Uuid, Participation)>> {
    Ok(store::participation(tx, ids, Utc::now()).await?)
}

/// The check-in code for now (its managers), as meetings have.
pub async fn checkin_code(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CheckinCode> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, false).await?;
    if view.activity.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    let timing = checkin::timing(&mut tx).await?;
    tx.commit().await?;
    checkin::issue(app, PURPOSE, ctx.tenant_id(), id, &timing).await
}

/// Credits the activity's volunteer hours to a registration just checked in.
async fn credit(
    tx: &mut TenantTx,
    a: &ActivityRow,
    r: &RegistrationRow,
    by: Option<Uuid>,
) -> AppResult<()> {
    if a.volunteer_minutes > 0 && r.credited_minutes == 0 {
        store::book_hours(
            tx,
            r,
            "CREDIT",
            a.volunteer_minutes,
            a.volunteer_minutes,
            "",
            by,
        )
        .await?;
    }
    Ok(())
}

/// The points event of attending an activity (参加活动), once per member and activity.
fn attended(a: &ActivityRow, member: Uuid) -> crate::points::Event {
    crate::points::Event {
        member_id: member,
        action: crate::points::PointAction::ActivityAttendance,
        source_kind: crate::points::SourceKind::Activity,
        source_id: a.id.to_string(),
        source_title: a.title.clone(),
        occurred_at: a.starts_at,
    }
}

/// The viewer checks in with the code on the activity's screen (and their position when it
/// has a geofence); their volunteer hours are credited.
pub async fn check_in(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    code: &str,
    position: Option<(f64, f64)>,
) -> AppResult<ActivityView> {
    let member = me(ctx)?;
    let code = checkin::verify(app, PURPOSE, code, "活动现场").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let timing = checkin::timing(&mut tx).await?;
    let now = Utc::now();
    code.check(ctx.tenant_id(), id, &timing, now, "签到码不属于本活动")?;
    let a = &view.activity;
    if a.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    let Some(mine) = view
        .mine
        .clone()
        .filter(|r| r.status == RegistrationStatus::Registered)
    else {
        return Err(AppError::Conflict("您没有本活动的有效报名".into()));
    };
    if !timing.open(a.starts_at, a.ends_at, now) {
        return Err(AppError::Conflict("不在签到时段内".into()));
    }
    if mine.checked_in_at.is_some() {
        return Err(AppError::Conflict("您已签到".into()));
    }
    let distance = checkin::within_fence(
        (a.geo_latitude, a.geo_longitude, a.geo_radius_m),
        position,
        "活动",
        "活动现场",
    )?;
    if !store::check_in(&mut tx, mine.id, CheckInMethod::Qr, Some(member), distance).await? {
        return Err(AppError::Conflict("您已签到".into()));
    }
    credit(&mut tx, a, &mine, Some(member)).await?;
    crate::points::earn(&mut tx, ctx, &attended(a, member)).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.check_in",
        "activity",
        id,
        json!({ "method": "QR" }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// An officer marks a registrant present (crediting their hours) or undoes it (reversing
/// them).
pub async fn record_attendance(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    member: Uuid,
    present: bool,
) -> AppResult<RegistrationRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, true).await?;
    if view.activity.status == ActivityStatus::Cancelled {
        return Err(AppError::Conflict("活动已取消".into()));
    }
    let Some(r) = store::registration_for(&mut tx, id, member)
        .await?
        .filter(|r| r.status == RegistrationStatus::Registered)
    else {
        return Err(AppError::field("memberId", "该成员没有本活动的有效报名"));
    };
    if present {
        if !store::check_in(&mut tx, r.id, CheckInMethod::Manual, ctx.member_id(), None).await? {
            return Err(AppError::Conflict("该成员已签到".into()));
        }
        credit(&mut tx, &view.activity, &r, ctx.member_id()).await?;
        crate::points::earn(&mut tx, ctx, &attended(&view.activity, member)).await?;
    } else {
        if !store::undo_check_in(&mut tx, r.id).await? {
            return Err(AppError::Conflict("该成员尚未签到".into()));
        }
        crate::points::revoke(&mut tx, ctx, &attended(&view.activity, member), "撤销签到").await?;
        if r.credited_minutes > 0 {
            store::book_hours(
                &mut tx,
                &r,
                "REVERSAL",
                -r.credited_minutes,
                0,
                "撤销签到",
                ctx.member_id(),
            )
            .await?;
        }
    }
    audit::object(
        &mut tx,
        ctx,
        "activity.attendance",
        "activity",
        id,
        json!({ "member": member, "present": present }),
    )
    .await?;
    let row = store::registration(&mut tx, r.id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The organiser sets the hours credited to one attendee, with a reason: an adjustment entry
/// of the difference in the ledger, and the audit log records both amounts and the reason.
pub async fn set_hours(
    ctx: &Ctx,
    app: &App,
    registration: Uuid,
    hours: f64,
    reason: &str,
) -> AppResult<RegistrationRow> {
    let minutes = hours_to_minutes("hours", hours)?;
    let reason = parse_text("reason", Some(reason), REASON_MAX)?;
    if reason.is_empty() {
        return Err(AppError::field("reason", "请填写修改原因"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let r = store::registration(&mut tx, registration)
        .await?
        .ok_or(AppError::NotFound)?;
    load_managed(ctx, app, &mut tx, r.activity_id, true).await?;
    let r = store::registration(&mut tx, registration)
        .await?
        .ok_or(AppError::NotFound)?;
    if r.checked_in_at.is_none() {
        return Err(AppError::Conflict(
            "只有已签到的成员可以记录志愿时长".into(),
        ));
    }
    let delta = minutes - r.credited_minutes;
    if delta != 0 {
        store::book_hours(
            &mut tx,
            &r,
            "ADJUSTMENT",
            delta,
            minutes,
            &reason,
            ctx.member_id(),
        )
        .await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "activity.hours",
        "activity",
        r.activity_id,
        json!({ "member": r.member_id, "fromMinutes": r.credited_minutes, "toMinutes": minutes,
                "reason": reason }),
    )
    .await?;
    let row = store::registration(&mut tx, r.id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The viewer's volunteer-hours ledger for the activities that started in `year`.
pub async fn my_hours(ctx: &Ctx, app: &App, year: i32) -> AppResult<Vec<HoursEntry>> {
    let member = me(ctx)?;
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年份无效"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::ledger(&mut tx, member, year).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Per member, the volunteer hours of the activities of an org's sub-tree in `year`
/// (`activity` `read` at the org).
pub async fn hours_totals(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: i32,
) -> AppResult<Vec<MemberHours>> {
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年份无效"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::ACTIVITY, "read").await?;
    let rows = store::hours_by_member(&mut tx, &path, year).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The activities of an org's sub-tree in `year` with their participation figures
/// (`activity` `read` at the org).
pub async fn org_statistics(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: i32,
) -> AppResult<Vec<ActivityStatLine>> {
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年份无效"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::ACTIVITY, "read").await?;
    let rows = store::in_year(&mut tx, &path, year).await?;
    let ids: Vec<Uuid> = rows.iter().map(|a| a.id).collect();
    let figures = participation_of(&mut tx, &ids).await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|activity| {
            let participation = figures
                .iter()
                .find(|(id, _)| *id == activity.id)
                .map(|(_, p)| *p)
                .unwrap_or_default();
            ActivityStatLine {
                activity,
                participation,
            }
        })
        .collect())
}

/// One activity's participation figures (its officers).
pub async fn statistics(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Participation> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.access.officer {
        return Err(AppError::NotFound);
    }
    let p = participation_of(&mut tx, &[id]).await?;
    tx.commit().await?;
    Ok(p.first().map(|(_, p)| *p).unwrap_or_default())
}

/// The worker's turn ([`DUE_TASK`]): a day before the start, reminds everyone holding a place
/// (once per member). Returns what it did.
pub async fn run_due(app: &App, job: &DueJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(a) = store::get(&mut tx, job.activity_id, true).await? else {
        return Ok("gone");
    };
    let now = Utc::now();
    if a.status != ActivityStatus::Published || now >= a.starts_at {
        tx.commit().await?;
        return Ok("nothing due");
    }
    let members = store::active_members(&mut tx, a.id, true).await?;
    let when = a
        .starts_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    let place = if a.place.is_empty() {
        String::new()
    } else {
        format!("，地点：{}", a.place)
    };
    let written = notify::write_many(
        &mut tx,
        &members,
        &notify::Broadcast {
            kind: "ACTIVITY",
            title: &format!("活动提醒：{}", a.title),
            body: &format!("活动将于 {when} 开始{place}，请准时参加"),
            // The start is in the key: a moved activity reminds again.
            dedupe_prefix: &format!("activity-remind:{}:{}:", a.id, a.starts_at.timestamp()),
            detail: &json!({ "activity": a.id, "reminder": true }),
        },
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok("reminded")
}

/// The registrations and attendance as .xlsx, one row per registration in line order, with the
/// custom fields' answers (its officers).
pub async fn export_xlsx(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.access.officer {
        return Err(AppError::NotFound);
    }
    let rows = store::registrations(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.export",
        "activity",
        id,
        json!({ "rows": rows.len() }),
    )
    .await?;
    tx.commit().await?;
    let a = &view.activity;
    let fields = a.field_list();
    let ended = a.ended(Utc::now());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    sheet.set_name("报名与签到").map_err(xl)?;
    let mut headers: Vec<String> = ["序号", "姓名", "报名状态", "报名时间"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    headers.extend(fields.iter().map(|f| f.label.clone()));
    headers.extend(["出勤", "签到时间", "签到方式", "志愿时长（小时）"].map(String::from));
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap_or(u16::MAX), h)
            .map_err(xl)?;
    }
    let at = |t: chrono::DateTime<Utc>| {
        t.with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut cells: Vec<String> = vec![
            (i + 1).to_string(),
            r.member_name.clone(),
            status_label(r.status).into(),
            at(r.registered_at),
        ];
        for f in &fields {
            cells.push(
                r.answers
                    .get(f.id.to_string())
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string(),
            );
        }
        cells.push(
            match (r.status, r.checked_in_at, ended) {
                (_, Some(_), _) => "出席",
                (RegistrationStatus::Registered, None, true) => "缺席",
                _ => "",
            }
            .into(),
        );
        cells.push(r.checked_in_at.map(at).unwrap_or_default());
        cells.push(
            match r.check_in_method {
                Some(CheckInMethod::Qr) => "扫码",
                Some(CheckInMethod::Manual) => "代签",
                None => "",
            }
            .into(),
        );
        cells.push(format!("{:.1}", f64::from(r.credited_minutes) / 60.0));
        for (c, v) in cells.iter().enumerate() {
            sheet
                .write_string(row, u16::try_from(c).unwrap_or(u16::MAX), v)
                .map_err(xl)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("活动报名-{}.xlsx", a.title), bytes))
}

/// A registration status in words.
fn status_label(s: RegistrationStatus) -> &'static str {
    match s {
        RegistrationStatus::Registered => "报名成功",
        RegistrationStatus::Waitlisted => "候补",
        RegistrationStatus::PendingApproval => "待审核",
        RegistrationStatus::Rejected => "未通过",
        RegistrationStatus::Cancelled => "已取消",
    }
}

/// Moves an activity back in time by `by`, registration deadline included (the demo seed's
/// past activity, published ahead so that members could register; never reached by the API).
pub(crate) async fn demo_backdate(
    app: &App,
    tenant: Uuid,
    id: Uuid,
    by: Duration,
) -> AppResult<()> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    store::shift(&mut tx, id, by).await?;
    tx.commit().await?;
    Ok(())
}

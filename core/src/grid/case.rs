//! Cases (案件): reporting, the seven steps with their permissions and timers, the timeline,
//! and what each viewer may see of them.

use super::access::{self, CaseView};
use super::case_store as store;
use super::events;
use super::model::{CaseEventKind, CaseEventRow, CaseRow, CaseState, Category};
use super::rules::{self, Action};
use crate::authz::catalog;
use crate::db::TenantTx;
use crate::files::FileRow;
use crate::notify::{self, NewNotification};
use crate::org::model::OrgRow;
use crate::page::{Page, PageArgs};
use crate::reminder::{self, NewDueItem};
use crate::{App, AppError, AppResult, Ctx, audit};
use chrono::{DateTime, Datelike, Utc};
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

/// Due-item kind of the acceptance timer (subject: the grid).
pub const ACCEPT_KIND: &str = "GRID_CASE_ACCEPT";
/// Due-item kind of the resolve timer (subject: the assignee member or org).
pub const RESOLVE_KIND: &str = "GRID_CASE_RESOLVE";
/// Prefix of case numbers.
pub const NUMBER_PREFIX: &str = "WG";
/// At most this many photos per report or feedback.
pub const MAX_PHOTOS: usize = 9;
/// Longest title.
pub const MAX_TITLE: usize = 100;
/// Longest description, note or reason.
pub const MAX_TEXT: usize = 2000;
/// Longest address.
pub const MAX_ADDRESS: usize = 200;
/// Longest rating comment.
pub const MAX_COMMENT: usize = 500;
/// Longest search text.
pub const MAX_SEARCH: usize = 100;
/// Notification category of dispatches (分派给您的工作任务和网格督办事项).
const NOTIFY_KIND: &str = "TASK";

/// Where a case was found.
#[derive(Debug, Clone, Default)]
pub struct Location {
    /// Latitude (WGS-84), −90…90.
    pub latitude: Option<f64>,
    /// Longitude (WGS-84), −180…180.
    pub longitude: Option<f64>,
    /// Address as typed or resolved.
    pub address: Option<String>,
}

/// A report (采集).
#[derive(Debug, Clone)]
pub struct NewCase {
    /// The grid (an org unit on the GRID line).
    pub grid_id: Uuid,
    /// A category of the effective `grid.case` rule.
    pub category_key: String,
    /// Title (1–100 characters).
    pub title: String,
    /// Description (up to 2,000 characters).
    pub description: String,
    /// Where.
    pub location: Option<Location>,
    /// The reporter's own READY uploads, at most nine.
    pub photo_file_ids: Vec<Uuid>,
    /// Hide the reporter's name from handlers (supervisors still see it).
    pub hide_reporter: bool,
}

/// A dispatch (派遣): exactly one of member and org.
#[derive(Debug, Clone, Default)]
pub struct Dispatch {
    /// An active member of the tenant.
    pub assignee_member_id: Option<Uuid>,
    /// A live org unit of the tenant.
    pub assignee_org_id: Option<Uuid>,
    /// A deadline other than the SLA's (later only with `grid:extend`).
    pub due_at: Option<DateTime<Utc>>,
    /// A note for the assignee.
    pub note: Option<String>,
}

/// What a list of cases is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct ListArgs {
    /// Only cases of this grid and the grids under it.
    pub grid_id: Option<Uuid>,
    /// Only in this state.
    pub state: Option<CaseState>,
    /// Only of this category.
    pub category_key: Option<String>,
    /// Only those past their current deadline.
    pub overdue_only: bool,
    /// Number, title or address containing this text (case-insensitive).
    pub search: Option<String>,
    /// Only those the viewer reported or was dispatched.
    pub mine: bool,
}

/// One timeline entry as a viewer of the case sees it.
#[derive(Debug, Clone)]
pub struct EventView {
    /// The row.
    pub row: CaseEventRow,
    /// Who did it (none for the worker's 督办 steps).
    pub actor_name: Option<String>,
    /// Its files with download links signed for this viewer.
    pub files: Vec<(FileRow, String)>,
}

/// A text input: trimmed, bounded, without control characters (line breaks and tabs are
/// allowed where `multiline`); `None` when empty.
fn text(field: &str, raw: &str, max: usize, multiline: bool) -> AppResult<Option<String>> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(Some(s.to_string()))
}

/// Like [`text`], but required.
fn required(field: &str, raw: &str, max: usize, multiline: bool) -> AppResult<String> {
    text(field, raw, max, multiline)?.ok_or_else(|| AppError::field(field, "不能为空"))
}

fn optional(field: &str, raw: Option<&str>, max: usize) -> AppResult<Option<String>> {
    raw.map(|r| text(field, r, max, true))
        .transpose()
        .map(Option::flatten)
}

fn check_location(l: &Location) -> AppResult<Location> {
    let lat = l.latitude;
    let lon = l.longitude;
    if lat.is_some() != lon.is_some() {
        return Err(AppError::field("location", "经纬度须同时提供"));
    }
    if lat.is_some_and(|v| !v.is_finite() || !(-90.0..=90.0).contains(&v)) {
        return Err(AppError::field("latitude", "纬度须在 -90 到 90 之间"));
    }
    if lon.is_some_and(|v| !v.is_finite() || !(-180.0..=180.0).contains(&v)) {
        return Err(AppError::field("longitude", "经度须在 -180 到 180 之间"));
    }
    let address = match l.address.as_deref() {
        Some(a) => text("address", a, MAX_ADDRESS, false)?,
        None => None,
    };
    Ok(Location {
        latitude: lat,
        longitude: lon,
        address,
    })
}

fn distinct_photos(ids: &[Uuid], field: &str) -> AppResult<Vec<Uuid>> {
    let mut out: Vec<Uuid> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(*id);
        }
    }
    if out.len() > MAX_PHOTOS {
        return Err(AppError::field(field, format!("最多 {MAX_PHOTOS} 张照片")));
    }
    Ok(out)
}

/// Checks that each photo is the member's own READY image upload.
async fn attach_photos(
    tx: &mut TenantTx,
    member: Uuid,
    ids: &[Uuid],
    field: &str,
) -> AppResult<()> {
    for id in ids {
        let f = crate::files::attachable(tx, member, *id).await?;
        if !f.content_type.starts_with("image/") {
            return Err(AppError::field(field, "只能附加图片"));
        }
    }
    Ok(())
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// The categories of the effective `grid.case` rule.
async fn categories_in(tx: &mut TenantTx) -> AppResult<Vec<Category>> {
    let rule = crate::statute::get_in(tx, rules::RULE).await?;
    Ok(rules::categories(rule.effective()))
}

/// The categories cases are reported in, with their SLAs (the tenant's effective `grid.case`).
pub async fn categories(ctx: &Ctx, app: &App) -> AppResult<Vec<Category>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let out = categories_in(&mut tx).await?;
    tx.commit().await?;
    Ok(out)
}

/// Reports a case on a grid (any active member of the tenant): numbered `WG-{year}-{n}`,
/// REPORTED, with the acceptance timer running.
pub async fn report(ctx: &Ctx, app: &App, input: NewCase) -> AppResult<CaseView> {
    let reporter = me(ctx)?;
    let title = required("title", &input.title, MAX_TITLE, false)?;
    let description = text("description", &input.description, MAX_TEXT, true)?.unwrap_or_default();
    let location = input
        .location
        .as_ref()
        .map(check_location)
        .transpose()?
        .unwrap_or_default();
    let category_key = required("categoryKey", &input.category_key, 40, false)?;
    let photos = distinct_photos(&input.photo_file_ids, "photoFileIds")?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let grid = access::live_grid(&mut tx, input.grid_id, "gridId").await?;
    let category = categories_in(&mut tx)
        .await?
        .into_iter()
        .find(|c| c.key == category_key)
        .ok_or_else(|| AppError::field("categoryKey", "未知的事件类别"))?;
    attach_photos(&mut tx, reporter, &photos, "photoFileIds").await?;
    let now = store::now(&mut tx).await?;
    let n = store::next_number(&mut tx, NUMBER_PREFIX, now.year()).await?;
    let number = rules::number(NUMBER_PREFIX, now.year(), n);
    let accept_due_at = rules::accept_due(&category, now);
    let accept_item = reminder::register(
        &mut tx,
        ctx,
        &NewDueItem {
            kind: ACCEPT_KIND.into(),
            title: format!("网格事件待立案：{number} {title}"),
            due_at: accept_due_at,
            rule_key: Some(rules::RULE.into()),
            member_id: None,
            org_id: Some(grid.id),
        },
    )
    .await?;
    let row = CaseRow {
        id: crate::new_id(),
        number,
        grid_id: grid.id,
        category_key: category.key.clone(),
        category_name: category.name.clone(),
        title,
        description,
        latitude: location.latitude,
        longitude: location.longitude,
        address: location.address,
        photo_file_ids: photos.clone(),
        reporter_id: reporter,
        reporter_hidden: input.hide_reporter,
        state: CaseState::Reported,
        assignee_member_id: None,
        assignee_org_id: None,
        dispatcher_id: None,
        accept_due_at,
        due_at: None,
        resolved: None,
        rating: None,
        rating_comment: None,
        accept_due_item_id: Some(accept_item),
        resolve_due_item_id: None,
        reported_at: now,
        accepted_at: None,
        dispatched_at: None,
        feedback_at: None,
        closed_at: None,
        updated_at: now,
    };
    store::insert(&mut tx, &row).await?;
    let event = CaseEventRow {
        id: crate::new_id(),
        case_id: row.id,
        kind: CaseEventKind::Reported,
        from_state: None,
        to_state: CaseState::Reported,
        actor_id: Some(reporter),
        note: None,
        file_ids: photos,
        detail: json!({ "acceptDueAt": accept_due_at, "category": category.key }),
        created_at: now,
    };
    store::insert_event(&mut tx, &event).await?;
    audit::object(
        &mut tx,
        ctx,
        "grid_case.report",
        "grid_case",
        row.id,
        json!({ "number": row.number, "grid": grid.id, "category": row.category_key }),
    )
    .await?;
    tx.commit().await?;
    events::case_changed(app, ctx.tenant_id, row.id, event.id).await;
    get(ctx, app, row.id).await
}

/// A transition under way: the case locked, the viewer allowed, the target state known.
struct Step {
    tx: TenantTx,
    row: CaseRow,
    grid: OrgRow,
    extend: bool,
    from: CaseState,
    to: CaseState,
    now: DateTime<Utc>,
}

/// Locks the case and checks, in this order, that the viewer may read it (else NOT_FOUND),
/// may take the action (else NOT_FOUND) and that the state allows it (else CONFLICT naming
/// the state). Two parallel transitions from one state: the second waits for the lock and
/// then meets the new state.
async fn begin(ctx: &Ctx, app: &App, id: Uuid, action: Action) -> AppResult<Step> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (access, grid, _) = access::readable_case(ctx, app, &mut tx, &row).await?;
    if !access.permits(action) {
        return Err(AppError::NotFound);
    }
    let to = rules::transition(row.state, action).map_err(AppError::Conflict)?;
    let now = store::now(&mut tx).await?;
    Ok(Step {
        tx,
        from: row.state,
        row,
        grid,
        extend: access.extend,
        to,
        now,
    })
}

/// What a finished step records beside the state change.
struct Record<'a> {
    kind: CaseEventKind,
    audit: &'a str,
    note: Option<String>,
    files: Vec<Uuid>,
    detail: Value,
    /// Further timeline rows after the main one (an extension).
    extra: Vec<(CaseEventKind, Value)>,
    /// Members to notify, with title and body.
    notify: Vec<(Uuid, String, String)>,
}

impl Record<'_> {
    fn new(kind: CaseEventKind, audit: &str) -> Record<'_> {
        Record {
            kind,
            audit,
            note: None,
            files: vec![],
            detail: json!({}),
            extra: vec![],
            notify: vec![],
        }
    }
}

/// Writes the case, its timeline rows, notifications and the audit entry, commits, tells the
/// live boards and returns the case as the viewer now sees it.
async fn finish(ctx: &Ctx, app: &App, mut s: Step, r: Record<'_>) -> AppResult<CaseView> {
    s.row.state = s.to;
    s.row.updated_at = s.now;
    store::update(&mut s.tx, &s.row).await?;
    let event_id = crate::new_id();
    store::insert_event(
        &mut s.tx,
        &CaseEventRow {
            id: event_id,
            case_id: s.row.id,
            kind: r.kind,
            from_state: Some(s.from),
            to_state: s.to,
            actor_id: ctx.member_id(),
            note: r.note.clone(),
            file_ids: r.files,
            detail: r.detail.clone(),
            created_at: s.now,
        },
    )
    .await?;
    for (kind, detail) in r.extra {
        store::insert_event(
            &mut s.tx,
            &CaseEventRow {
                id: crate::new_id(),
                case_id: s.row.id,
                kind,
                from_state: Some(s.to),
                to_state: s.to,
                actor_id: ctx.member_id(),
                note: None,
                file_ids: vec![],
                detail,
                created_at: s.now,
            },
        )
        .await?;
    }
    let mut written = Vec::new();
    for (member, title, body) in &r.notify {
        let n = NewNotification {
            member_id: *member,
            kind: NOTIFY_KIND,
            title,
            body,
            dedupe_key: None,
            detail: json!({ "gridCase": s.row.id, "number": s.row.number }),
        };
        if let Some(nid) = notify::write(&mut s.tx, app, &n).await? {
            written.push((*member, nid));
        }
    }
    audit::object(
        &mut s.tx,
        ctx,
        r.audit,
        "grid_case",
        s.row.id,
        json!({ "number": s.row.number, "from": s.from.as_str(), "to": s.to.as_str(),
                "note": r.note, "detail": r.detail }),
    )
    .await?;
    let id = s.row.id;
    s.tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    events::case_changed(app, ctx.tenant_id, id, event_id).await;
    get(ctx, app, id).await
}

/// Accepts a case (立案): `grid:write` at its grid; the acceptance timer is done.
pub async fn accept(ctx: &Ctx, app: &App, id: Uuid, note: Option<&str>) -> AppResult<CaseView> {
    let note = optional("note", note, MAX_TEXT)?;
    let mut s = begin(ctx, app, id, Action::Accept).await?;
    if let Some(item) = s.row.accept_due_item_id {
        reminder::done_in(&mut s.tx, item).await?;
    }
    s.row.accepted_at = Some(s.now);
    let mut r = Record::new(CaseEventKind::Accepted, "grid_case.accept");
    r.note = note;
    finish(ctx, app, s, r).await
}

/// Refuses a case (不予立案) with a reason: `grid:write` at its grid; the timer is cancelled.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<CaseView> {
    let reason = required("reason", reason, MAX_TEXT, true)?;
    let mut s = begin(ctx, app, id, Action::Cancel).await?;
    if let Some(item) = s.row.accept_due_item_id {
        reminder::cancel_in(&mut s.tx, item).await?;
    }
    s.row.closed_at = Some(s.now);
    let mut r = Record::new(CaseEventKind::Cancelled, "grid_case.cancel");
    r.note = Some(reason);
    finish(ctx, app, s, r).await
}

/// Dispatches a case (派遣) to a member or an org, or again to someone else while it is
/// worked on: `grid:write` at its grid. The deadline is the category's SLA from now unless
/// `due_at` says otherwise (earlier always; later only with `grid:extend`, recorded as an
/// extension). The resolve timer starts (a previous one is cancelled) and the assignee (or the
/// assignee org's officers) is notified.
pub async fn dispatch(ctx: &Ctx, app: &App, id: Uuid, d: Dispatch) -> AppResult<CaseView> {
    let note = optional("note", d.note.as_deref(), MAX_TEXT)?;
    if d.assignee_member_id.is_some() == d.assignee_org_id.is_some() {
        return Err(AppError::field(
            "assigneeMemberId",
            "请指定一名承办人或一个承办组织（二选一）",
        ));
    }
    let mut s = begin(ctx, app, id, Action::Dispatch).await?;
    let (assignee_name, recipients) = match (d.assignee_member_id, d.assignee_org_id) {
        (Some(m), _) => {
            match store::member_status(&mut s.tx, m).await? {
                None => return Err(AppError::NotFound),
                Some(false) => {
                    return Err(AppError::field("assigneeMemberId", "该成员已停用"));
                }
                Some(true) => {}
            }
            let name = crate::member::store::names(&mut s.tx, &[m])
                .await?
                .into_iter()
                .next()
                .map(|(_, n)| n)
                .unwrap_or_default();
            (name, vec![m])
        }
        (None, Some(o)) => {
            let org = crate::org::store::get(&mut s.tx, o)
                .await?
                .ok_or(AppError::NotFound)?;
            if org.archived_at.is_some() {
                return Err(AppError::field("assigneeOrgId", "该组织已撤销"));
            }
            let officers = crate::org::officers(&mut s.tx, o).await?;
            (org.name, officers)
        }
        (None, None) => unreachable!("checked above"),
    };
    let category = categories_in(&mut s.tx)
        .await?
        .into_iter()
        .find(|c| c.key == s.row.category_key)
        .unwrap_or(Category {
            key: s.row.category_key.clone(),
            name: s.row.category_name.clone(),
            accept_hours: 24,
            resolve_hours: 120,
        });
    let sla_due = rules::resolve_due(&category, s.now);
    let deadline = rules::dispatch_deadline(sla_due, d.due_at, s.now, s.extend)
        .map_err(|m| AppError::field("dueAt", m))?;
    if let Some(old) = s.row.resolve_due_item_id {
        reminder::cancel_in(&mut s.tx, old).await?;
    }
    let item = reminder::register(
        &mut s.tx,
        ctx,
        &NewDueItem {
            kind: RESOLVE_KIND.into(),
            title: format!("网格事件处置时限：{} {}", s.row.number, s.row.title),
            due_at: deadline.due_at,
            rule_key: Some(rules::RULE.into()),
            member_id: d.assignee_member_id,
            org_id: d.assignee_org_id,
        },
    )
    .await?;
    s.row.assignee_member_id = d.assignee_member_id;
    s.row.assignee_org_id = d.assignee_org_id;
    s.row.dispatcher_id = ctx.member_id();
    s.row.due_at = Some(deadline.due_at);
    s.row.dispatched_at = s.row.dispatched_at.or(Some(s.now));
    s.row.resolve_due_item_id = Some(item);
    let due_text = deadline.due_at.format("%Y-%m-%d %H:%M UTC").to_string();
    let title = format!("网格事件待处置：{}", s.row.number);
    let body = format!(
        "{}（{}，{}）已派遣给{}，请于 {} 前处置。",
        s.row.title, s.grid.name, s.row.category_name, assignee_name, due_text
    );
    let mut r = Record::new(CaseEventKind::Dispatched, "grid_case.dispatch");
    r.note = note;
    r.detail = json!({
        "assigneeMemberId": d.assignee_member_id,
        "assigneeOrgId": d.assignee_org_id,
        "assigneeName": assignee_name,
        "dueAt": deadline.due_at,
        "slaDueAt": sla_due,
    });
    if deadline.extended {
        r.extra.push((
            CaseEventKind::Extended,
            json!({ "slaDueAt": sla_due, "dueAt": deadline.due_at }),
        ));
    }
    r.notify = recipients
        .into_iter()
        .map(|m| (m, title.clone(), body.clone()))
        .collect();
    finish(ctx, app, s, r).await
}

/// Starts work (开始处置): the assignee member, a handler of the assignee org, or a supervisor.
pub async fn start(ctx: &Ctx, app: &App, id: Uuid, note: Option<&str>) -> AppResult<CaseView> {
    let note = optional("note", note, MAX_TEXT)?;
    let s = begin(ctx, app, id, Action::Start).await?;
    let mut r = Record::new(CaseEventKind::Started, "grid_case.start");
    r.note = note;
    finish(ctx, app, s, r).await
}

/// Reports the result (处理反馈) with a note and the caller's photos; the resolve timer is done.
pub async fn feedback(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    note: &str,
    photo_file_ids: &[Uuid],
) -> AppResult<CaseView> {
    let note = required("note", note, MAX_TEXT, true)?;
    let photos = distinct_photos(photo_file_ids, "photoFileIds")?;
    let mut s = begin(ctx, app, id, Action::Feedback).await?;
    attach_photos(&mut s.tx, me(ctx)?, &photos, "photoFileIds").await?;
    if let Some(item) = s.row.resolve_due_item_id {
        reminder::done_in(&mut s.tx, item).await?;
    }
    s.row.feedback_at = Some(s.now);
    let mut r = Record::new(CaseEventKind::Feedback, "grid_case.feedback");
    r.note = Some(note);
    r.files = photos;
    finish(ctx, app, s, r).await
}

/// Verifies and closes a case (核查结案): `grid:write` at its grid; `resolved` (default true)
/// says whether a dispute was settled.
pub async fn close(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    note: Option<&str>,
    resolved: Option<bool>,
) -> AppResult<CaseView> {
    let note = optional("note", note, MAX_TEXT)?;
    let mut s = begin(ctx, app, id, Action::Close).await?;
    let resolved = resolved.unwrap_or(true);
    s.row.resolved = Some(resolved);
    s.row.closed_at = Some(s.now);
    let mut r = Record::new(CaseEventKind::Closed, "grid_case.close");
    r.note = note;
    r.detail = json!({ "resolved": resolved });
    finish(ctx, app, s, r).await
}

/// Sends a case back to work (核查不通过) with a reason: `grid:write` at its grid; the resolve
/// timer runs again to the same deadline.
pub async fn reopen(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<CaseView> {
    let reason = required("reason", reason, MAX_TEXT, true)?;
    let mut s = begin(ctx, app, id, Action::Reopen).await?;
    if let Some(due_at) = s.row.due_at {
        let item = reminder::register(
            &mut s.tx,
            ctx,
            &NewDueItem {
                kind: RESOLVE_KIND.into(),
                title: format!("网格事件处置时限：{} {}", s.row.number, s.row.title),
                due_at,
                rule_key: Some(rules::RULE.into()),
                member_id: s.row.assignee_member_id,
                org_id: s.row.assignee_org_id,
            },
        )
        .await?;
        s.row.resolve_due_item_id = Some(item);
    }
    let mut r = Record::new(CaseEventKind::Reopened, "grid_case.reopen");
    r.note = Some(reason);
    finish(ctx, app, s, r).await
}

/// Rates a closed case (评价), 1–5 with a comment: only its reporter.
pub async fn rate(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    rating: i32,
    comment: Option<&str>,
) -> AppResult<CaseView> {
    if !(1..=5).contains(&rating) {
        return Err(AppError::field("rating", "评分须在 1 到 5 之间"));
    }
    let comment = optional("comment", comment, MAX_COMMENT)?;
    let mut s = begin(ctx, app, id, Action::Rate).await?;
    s.row.rating = i16::try_from(rating).ok();
    s.row.rating_comment = comment.clone();
    let mut r = Record::new(CaseEventKind::Rated, "grid_case.rate");
    r.note = comment;
    r.detail = json!({ "rating": rating });
    finish(ctx, app, s, r).await
}

/// One case as the viewer sees it; NOT_FOUND unless they may read it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CaseView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = access::visible_page(ctx, app, &mut tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(view)
}

/// The cursor key of a case in lists (its time-ordered id).
pub fn cursor_key(view: &CaseView) -> String {
    view.row.id.to_string()
}

/// A `%…%` pattern matching `s` literally under `ilike`.
fn like_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// The cases the viewer may see, newest first: those they reported or were dispatched, those
/// of grids where they hold `grid:read`, and those dispatched to orgs where they hold
/// `grid:handle`. A `grid_id` of no grid in the tenant is NOT_FOUND.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    a: &ListArgs,
    page: &PageArgs,
) -> AppResult<Page<CaseView>> {
    let search = match a.search.as_deref() {
        Some(s) => text("search", s, MAX_SEARCH, false)?.map(|s| like_pattern(&s)),
        None => None,
    };
    let category_key = match a.category_key.as_deref() {
        Some(k) => text("categoryKey", k, 40, false)?,
        None => None,
    };
    let after = page.after_uuid()?;
    if a.mine {
        me(ctx)?;
    }
    let read = crate::authz::service::reach(ctx, app, catalog::GRID, "read").await?;
    let handle = crate::authz::service::reach(ctx, app, catalog::GRID, "handle").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let under = match a.grid_id {
        Some(g) => Some(
            crate::org::store::get(&mut tx, g)
                .await?
                .ok_or(AppError::NotFound)?
                .path,
        ),
        None => None,
    };
    let none: Vec<String> = vec![];
    let rows = store::list(
        &mut tx,
        &store::ListFilter {
            viewer: ctx.member_id(),
            read_all: read.is_none(),
            read_paths: read.as_deref().unwrap_or(&none),
            handle_all: handle.is_none(),
            handle_paths: handle.as_deref().unwrap_or(&none),
            under: under.as_deref(),
            state: a.state,
            category_key: category_key.as_deref(),
            overdue_only: a.overdue_only,
            search: search.as_deref(),
            mine: a.mine,
            after,
            limit: page.limit(),
        },
    )
    .await?;
    let fetched = Page::from_fetch(rows, page);
    let items = access::visible_page(ctx, app, &mut tx, fetched.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: fetched.has_next,
    })
}

async fn signed(app: &App, tenant: Uuid, files: Vec<FileRow>) -> AppResult<Vec<(FileRow, String)>> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let url = crate::files::download_url(app, tenant, &f).await?;
        out.push((f, url));
    }
    Ok(out)
}

fn in_order(ids: &[Uuid], files: Vec<FileRow>) -> Vec<FileRow> {
    let mut by_id: HashMap<Uuid, FileRow> = files.into_iter().map(|f| (f.id, f)).collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

/// The photos of a case with download links for this viewer (the view proves they read it).
pub async fn photos(ctx: &Ctx, app: &App, view: &CaseView) -> AppResult<Vec<(FileRow, String)>> {
    if view.row.photo_file_ids.is_empty() {
        return Ok(vec![]);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let files = store::files(&mut tx, &view.row.photo_file_ids).await?;
    tx.commit().await?;
    signed(
        app,
        ctx.tenant_id,
        in_order(&view.row.photo_file_ids, files),
    )
    .await
}

/// A case's timeline, oldest first, with actors' names and signed file links (the view proves
/// the viewer reads the case).
pub async fn timeline(ctx: &Ctx, app: &App, view: &CaseView) -> AppResult<Vec<EventView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::events(&mut tx, view.row.id).await?;
    let mut actors: Vec<Uuid> = rows.iter().filter_map(|e| e.actor_id).collect();
    actors.sort_unstable();
    actors.dedup();
    let names: HashMap<Uuid, String> = crate::member::store::names(&mut tx, &actors)
        .await?
        .into_iter()
        .collect();
    let file_ids: Vec<Uuid> = rows
        .iter()
        .flat_map(|e| e.file_ids.iter().copied())
        .collect();
    let files = if file_ids.is_empty() {
        vec![]
    } else {
        store::files(&mut tx, &file_ids).await?
    };
    tx.commit().await?;
    let by_id: HashMap<Uuid, FileRow> = files.into_iter().map(|f| (f.id, f)).collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let own: Vec<FileRow> = row
            .file_ids
            .iter()
            .filter_map(|id| by_id.get(id).cloned())
            .collect();
        out.push(EventView {
            actor_name: row
                .actor_id
                .and_then(|a| names.get(&a).cloned())
                .filter(|_| {
                    // The reporter's name stays hidden in the REPORTED row too.
                    !(row.kind == CaseEventKind::Reported && view.reporter_hidden())
                }),
            files: signed(app, ctx.tenant_id, own).await?,
            row,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_refuses_control_characters_but_keeps_line_breaks_where_allowed() {
        assert!(text("t", "a\u{0}b", 10, true).is_err());
        assert!(text("t", "a\nb", 10, false).is_err());
        assert_eq!(
            text("t", " a\nb ", 10, true).unwrap().as_deref(),
            Some("a\nb")
        );
        assert_eq!(text("t", "   ", 10, true).unwrap(), None);
        assert!(text("t", &"字".repeat(11), 10, true).is_err());
    }

    #[test]
    fn search_patterns_match_wildcards_literally() {
        assert_eq!(like_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
    }

    #[test]
    fn coordinates_out_of_range_or_alone_are_refused() {
        let at = |lat, lon| Location {
            latitude: lat,
            longitude: lon,
            address: None,
        };
        assert!(check_location(&at(Some(91.0), Some(0.0))).is_err());
        assert!(check_location(&at(Some(0.0), Some(-181.0))).is_err());
        assert!(check_location(&at(Some(f64::NAN), Some(0.0))).is_err());
        assert!(check_location(&at(Some(1.0), None)).is_err());
        assert!(check_location(&at(Some(39.9), Some(116.4))).is_ok());
    }
}

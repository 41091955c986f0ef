//! Supervision tasks (督办任务): an officer sends a task with a deadline to orgs of their
//! sub-tree (任务派遣); each receiving org reports back with text and files (任务报送); the
//! issuer accepts the report (办结) or returns it with a note. Each receiving org has its own
//! state, history row per change and reminder (`GRID_TASK`, rule `grid.task.reminders`).

use super::events;
use super::model::{TaskEventKind, TaskRow, TaskTargetRow, TaskTargetState};
use super::rules as grid_rules;
use super::task_store::{self as store, NewEvent};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    files::FileRow,
    notify::{self, NewNotification},
    page::{Page, PageArgs},
    reminder::{self, NewDueItem},
};
use chrono::{DateTime, Datelike, Duration, Utc};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The kind of the due item behind one receiving org's report deadline.
pub const DUE_KIND: &str = "GRID_TASK";
/// The prefix of task numbers (`DB-2026-000012`).
pub const NUMBER_PREFIX: &str = "DB";
/// Most receiving orgs of one task.
pub const MAX_TARGETS: usize = 200;
/// Most files attached to a task or a report.
pub const MAX_FILES: usize = 9;
/// The furthest deadline a task may have.
pub const MAX_DAYS_AHEAD: i64 = 366;

/// What happens to one receiving org's part of a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskAction {
    /// The receiving org reports back (任务报送).
    Report,
    /// The issuer accepts the report (办结).
    Accept,
    /// The issuer returns the report for another one.
    Return,
}

/// The state after `action` from `from`, or why it is refused (a `CONFLICT` message).
pub fn task_transition(
    from: TaskTargetState,
    action: TaskAction,
) -> Result<TaskTargetState, String> {
    use TaskTargetState::*;
    match (action, from) {
        (TaskAction::Report, Dispatched) => Ok(Feedback),
        (TaskAction::Accept, Feedback) => Ok(Closed),
        (TaskAction::Return, Feedback) => Ok(Dispatched),
        (TaskAction::Report, Feedback) => Err("已报送，等待审核，不能重复报送".into()),
        (TaskAction::Report, Closed) => Err("该任务已办结，不能再报送".into()),
        (TaskAction::Accept | TaskAction::Return, Dispatched) => {
            Err("承办单位尚未报送，不能审核".into())
        }
        (TaskAction::Accept | TaskAction::Return, Closed) => Err("该任务已办结".into()),
    }
}

/// Whether a receiving org's part is overdue at `now`: not yet reported and past the deadline.
pub fn target_overdue(state: TaskTargetState, due_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    state == TaskTargetState::Dispatched && due_at <= now
}

/// Text of 1..=max characters (or 0 when optional) where line breaks and tabs are allowed and
/// other control characters are not.
fn text(field: &str, raw: &str, max: usize, required: bool) -> AppResult<String> {
    let s = raw.trim();
    if required && s.is_empty() {
        return Err(AppError::field(field, "不能为空"));
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(s.to_string())
}

/// A new task.
#[derive(Debug, Clone)]
pub struct NewTask {
    /// The issuing org.
    pub org_id: Uuid,
    /// Title (1–100 characters).
    pub title: String,
    /// What to do and what to report (up to 5,000 characters).
    pub description: String,
    /// Deadline for the reports.
    pub due_at: DateTime<Utc>,
    /// The receiving orgs (1–200, under the issuing org).
    pub target_org_ids: Vec<Uuid>,
    /// The issuer's READY uploads (up to 9).
    pub file_ids: Vec<Uuid>,
}

/// A file attached to a task or a report, with a download link for the viewer.
#[derive(Debug, Clone)]
pub struct TaskFile {
    /// The file.
    pub file: FileRow,
    /// A signed download link.
    pub url: String,
}

/// A receiving org's part as the viewer sees it.
#[derive(Debug, Clone)]
pub struct TargetView {
    /// The row.
    pub row: TaskTargetRow,
    /// The org's name.
    pub org_name: String,
    /// Who reported.
    pub reported_by_name: Option<String>,
    /// The report's files.
    pub files: Vec<TaskFile>,
    /// Overdue now.
    pub overdue: bool,
}

/// A task as the viewer sees it.
#[derive(Debug, Clone)]
pub struct TaskView {
    /// The row.
    pub task: TaskRow,
    /// The issuing org's name.
    pub org_name: String,
    /// Who issued it.
    pub created_by_name: Option<String>,
    /// The task's files.
    pub files: Vec<TaskFile>,
    /// Every receiving org (the issuer's side sees all; a receiving org's officers see theirs).
    pub targets: Vec<TargetView>,
    /// Whether any receiving org is overdue now.
    pub overdue: bool,
}

/// Filters of the task list.
#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    /// Only tasks issued by or sent to this org.
    pub org_id: Option<Uuid>,
    /// Only tasks with a receiving org in this state.
    pub state: Option<TaskTargetState>,
    /// Only tasks with a receiving org past the deadline without a report.
    pub overdue_only: bool,
}

async fn org_scope(tx: &mut TenantTx, org: Uuid) -> AppResult<store::OrgBrief> {
    store::orgs(tx, &[org])
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)
}

fn under(path: &str, ancestor: &str) -> bool {
    path == ancestor || path.starts_with(&format!("{ancestor}."))
}

async fn attachable_files(tx: &mut TenantTx, ctx: &Ctx, ids: &[Uuid]) -> AppResult<Vec<Uuid>> {
    let mut unique = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    if unique.len() > MAX_FILES {
        return Err(AppError::field(
            "fileIds",
            format!("最多附 {MAX_FILES} 个文件"),
        ));
    }
    if unique.is_empty() {
        return Ok(unique);
    }
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    for f in &unique {
        crate::files::attachable(tx, me, *f).await?;
    }
    Ok(unique)
}

/// Officers of `org` told about a task (category TASK: a new task, a report, a review).
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
    let mut seen = HashSet::new();
    for &m in members {
        if !seen.insert(m) {
            continue;
        }
        let dedupe = format!("{key}:{m}");
        if let Some(id) = notify::write(
            tx,
            app,
            &NewNotification {
                member_id: m,
                kind: "TASK",
                title,
                body,
                dedupe_key: Some(&dedupe),
                detail: detail.clone(),
            },
        )
        .await?
        {
            written.push((m, id));
        }
    }
    Ok(written)
}

/// Issues a task to orgs of the issuer's sub-tree: one target, history row and reminder each,
/// and a notification to each receiving org's officers.
pub async fn create(ctx: &Ctx, app: &App, input: NewTask) -> AppResult<TaskView> {
    let title = text("title", &input.title, 100, true)?;
    let description = text("description", &input.description, 5000, false)?;
    let now = Utc::now();
    if input.due_at <= now {
        return Err(AppError::field("dueAt", "截止时间应晚于当前时间"));
    }
    if input.due_at > now + Duration::days(MAX_DAYS_AHEAD) {
        return Err(AppError::field("dueAt", "截止时间不能超过一年"));
    }
    let mut targets = Vec::new();
    for id in &input.target_org_ids {
        if !targets.contains(id) {
            targets.push(*id);
        }
    }
    if targets.is_empty() || targets.len() > MAX_TARGETS {
        return Err(AppError::field(
            "targetOrgIds",
            format!("请选择 1 到 {MAX_TARGETS} 个承办组织"),
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let issuer = org_scope(&mut tx, input.org_id).await?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(issuer.path.clone()),
            catalog::GRID,
            "write",
        )
        .await?;
    if issuer.archived {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    let found = store::orgs(&mut tx, &targets).await?;
    let by_id: HashMap<Uuid, &store::OrgBrief> = found.iter().map(|o| (o.id, o)).collect();
    for t in &targets {
        let Some(o) = by_id.get(t) else {
            return Err(AppError::field("targetOrgIds", "承办组织不存在"));
        };
        if o.id == issuer.id || !under(&o.path, &issuer.path) {
            return Err(AppError::field(
                "targetOrgIds",
                format!("“{}”不是本组织的下级组织", o.name),
            ));
        }
        if o.archived {
            return Err(AppError::field(
                "targetOrgIds",
                format!("“{}”已撤销", o.name),
            ));
        }
    }
    let files = attachable_files(&mut tx, ctx, &input.file_ids).await?;
    let n = super::case_store::next_number(&mut tx, NUMBER_PREFIX, now.year()).await?;
    let number = grid_rules::number(NUMBER_PREFIX, now.year(), n);
    let id = crate::new_id();
    store::insert_task(
        &mut tx,
        &store::NewTask {
            id,
            number: &number,
            org_id: issuer.id,
            title: &title,
            description: &description,
            file_ids: &files,
            due_at: input.due_at,
            created_by: ctx.member_id(),
        },
    )
    .await?;
    let mut event_ids = Vec::new();
    let mut written = Vec::new();
    for &org in &targets {
        let due = reminder::register(
            &mut tx,
            ctx,
            &NewDueItem {
                kind: DUE_KIND.into(),
                title: format!("督办任务 {number}：{title}"),
                due_at: input.due_at,
                rule_key: Some(grid_rules::TASK_RULE.into()),
                member_id: None,
                org_id: Some(org),
            },
        )
        .await?;
        store::insert_target(&mut tx, id, org, due).await?;
        let ev = store::insert_event(
            &mut tx,
            &NewEvent {
                task: id,
                org,
                kind: TaskEventKind::Dispatched,
                from: None,
                to: TaskTargetState::Dispatched,
                actor: ctx.member_id(),
                note: None,
                detail: json!({}),
            },
        )
        .await?;
        event_ids.push(ev);
        let officers = crate::org::officers(&mut tx, org).await?;
        let due_text = shanghai(input.due_at);
        written.extend(
            tell(
                &mut tx,
                app,
                &officers,
                &format!("grid-task:{id}:{org}:dispatched"),
                &format!("督办任务：{title}"),
                &format!(
                    "{} 向{}派发督办任务 {number}，请于 {due_text} 前报送办理情况。",
                    issuer.name,
                    by_id.get(&org).map_or("", |o| o.name.as_str())
                ),
                json!({ "supervisionTask": id, "org": org }),
            )
            .await?,
        );
    }
    audit::object(
        &mut tx,
        ctx,
        "grid.task.create",
        "supervision_task",
        id,
        json!({ "number": number, "org": issuer.id, "targets": targets, "dueAt": input.due_at }),
    )
    .await?;
    let view = view_one(&mut tx, app, ctx, id, true).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    for ev in event_ids {
        events::task_changed(app, ctx.tenant_id, id, ev).await;
    }
    Ok(view)
}

fn shanghai(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Whether the viewer may act for the receiving org (`grid:handle` or `grid:write` there).
async fn may_handle(ctx: &Ctx, app: &App, path: &str) -> AppResult<bool> {
    let scope = Scope::Org(path.to_string());
    Ok(app
        .authz
        .allowed(ctx, &scope, catalog::GRID, "handle")
        .await?
        || app
            .authz
            .allowed(ctx, &scope, catalog::GRID, "write")
            .await?)
}

/// The receiving org reports back (任务报送): DISPATCHED → FEEDBACK; its reminder stops and the
/// issuer's officers and the issuer are told.
pub async fn report(
    ctx: &Ctx,
    app: &App,
    task_id: Uuid,
    org_id: Uuid,
    report: &str,
    file_ids: &[Uuid],
) -> AppResult<TaskView> {
    let report = text("report", report, 5000, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let task = store::get_task(&mut tx, task_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = org_scope(&mut tx, org_id).await?;
    if !may_handle(ctx, app, &org.path).await? {
        return Err(AppError::NotFound);
    }
    let target = store::lock_target(&mut tx, task_id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let to = task_transition(target.state, TaskAction::Report).map_err(AppError::Conflict)?;
    let files = attachable_files(&mut tx, ctx, file_ids).await?;
    store::set_report(&mut tx, task_id, org_id, &report, &files, ctx.member_id()).await?;
    if let Some(item) = target.due_item_id {
        reminder::done_in(&mut tx, item).await?;
    }
    let ev = store::insert_event(
        &mut tx,
        &NewEvent {
            task: task_id,
            org: org_id,
            kind: TaskEventKind::Reported,
            from: Some(target.state),
            to,
            actor: ctx.member_id(),
            note: Some(&report),
            detail: json!({}),
        },
    )
    .await?;
    let issuer = org_scope(&mut tx, task.org_id).await?;
    let mut told = crate::org::officers(&mut tx, issuer.id).await?;
    told.extend(task.created_by);
    told.retain(|m| Some(*m) != ctx.member_id());
    let written = tell(
        &mut tx,
        app,
        &told,
        &format!("grid-task:{task_id}:{org_id}:reported:{ev}"),
        &format!("任务报送：{}", task.title),
        &format!(
            "{}已报送督办任务 {} 的办理情况，请审核。",
            org.name, task.number
        ),
        json!({ "supervisionTask": task_id, "org": org_id }),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "grid.task.report",
        "supervision_task",
        task_id,
        json!({ "org": org_id, "files": files.len() }),
    )
    .await?;
    let view = view_one(&mut tx, app, ctx, task_id, true).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    events::task_changed(app, ctx.tenant_id, task_id, ev).await;
    Ok(view)
}

/// The issuer reviews a report: accepted (FEEDBACK → CLOSED) or returned with a note
/// (FEEDBACK → DISPATCHED, with a fresh reminder to the same deadline).
pub async fn review(
    ctx: &Ctx,
    app: &App,
    task_id: Uuid,
    org_id: Uuid,
    accept: bool,
    note: Option<&str>,
) -> AppResult<TaskView> {
    let note = match note {
        Some(n) => Some(text("note", n, 500, false)?).filter(|n| !n.is_empty()),
        None => None,
    };
    if !accept && note.is_none() {
        return Err(AppError::field("note", "退回时请说明原因"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let task = store::get_task(&mut tx, task_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let issuer = org_scope(&mut tx, task.org_id).await?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(issuer.path.clone()),
            catalog::GRID,
            "write",
        )
        .await?;
    let target = store::lock_target(&mut tx, task_id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let action = if accept {
        TaskAction::Accept
    } else {
        TaskAction::Return
    };
    let to = task_transition(target.state, action).map_err(AppError::Conflict)?;
    store::set_review(&mut tx, task_id, org_id, to, note.as_deref()).await?;
    if !accept {
        let due = reminder::register(
            &mut tx,
            ctx,
            &NewDueItem {
                kind: DUE_KIND.into(),
                title: format!("督办任务 {}：{}", task.number, task.title),
                due_at: task.due_at,
                rule_key: Some(grid_rules::TASK_RULE.into()),
                member_id: None,
                org_id: Some(org_id),
            },
        )
        .await?;
        store::set_due_item(&mut tx, task_id, org_id, due).await?;
    }
    let ev = store::insert_event(
        &mut tx,
        &NewEvent {
            task: task_id,
            org: org_id,
            kind: if accept {
                TaskEventKind::Accepted
            } else {
                TaskEventKind::Returned
            },
            from: Some(target.state),
            to,
            actor: ctx.member_id(),
            note: note.as_deref(),
            detail: json!({}),
        },
    )
    .await?;
    let mut told = crate::org::officers(&mut tx, org_id).await?;
    told.extend(target.reported_by);
    told.retain(|m| Some(*m) != ctx.member_id());
    let (title, body) = if accept {
        (
            format!("任务办结：{}", task.title),
            format!(
                "{} 已审核通过督办任务 {} 的报送。",
                issuer.name, task.number
            ),
        )
    } else {
        (
            format!("任务退回：{}", task.title),
            format!(
                "{} 退回了督办任务 {} 的报送：{}",
                issuer.name,
                task.number,
                note.as_deref().unwrap_or_default()
            ),
        )
    };
    let written = tell(
        &mut tx,
        app,
        &told,
        &format!("grid-task:{task_id}:{org_id}:reviewed:{ev}"),
        &title,
        &body,
        json!({ "supervisionTask": task_id, "org": org_id }),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        if accept {
            "grid.task.accept"
        } else {
            "grid.task.return"
        },
        "supervision_task",
        task_id,
        json!({ "org": org_id, "note": note }),
    )
    .await?;
    let view = view_one(&mut tx, app, ctx, task_id, true).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    events::task_changed(app, ctx.tenant_id, task_id, ev).await;
    Ok(view)
}

/// What the viewer may see of tasks: `None` when they read the issuer's side of every task
/// (tenant-wide `grid:read`), else the paths of their issuer-side and receiving-side reach.
struct Reach {
    issuer: Option<Vec<String>>,
    target: Vec<String>,
}

async fn reach(ctx: &Ctx, app: &App) -> AppResult<Reach> {
    let issuer = crate::authz::service::reach(ctx, app, catalog::GRID, "read").await?;
    let mut target = match &issuer {
        Some(p) => p.clone(),
        None => vec![],
    };
    if issuer.is_some() {
        for p in crate::authz::service::granted_org_paths(ctx, app, catalog::GRID, "handle").await?
        {
            if !target.contains(&p) {
                target.push(p);
            }
        }
    }
    Ok(Reach { issuer, target })
}

fn within(path: &str, reach: &[String]) -> bool {
    reach.iter().any(|r| under(path, r))
}

/// Builds the views of tasks; a viewer who does not see the issuer's side sees only the
/// receiving orgs in their reach. `checked` says the caller already checked the whole task.
async fn views(
    tx: &mut TenantTx,
    app: &App,
    ctx: &Ctx,
    tasks: Vec<TaskRow>,
    reach: Option<&Reach>,
) -> AppResult<Vec<TaskView>> {
    let ids: Vec<Uuid> = tasks.iter().map(|t| t.id).collect();
    let targets = store::targets_of(tx, &ids).await?;
    let mut org_ids: Vec<Uuid> = tasks.iter().map(|t| t.org_id).collect();
    org_ids.extend(targets.iter().map(|t| t.org_id));
    let orgs: HashMap<Uuid, store::OrgBrief> = store::orgs(tx, &org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut member_ids: Vec<Uuid> = tasks.iter().filter_map(|t| t.created_by).collect();
    member_ids.extend(targets.iter().filter_map(|t| t.reported_by));
    let names: HashMap<Uuid, String> = crate::member::store::names(tx, &member_ids)
        .await?
        .into_iter()
        .collect();
    let mut file_ids: Vec<Uuid> = tasks.iter().flat_map(|t| t.file_ids.clone()).collect();
    file_ids.extend(targets.iter().flat_map(|t| t.report_file_ids.clone()));
    let mut files = HashMap::new();
    for f in super::case_store::files(tx, &file_ids).await? {
        let url = crate::files::download_url(app, ctx.tenant_id, &f).await?;
        files.insert(f.id, TaskFile { file: f, url });
    }
    let now = Utc::now();
    let path_of = |id: Uuid| orgs.get(&id).map(|o| o.path.as_str()).unwrap_or("");
    let mut out = Vec::new();
    for task in tasks {
        let issuer_side = match reach {
            None => true,
            Some(r) => match &r.issuer {
                None => true,
                Some(p) => within(path_of(task.org_id), p),
            },
        };
        let mine: Vec<TargetView> = targets
            .iter()
            .filter(|g| g.task_id == task.id)
            .filter(|g| issuer_side || reach.is_some_and(|r| within(path_of(g.org_id), &r.target)))
            .map(|g| TargetView {
                org_name: orgs
                    .get(&g.org_id)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                reported_by_name: g.reported_by.and_then(|m| names.get(&m).cloned()),
                files: g
                    .report_file_ids
                    .iter()
                    .filter_map(|f| files.get(f).cloned())
                    .collect(),
                overdue: target_overdue(g.state, task.due_at, now),
                row: g.clone(),
            })
            .collect();
        out.push(TaskView {
            org_name: orgs
                .get(&task.org_id)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            created_by_name: task.created_by.and_then(|m| names.get(&m).cloned()),
            files: task
                .file_ids
                .iter()
                .filter_map(|f| files.get(f).cloned())
                .collect(),
            overdue: mine.iter().any(|t| t.overdue),
            targets: mine,
            task,
        });
    }
    Ok(out)
}

async fn view_one(
    tx: &mut TenantTx,
    app: &App,
    ctx: &Ctx,
    id: Uuid,
    issuer_side: bool,
) -> AppResult<TaskView> {
    let task = store::get_task(tx, id).await?.ok_or(AppError::NotFound)?;
    let r = if issuer_side {
        None
    } else {
        Some(reach(ctx, app).await?)
    };
    views(tx, app, ctx, vec![task], r.as_ref())
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// One task the viewer may see (else NOT_FOUND): the issuer's side sees every receiving org,
/// a receiving org's handlers see their own part.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<TaskView> {
    let r = reach(ctx, app).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let task = store::get_task(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = views(&mut tx, app, ctx, vec![task], Some(&r))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let issuer_path = store::orgs(&mut tx, &[view.task.org_id])
        .await?
        .pop()
        .map(|o| o.path)
        .unwrap_or_default();
    let issuer_side = match &r.issuer {
        None => true,
        Some(p) => within(&issuer_path, p),
    };
    if !issuer_side && view.targets.is_empty() {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(view)
}

/// Tasks the viewer may see, newest first: issued by orgs where they hold `grid:read`, or sent
/// to orgs where they hold `grid:read` or `grid:handle`.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    filter: &TaskFilter,
    page: &PageArgs,
) -> AppResult<Page<TaskView>> {
    let r = reach(ctx, app).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list(
        &mut tx,
        &store::ListFilter {
            issuer_reach: r.issuer.as_deref(),
            target_reach: &r.target,
            org: filter.org_id,
            state: filter.state,
            overdue_only: filter.overdue_only,
            now: Utc::now(),
            after: page.after_uuid()?,
            limit: page.limit(),
        },
    )
    .await?;
    let page_rows = Page::from_fetch(rows, page);
    let items = views(&mut tx, app, ctx, page_rows.items, Some(&r)).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page_rows.has_next,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use TaskTargetState::*;

    #[test]
    fn a_target_reports_once_and_the_issuer_closes_or_returns_the_report() {
        assert_eq!(
            task_transition(Dispatched, TaskAction::Report),
            Ok(Feedback)
        );
        assert_eq!(task_transition(Feedback, TaskAction::Accept), Ok(Closed));
        assert_eq!(
            task_transition(Feedback, TaskAction::Return),
            Ok(Dispatched)
        );
    }

    #[test]
    fn every_other_step_is_refused_with_a_reason() {
        for (from, action) in [
            (Feedback, TaskAction::Report),
            (Closed, TaskAction::Report),
            (Dispatched, TaskAction::Accept),
            (Dispatched, TaskAction::Return),
            (Closed, TaskAction::Accept),
            (Closed, TaskAction::Return),
        ] {
            assert!(
                task_transition(from, action).is_err(),
                "{from:?} {action:?}"
            );
        }
    }

    #[test]
    fn a_target_is_overdue_only_while_unreported_and_from_the_deadline_on() {
        let due = Utc::now();
        assert!(!target_overdue(Dispatched, due, due - Duration::seconds(1)));
        assert!(target_overdue(Dispatched, due, due));
        assert!(!target_overdue(Feedback, due, due + Duration::days(1)));
        assert!(!target_overdue(Closed, due, due + Duration::days(1)));
    }

    #[test]
    fn texts_keep_line_breaks_and_refuse_other_control_characters() {
        assert_eq!(text("t", " a\nb ", 10, true).unwrap(), "a\nb");
        assert!(text("t", "a\u{0}b", 10, true).is_err());
        assert!(text("t", "   ", 10, true).is_err());
        assert!(text("t", "", 10, false).is_ok());
        assert!(text("t", &"字".repeat(11), 10, true).is_err());
    }

    #[test]
    fn only_strict_descendants_count_as_under_by_path_segments() {
        assert!(under("1.2.3", "1.2"));
        assert!(under("1.2", "1.2"));
        assert!(!under("1.23", "1.2"));
    }
}

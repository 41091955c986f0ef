//! SQL of supervision tasks (督办任务): tasks, their receiving orgs and each target's history.

use super::model::{TaskEventKind, TaskRow, TaskTargetRow, TaskTargetState};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A checked `query_as!` of [`TaskRow`]s with the column list written once.
macro_rules! tasks {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            TaskRow,
            $head
                + r#" t.id, t.number, t.org_id, t.title, t.description, t.file_ids, t.due_at,
                      t.created_by, t.created_at "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A checked `query_as!` of [`TaskTargetRow`]s with the column list written once.
macro_rules! targets {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            TaskTargetRow,
            $head
                + r#" g.task_id, g.org_id, g.state as "state: TaskTargetState", g.report,
                      g.report_file_ids, g.reported_by, g.reported_at, g.review_note,
                      g.closed_at, g.due_item_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// An org unit as the task service needs it.
#[derive(Debug, Clone)]
pub(super) struct OrgBrief {
    pub id: Uuid,
    pub path: String,
    pub name: String,
    pub archived: bool,
}

/// Org units by id, with their paths (unknown ids are left out).
pub(super) async fn orgs(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<OrgBrief>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OrgBrief,
        r#"select id, path::text as "path!", name, archived_at is not null as "archived!"
             from org_unit where tenant_id = $1 and id = any($2)"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

/// A new task.
pub(super) struct NewTask<'a> {
    pub id: Uuid,
    pub number: &'a str,
    pub org_id: Uuid,
    pub title: &'a str,
    pub description: &'a str,
    pub file_ids: &'a [Uuid],
    pub due_at: DateTime<Utc>,
    pub created_by: Option<Uuid>,
}

pub(super) async fn insert_task(tx: &mut TenantTx, t: &NewTask<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into supervision_task (tenant_id, id, number, org_id, title, description, file_ids,
                                       due_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        t.id,
        t.number,
        t.org_id,
        t.title,
        t.description,
        t.file_ids,
        t.due_at,
        t.created_by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn insert_target(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
    due_item: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into supervision_task_target (tenant_id, task_id, org_id, due_item_id)
         values ($1, $2, $3, $4)",
        tenant,
        task,
        org,
        due_item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A row of a target's history.
pub(super) struct NewEvent<'a> {
    pub task: Uuid,
    pub org: Uuid,
    pub kind: TaskEventKind,
    pub from: Option<TaskTargetState>,
    pub to: TaskTargetState,
    pub actor: Option<Uuid>,
    pub note: Option<&'a str>,
    pub detail: serde_json::Value,
}

/// Appends a history row; returns its id.
pub(super) async fn insert_event(tx: &mut TenantTx, e: &NewEvent<'_>) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let id = crate::new_id();
    sqlx::query!(
        "insert into supervision_task_event (tenant_id, id, task_id, org_id, kind, from_state,
                                             to_state, actor_id, note, detail)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        id,
        e.task,
        e.org,
        e.kind.as_str(),
        e.from.map(|s| s.as_str()),
        e.to.as_str(),
        e.actor,
        e.note,
        e.detail,
    )
    .execute(tx.conn())
    .await?;
    Ok(id)
}

/// Whether the 督办 step of `due_item` at `position` already wrote its history row.
pub(super) async fn step_written(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
    due_item: Uuid,
    position: i32,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from supervision_task_event
                           where tenant_id = $1 and task_id = $2 and org_id = $3
                             and detail @> jsonb_build_object('dueItem', $4::uuid, 'position', $5::int))
             as "found!""#,
        tenant,
        task,
        org,
        due_item,
        position,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn get_task(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<TaskRow>> {
    let tenant = tx.tenant();
    tasks!(
        "select",
        "from supervision_task t where t.tenant_id = $1 and t.id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The targets of some tasks, by task then org name.
pub(super) async fn targets_of(
    tx: &mut TenantTx,
    tasks: &[Uuid],
) -> sqlx::Result<Vec<TaskTargetRow>> {
    let tenant = tx.tenant();
    targets!(
        "select",
        "from supervision_task_target g join org_unit o on o.tenant_id = g.tenant_id and o.id = g.org_id
          where g.tenant_id = $1 and g.task_id = any($2) order by g.task_id, o.path",
        tenant,
        tasks,
    )
    .fetch_all(tx.conn())
    .await
}

/// One target, locked for the change (parallel reports and reviews queue here).
pub(super) async fn lock_target(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
) -> sqlx::Result<Option<TaskTargetRow>> {
    let tenant = tx.tenant();
    targets!(
        "select",
        "from supervision_task_target g
          where g.tenant_id = $1 and g.task_id = $2 and g.org_id = $3 for update",
        tenant,
        task,
        org,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The target whose reminder is `due_item`, locked (a duplicate job waits and then finds the
/// step written).
pub(super) async fn target_by_due_item(
    tx: &mut TenantTx,
    due_item: Uuid,
) -> sqlx::Result<Option<TaskTargetRow>> {
    let tenant = tx.tenant();
    targets!(
        "select",
        "from supervision_task_target g where g.tenant_id = $1 and g.due_item_id = $2 for update",
        tenant,
        due_item,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Records the target's report.
pub(super) async fn set_report(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
    report: &str,
    files: &[Uuid],
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update supervision_task_target
            set state = 'FEEDBACK', report = $4, report_file_ids = $5, reported_by = $6,
                reported_at = now(), updated_at = now()
          where tenant_id = $1 and task_id = $2 and org_id = $3",
        tenant,
        task,
        org,
        report,
        files,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records the issuer's review: closed, or returned for another report.
pub(super) async fn set_review(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
    to: TaskTargetState,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update supervision_task_target
            set state = $4, review_note = $5,
                closed_at = case when $4 = 'CLOSED' then now() else null end,
                updated_at = now()
          where tenant_id = $1 and task_id = $2 and org_id = $3",
        tenant,
        task,
        org,
        to.as_str(),
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Points a target at a fresh reminder (a returned report runs the timer again).
pub(super) async fn set_due_item(
    tx: &mut TenantTx,
    task: Uuid,
    org: Uuid,
    due_item: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update supervision_task_target set due_item_id = $4
          where tenant_id = $1 and task_id = $2 and org_id = $3",
        tenant,
        task,
        org,
        due_item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// What a task list is narrowed to.
pub(super) struct ListFilter<'a> {
    /// `None`: everything (tenant-wide reader); else the paths where the viewer reads the
    /// issuer's tasks.
    pub issuer_reach: Option<&'a [String]>,
    /// Paths where the viewer sees tasks sent to orgs there.
    pub target_reach: &'a [String],
    /// Only tasks issued by or sent to this org.
    pub org: Option<Uuid>,
    /// Only tasks with a target in this state.
    pub state: Option<TaskTargetState>,
    /// Only tasks with an unreported target past the deadline at `now`.
    pub overdue_only: bool,
    pub now: DateTime<Utc>,
    pub after: Option<Uuid>,
    pub limit: i64,
}

/// Tasks the viewer may see, newest first (ids are time-ordered).
pub(super) async fn list(tx: &mut TenantTx, f: &ListFilter<'_>) -> sqlx::Result<Vec<TaskRow>> {
    let tenant = tx.tenant();
    let all = f.issuer_reach.is_none();
    let issuer = f.issuer_reach.unwrap_or(&[]);
    tasks!(
        "select",
        "from supervision_task t join org_unit io on io.tenant_id = t.tenant_id and io.id = t.org_id
          where t.tenant_id = $1
            and ($2 or io.path <@ any($3::text[]::ltree[])
                 or exists (select 1 from supervision_task_target g
                              join org_unit o on o.tenant_id = g.tenant_id and o.id = g.org_id
                             where g.tenant_id = t.tenant_id and g.task_id = t.id
                               and o.path <@ any($4::text[]::ltree[])))
            and ($5::uuid is null or t.org_id = $5
                 or exists (select 1 from supervision_task_target g
                             where g.tenant_id = t.tenant_id and g.task_id = t.id and g.org_id = $5))
            and ($6::text is null or exists (select 1 from supervision_task_target g
                             where g.tenant_id = t.tenant_id and g.task_id = t.id and g.state = $6))
            and (not $7 or (t.due_at <= $8 and exists (select 1 from supervision_task_target g
                             where g.tenant_id = t.tenant_id and g.task_id = t.id
                               and g.state = 'DISPATCHED')))
            and ($9::uuid is null or t.id < $9)
          order by t.id desc limit $10",
        tenant,
        all,
        issuer,
        f.target_reach,
        f.org,
        f.state.map(|s| s.as_str()),
        f.overdue_only,
        f.now,
        f.after,
        f.limit,
    )
    .fetch_all(tx.conn())
    .await
}

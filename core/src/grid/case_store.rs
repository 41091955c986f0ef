//! SQL of grid cases, their timeline and their numbers.

use super::model::{CaseEventKind, CaseEventRow, CaseRow, CaseState};
use crate::db::TenantTx;
use crate::files::{FileRow, FileStatus};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A checked `query_as!` of [`CaseRow`]s: the caller's literal head, the case's column list
/// written once here (table alias `c`), then the literal tail.
macro_rules! case_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            CaseRow,
            $head
                + r#" c.id, c.number, c.grid_id, c.category_key, c.category_name, c.title,
                      c.description, c.latitude, c.longitude, c.address, c.photo_file_ids,
                      c.reporter_id, c.reporter_hidden, c.state as "state: CaseState",
                      c.assignee_member_id, c.assignee_org_id, c.dispatcher_id, c.accept_due_at,
                      c.due_at, c.resolved, c.rating, c.rating_comment, c.accept_due_item_id,
                      c.resolve_due_item_id, c.reported_at, c.accepted_at, c.dispatched_at,
                      c.feedback_at, c.closed_at, c.updated_at "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Takes the next number of `prefix` for the tenant and year under the counter's row lock; the
/// caller's transaction holds the lock until it commits, so numbers are unique and, since a
/// rolled-back report gives its number back, without gaps.
pub(crate) async fn next_number(tx: &mut TenantTx, prefix: &str, year: i32) -> sqlx::Result<i32> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into grid_counter (tenant_id, prefix, year, last) values ($1, $2, $3, 1)
         on conflict (tenant_id, prefix, year) do update set last = grid_counter.last + 1
         returning last",
        tenant,
        prefix,
        year,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn insert(tx: &mut TenantTx, c: &CaseRow) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into grid_case (tenant_id, id, number, grid_id, category_key, category_name,
             title, description, latitude, longitude, address, photo_file_ids, reporter_id,
             reporter_hidden, state, accept_due_at, accept_due_item_id, reported_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18, $18)",
        tenant,
        c.id,
        c.number,
        c.grid_id,
        c.category_key,
        c.category_name,
        c.title,
        c.description,
        c.latitude,
        c.longitude,
        c.address,
        &c.photo_file_ids,
        c.reporter_id,
        c.reporter_hidden,
        c.state.as_str(),
        c.accept_due_at,
        c.accept_due_item_id,
        c.reported_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CaseRow>> {
    let tenant = tx.tenant();
    case_rows!(
        "select",
        "from grid_case c where c.tenant_id = $1 and c.id = $2",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// The case under its row lock: a second transition of the same case waits here and then
/// sees the state the first one left.
pub(crate) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CaseRow>> {
    let tenant = tx.tenant();
    case_rows!(
        "select",
        "from grid_case c where c.tenant_id = $1 and c.id = $2 for update",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// Writes the mutable part of a case (state, assignee, deadlines, outcome, timers, times).
pub(crate) async fn update(tx: &mut TenantTx, c: &CaseRow) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update grid_case set state = $3, assignee_member_id = $4, assignee_org_id = $5,
             dispatcher_id = $6, due_at = $7, resolved = $8, rating = $9, rating_comment = $10,
             accept_due_item_id = $11, resolve_due_item_id = $12, accepted_at = $13,
             dispatched_at = $14, feedback_at = $15, closed_at = $16, updated_at = $17
          where tenant_id = $1 and id = $2",
        tenant,
        c.id,
        c.state.as_str(),
        c.assignee_member_id,
        c.assignee_org_id,
        c.dispatcher_id,
        c.due_at,
        c.resolved,
        c.rating,
        c.rating_comment,
        c.accept_due_item_id,
        c.resolve_due_item_id,
        c.accepted_at,
        c.dispatched_at,
        c.feedback_at,
        c.closed_at,
        c.updated_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Appends a timeline row (never updated or deleted).
pub(crate) async fn insert_event(tx: &mut TenantTx, e: &CaseEventRow) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into grid_case_event (tenant_id, id, case_id, kind, from_state, to_state,
             actor_id, note, file_ids, detail, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        tenant,
        e.id,
        e.case_id,
        e.kind.as_str(),
        e.from_state.map(CaseState::as_str),
        e.to_state.as_str(),
        e.actor_id,
        e.note,
        &e.file_ids,
        e.detail,
        e.created_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A case's timeline, oldest first.
pub(crate) async fn events(tx: &mut TenantTx, case_id: Uuid) -> sqlx::Result<Vec<CaseEventRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CaseEventRow,
        r#"select id, case_id, kind as "kind: CaseEventKind",
                  from_state as "from_state: CaseState", to_state as "to_state: CaseState",
                  actor_id, note, file_ids, detail, created_at
             from grid_case_event where tenant_id = $1 and case_id = $2
            order by created_at, id"#,
        tenant,
        case_id,
    )
    .fetch_all(tx.conn())
    .await
}

/// What a list of cases is filtered by; who may see what is part of it.
pub(crate) struct ListFilter<'a> {
    /// The viewer (sees what they reported or were dispatched).
    pub viewer: Option<Uuid>,
    /// The viewer reads every case of the tenant (`grid:read` tenant-wide).
    pub read_all: bool,
    /// Grid sub-trees where the viewer holds `grid:read`.
    pub read_paths: &'a [String],
    /// The viewer handles cases dispatched to any org (`grid:handle` tenant-wide).
    pub handle_all: bool,
    /// Org sub-trees where the viewer holds `grid:handle` (cases dispatched to orgs there).
    pub handle_paths: &'a [String],
    /// Only cases of grids under this path.
    pub under: Option<&'a str>,
    /// Only in this state.
    pub state: Option<CaseState>,
    /// Only of this category.
    pub category_key: Option<&'a str>,
    /// Only those past their current deadline.
    pub overdue_only: bool,
    /// `ilike` pattern on number, title and address (already escaped).
    pub search: Option<&'a str>,
    /// Only those reported by or dispatched to the viewer.
    pub mine: bool,
    /// Keyset: the id of the last case seen (ids are time-ordered; newest first).
    pub after: Option<Uuid>,
    /// `first + 1`.
    pub limit: i64,
}

/// A page of the cases the viewer may see, newest first.
pub(crate) async fn list(tx: &mut TenantTx, f: &ListFilter<'_>) -> sqlx::Result<Vec<CaseRow>> {
    let tenant = tx.tenant();
    case_rows!(
        "select",
        "from grid_case c
           join org_unit g on g.tenant_id = c.tenant_id and g.id = c.grid_id
           left join org_unit ao on ao.tenant_id = c.tenant_id and ao.id = c.assignee_org_id
          where c.tenant_id = $1
            and (c.reporter_id = $2 or c.assignee_member_id = $2 or $3
                 or g.path <@ any($4::text[]::ltree[])
                 or (c.assignee_org_id is not null
                     and ($5 or ao.path <@ any($6::text[]::ltree[]))))
            and ($7::text is null or g.path <@ $7::text::ltree)
            and ($8::text is null or c.state = $8)
            and ($9::text is null or c.category_key = $9)
            and (not $10 or (c.state = 'REPORTED' and c.accept_due_at <= now())
                 or (c.state in ('DISPATCHED', 'IN_PROGRESS') and c.due_at <= now()))
            and ($11::text is null or c.number ilike $11 or c.title ilike $11
                 or c.address ilike $11)
            and (not $12 or c.reporter_id = $2 or c.assignee_member_id = $2)
            and ($13::uuid is null or c.id < $13)
          order by c.id desc
          limit $14",
        tenant,
        f.viewer,
        f.read_all,
        f.read_paths,
        f.handle_all,
        f.handle_paths,
        f.under,
        f.state.map(CaseState::as_str),
        f.category_key,
        f.overdue_only,
        f.search,
        f.mine,
        f.after,
        f.limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether the member exists and is active.
pub(crate) async fn member_status(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<bool>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select status = 'ACTIVE' as "active!" from member where tenant_id = $1 and id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Files by id (the caller has checked the viewer may read the case they belong to).
pub(crate) async fn files(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FileRow,
        r#"select id, uploader_id, file_name, content_type, byte_size, storage_key,
                  status as "status: FileStatus", created_at
             from file_object where tenant_id = $1 and id = any($2)"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

/// The current time of the database (one clock for deadlines and `overdue`).
pub(crate) async fn now(tx: &mut TenantTx) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar!(r#"select now() as "now!""#)
        .fetch_one(tx.conn())
        .await
}

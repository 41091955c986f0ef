//! SQL of the live board: the cards of cases and supervision-task targets under an org's
//! sub-tree, counted per column and paged per column, in a fixed number of statements.

use super::model::{CaseEventKind, CaseState, TaskEventKind};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The board's filters as bound into its statements.
#[derive(Debug, Clone)]
pub(crate) struct Bind<'a> {
    /// The board's org and every org unit under it (its sub-tree, read first: bound as an
    /// array, the planner knows its size, where it misjudges an `ltree` containment).
    pub scope: &'a [Uuid],
    /// Only these grids (already checked to lie under the root).
    pub grid_ids: Option<&'a [Uuid]>,
    /// Only these categories (excludes task cards).
    pub category_keys: Option<&'a [String]>,
    /// Only cases dispatched to this member or org, and task targets of this org.
    pub assignee_id: Option<Uuid>,
    /// Only cards whose deadline has passed.
    pub overdue_only: bool,
    /// The time overdue is measured at.
    pub now: DateTime<Utc>,
}

/// One column's size.
#[derive(Debug, Clone)]
pub(crate) struct CountRow {
    /// The column.
    pub state: CaseState,
    /// Cards in it.
    pub count: i64,
    /// Of which overdue.
    pub overdue: i64,
}

/// One card as read.
#[derive(Debug, Clone)]
pub(crate) struct CardRow {
    /// `CASE` or `TASK`.
    pub kind: String,
    /// The case, or the task.
    pub key_id: Uuid,
    /// The task's receiving org (the nil UUID for a case).
    pub key_org: Uuid,
    /// The column.
    pub state: CaseState,
    /// The case's grid, or the task's receiving org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: Option<String>,
    /// The column's sort key (the deadline; none sorts last).
    pub sort_at: Option<DateTime<Utc>>,
    /// The deadline that runs now, if any.
    pub due_at: Option<DateTime<Utc>>,
    /// Readable number.
    pub number: String,
    /// Title.
    pub title: String,
    /// The case's category name.
    pub category_name: Option<String>,
    /// Who works on it (member or org name).
    pub assignee_name: Option<String>,
    /// The case's first photo.
    pub photo_id: Option<Uuid>,
}

/// Where a column's next page starts.
#[derive(Debug, Clone)]
pub(crate) struct After {
    /// The last card's sort key.
    pub sort_at: Option<DateTime<Utc>>,
    /// The last card's id.
    pub key_id: Uuid,
    /// The last card's receiving org (nil for a case).
    pub key_org: Uuid,
}

/// The cards of the board: a checked query over `with cards, shown`, where `$1` tenant,
/// `$2` the sub-tree's org ids, `$3` grid ids, `$4` category keys, `$5` assignee, `$6` overdue only, `$7`
/// now; the caller's tail reads `shown` from `$8` on.
macro_rules! with_cards {
    ($row:ty, $b:expr, $tenant:expr, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            $row,
            r#"with cards as (
                 select 'CASE'::text as kind, c.id as key_id,
                        '00000000-0000-0000-0000-000000000000'::uuid as key_org,
                        c.state, c.grid_id as org_id,
                        case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end as sort_at,
                        case when c.state = 'REPORTED' then c.accept_due_at
                             when c.state in ('DISPATCHED', 'IN_PROGRESS') then c.due_at end as due_at
                   from grid_case c
                  where c.tenant_id = $1 and c.grid_id = any($2::uuid[])
                    and ($3::uuid[] is null or c.grid_id = any($3::uuid[]))
                    and ($4::text[] is null or c.category_key = any($4::text[]))
                    and ($5::uuid is null or c.assignee_member_id = $5 or c.assignee_org_id = $5)
                 union all
                 select 'TASK'::text, tt.task_id, tt.org_id, tt.state, tt.org_id,
                        case when tt.state = 'CLOSED' then null else t.due_at end,
                        case when tt.state = 'DISPATCHED' then t.due_at end
                   from supervision_task_target tt
                   join supervision_task t on t.tenant_id = tt.tenant_id and t.id = tt.task_id
                  where tt.tenant_id = $1 and tt.org_id = any($2::uuid[])
                    and ($3::uuid[] is null or tt.org_id = any($3::uuid[]))
                    and $4::text[] is null
                    and ($5::uuid is null or tt.org_id = $5)
               ),
               shown as (
                 select * from cards where not $6::bool or due_at <= $7::timestamptz
               ) "# + $tail,
            $tenant,
            $b.scope,
            $b.grid_ids as Option<&[Uuid]>,
            $b.category_keys as Option<&[String]>,
            $b.assignee_id,
            $b.overdue_only,
            $b.now
            $(, $arg)*
        )
    };
}

/// Cards and overdue cards per column (columns without cards are absent).
pub(crate) async fn counts(tx: &mut TenantTx, b: &Bind<'_>) -> sqlx::Result<Vec<CountRow>> {
    let tenant = tx.tenant();
    with_cards!(
        CountRow,
        b,
        tenant,
        r#"select state as "state!: CaseState", count(*) as "count!",
                  count(*) filter (where due_at <= $7) as "overdue!"
             from shown group by state"#
    )
    .fetch_all(tx.conn())
    .await
}

/// Cards and overdue cards per column when the filter names no category, assignee or overdue
/// only (columns without cards are absent): the case counts are sums of `grid_case_count` over
/// `ids` (the sub-tree, or the filter's grids), the overdue counts walk the board index of the
/// open states with a deadline up to `now`, and the few task targets are counted as they are.
pub(crate) async fn kept_counts(
    tx: &mut TenantTx,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<CountRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CountRow,
        r#"select s.state as "state!: CaseState", sum(s.n)::int8 as "count!",
                  sum(s.overdue)::int8 as "overdue!"
             from (
               select k.state, k.n, 0::int8 as overdue
                 from grid_case_count k
                where k.tenant_id = $1 and k.grid_id = any($2::uuid[]) and k.n > 0
               union all
               select c.state, 0::int8, count(*)
                 from grid_case c
                where c.tenant_id = $1 and c.state in ('REPORTED', 'DISPATCHED', 'IN_PROGRESS')
                  and (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) <= $3
                  and c.grid_id = any($2::uuid[])
                group by c.state
               union all
               select tt.state, count(*),
                      count(*) filter (where tt.state = 'DISPATCHED' and t.due_at <= $3)
                 from supervision_task_target tt
                 join supervision_task t on t.tenant_id = tt.tenant_id and t.id = tt.task_id
                where tt.tenant_id = $1 and tt.org_id = any($2::uuid[])
                group by tt.state
             ) s
            group by s.state
           having sum(s.n) > 0"#,
        tenant,
        ids,
        now,
    )
    .fetch_all(tx.conn())
    .await
}

/// The first pages' statement (see [`first_pages`]) with `$grids`, the test of a case's grid
/// against `$2`, spelt so that the planner walks the right index.
macro_rules! first_pages_query {
    ($b:expr, $tenant:expr, $ids:expr, $states:expr, $limit:expr, $grids:literal) => {
        sqlx::query_as!(
            CardRow,
            r#"with p as (
             select u.*, row_number() over (partition by u.state
                                            order by u.sort_at, u.key_id, u.key_org) as rn
               from (
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, c.accept_due_at as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'REPORTED' and 'REPORTED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and (not $5::bool or c.accept_due_at <= $6::timestamptz)
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, null::timestamptz as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'ACCEPTED' and 'ACCEPTED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and not $5::bool
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, null::timestamptz as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'CANCELLED' and 'CANCELLED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and not $5::bool
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, c.due_at as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'DISPATCHED' and 'DISPATCHED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and (not $5::bool or c.due_at <= $6::timestamptz)
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, c.due_at as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'IN_PROGRESS' and 'IN_PROGRESS' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and (not $5::bool or c.due_at <= $6::timestamptz)
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, null::timestamptz as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'FEEDBACK' and 'FEEDBACK' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and not $5::bool
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, null::timestamptz as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'CLOSED' and 'CLOSED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and not $5::bool
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'CASE'::text as kind, c.id as key_id, '00000000-0000-0000-0000-000000000000'::uuid as key_org, c.state,
                       c.grid_id as org_id, (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end) as sort_at, null::timestamptz as due_at
                  from grid_case c
                 where c.tenant_id = $1 and c.state = 'RATED' and 'RATED' = any($7::text[])
                   and "# + $grids + r#"
                   and ($3::text[] is null or c.category_key = any($3::text[]))
                   and ($4::uuid is null or c.assignee_member_id = $4 or c.assignee_org_id = $4)
                   and not $5::bool
                 order by (case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end), c.id limit $8)
               union all
               (select 'TASK'::text, tt.task_id, tt.org_id, tt.state, tt.org_id,
                       case when tt.state = 'CLOSED' then null else t.due_at end,
                       case when tt.state = 'DISPATCHED' then t.due_at end
                  from supervision_task_target tt
                  join supervision_task t on t.tenant_id = tt.tenant_id and t.id = tt.task_id
                 where tt.tenant_id = $1 and tt.org_id = any($2::uuid[]) and tt.state = any($7::text[])
                   and $3::text[] is null
                   and ($4::uuid is null or tt.org_id = $4)
                   and (not $5::bool or (tt.state = 'DISPATCHED' and t.due_at <= $6::timestamptz)))
               ) u
           )
           select p.kind as "kind!", p.key_id as "key_id!", p.key_org as "key_org!",
                  p.state as "state!: CaseState", p.org_id as "org_id!", nullif(g.name, '') as "org_name?",
                  p.sort_at as "sort_at?", p.due_at as "due_at?",
                  coalesce(c.number, t.number) as "number!", coalesce(c.title, t.title) as "title!",
                  nullif(c.category_name, '') as "category_name?",
                  case when p.kind = 'CASE' then coalesce(m.name, ao.name) else g.name end as "assignee_name?",
                  c.photo_file_ids[1] as "photo_id?"
             from p
             left join grid_case c on p.kind = 'CASE' and c.tenant_id = $1 and c.id = p.key_id
             left join supervision_task t on p.kind = 'TASK' and t.tenant_id = $1 and t.id = p.key_id
             left join org_unit g on g.tenant_id = $1 and g.id = p.org_id
             left join member m on m.tenant_id = $1 and m.id = c.assignee_member_id
             left join org_unit ao on ao.tenant_id = $1 and ao.id = c.assignee_org_id
            where p.rn <= $8
            order by p.state, p.sort_at, p.key_id, p.key_org"#,
            $tenant,
            $ids,
            $b.category_keys as Option<&[String]>,
            $b.assignee_id,
            $b.overdue_only,
            $b.now,
            $states,
            $limit,
        )
    };
}

/// Above this many grids, a column's first page walks the tenant's board index of its state
/// (filtering the grids) rather than reading and sorting the column of each grid.
const WALK_TENANT_INDEX_ABOVE: usize = 16;

/// The first `limit` cards of each of `states`, in column order (deadline first, none last):
/// one statement, a `union all` of one ordered read per state of the cases and of the few task
/// targets, the top `limit` of each column kept. Static per state so that every branch matches
/// an index. The statement is prepared once and run under a generic plan, which cannot know the
/// size of the grids' array: for many grids the test of a case's grid is spelt so that it cannot
/// use the per-grid index, and each state's branch is an ordered walk of `grid_case_board` that
/// stops after `limit` entries; for a few grids the per-grid index reads each grid's column.
pub(crate) async fn first_pages(
    tx: &mut TenantTx,
    b: &Bind<'_>,
    states: &[String],
    limit: i64,
) -> sqlx::Result<Vec<CardRow>> {
    let tenant = tx.tenant();
    let ids = b.grid_ids.unwrap_or(b.scope);
    if ids.len() > WALK_TENANT_INDEX_ABOVE {
        first_pages_query!(
            b,
            tenant,
            ids,
            states,
            limit,
            "array_position($2::uuid[], c.grid_id) is not null"
        )
        .fetch_all(tx.conn())
        .await
    } else {
        first_pages_query!(b, tenant, ids, states, limit, "c.grid_id = any($2::uuid[])")
            .fetch_all(tx.conn())
            .await
    }
}

/// Up to `limit` cards of one column after `after`.
pub(crate) async fn column_page(
    tx: &mut TenantTx,
    b: &Bind<'_>,
    state: CaseState,
    after: Option<&After>,
    limit: i64,
) -> sqlx::Result<Vec<CardRow>> {
    let tenant = tx.tenant();
    with_cards!(
        CardRow,
        b,
        tenant,
        r#"select p.kind as "kind!", p.key_id as "key_id!", p.key_org as "key_org!",
                  p.state as "state!: CaseState", p.org_id as "org_id!", nullif(g.name, '') as "org_name?",
                  p.sort_at as "sort_at?", p.due_at as "due_at?",
                  coalesce(c.number, t.number) as "number!", coalesce(c.title, t.title) as "title!",
                  nullif(c.category_name, '') as "category_name?",
                  case when p.kind = 'CASE' then coalesce(m.name, ao.name) else g.name end as "assignee_name?",
                  c.photo_file_ids[1] as "photo_id?"
             from (select * from shown x
                    where x.state = $8
                      and ($9::uuid is null
                           or case when $10::timestamptz is null
                                   then x.sort_at is null and (x.key_id, x.key_org) > ($9, $11::uuid)
                                   else x.sort_at > $10 or x.sort_at is null
                                        or (x.sort_at = $10 and (x.key_id, x.key_org) > ($9, $11::uuid))
                              end)
                    order by x.sort_at, x.key_id, x.key_org limit $12) p
             left join grid_case c on p.kind = 'CASE' and c.tenant_id = $1 and c.id = p.key_id
             left join supervision_task t on p.kind = 'TASK' and t.tenant_id = $1 and t.id = p.key_id
             left join org_unit g on g.tenant_id = $1 and g.id = p.org_id
             left join member m on m.tenant_id = $1 and m.id = c.assignee_member_id
             left join org_unit ao on ao.tenant_id = $1 and ao.id = c.assignee_org_id
            order by p.sort_at, p.key_id, p.key_org"#,
        state.as_str(),
        after.map(|a| a.key_id),
        after.and_then(|a| a.sort_at),
        after.map(|a| a.key_org),
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The ids of the org units under `root_path` (the root included).
pub(crate) async fn subtree(tx: &mut TenantTx, root_path: &str) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree"#,
        tenant,
        root_path,
    )
    .fetch_all(tx.conn())
    .await
}

/// A case's timeline row, as a board event names it.
#[derive(Debug, Clone)]
pub(crate) struct CaseEventRef {
    /// The case.
    pub case_id: Uuid,
    /// What happened.
    pub kind: CaseEventKind,
    /// State before.
    pub from_state: Option<CaseState>,
    /// State after.
    pub to_state: CaseState,
}

/// The case timeline row `id`.
pub(crate) async fn case_event(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CaseEventRef>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CaseEventRef,
        r#"select case_id, kind as "kind: CaseEventKind", from_state as "from_state?: CaseState",
                  to_state as "to_state: CaseState"
             from grid_case_event where tenant_id = $1 and id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// A task target's history row, as a board event names it.
#[derive(Debug, Clone)]
pub(crate) struct TaskEventRef {
    /// The task.
    pub task_id: Uuid,
    /// The receiving org.
    pub org_id: Uuid,
    /// What happened.
    pub kind: TaskEventKind,
    /// State before (a task state, named like the board's column).
    pub from_state: Option<CaseState>,
    /// State after.
    pub to_state: CaseState,
}

/// The task history row `id`.
pub(crate) async fn task_event(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<TaskEventRef>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        TaskEventRef,
        r#"select task_id, org_id, kind as "kind: TaskEventKind",
                  from_state as "from_state?: CaseState", to_state as "to_state: CaseState"
             from supervision_task_event where tenant_id = $1 and id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// One card as a bus event names it, wherever it lies in the tenant, with its org's path (each
/// subscribed board then decides in memory whether the card is under its org).
#[derive(Debug, Clone)]
pub(crate) struct EventCardRow {
    /// `CASE` or `TASK`.
    pub kind: String,
    /// The case, or the task.
    pub key_id: Uuid,
    /// The task's receiving org (the nil UUID for a case).
    pub key_org: Uuid,
    /// The column.
    pub state: CaseState,
    /// The case's grid, or the task's receiving org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: Option<String>,
    /// Its path in the org tree.
    pub org_path: String,
    /// The column's sort key.
    pub sort_at: Option<DateTime<Utc>>,
    /// The deadline that runs now, if any.
    pub due_at: Option<DateTime<Utc>>,
    /// Readable number.
    pub number: String,
    /// Title.
    pub title: String,
    /// The case's category name.
    pub category_name: Option<String>,
    /// Who works on it (member or org name).
    pub assignee_name: Option<String>,
    /// The case's first photo.
    pub photo_id: Option<Uuid>,
}

impl EventCardRow {
    /// The card without its path.
    pub(crate) fn card(&self) -> CardRow {
        CardRow {
            kind: self.kind.clone(),
            key_id: self.key_id,
            key_org: self.key_org,
            state: self.state,
            org_id: self.org_id,
            org_name: self.org_name.clone(),
            sort_at: self.sort_at,
            due_at: self.due_at,
            number: self.number.clone(),
            title: self.title.clone(),
            category_name: self.category_name.clone(),
            assignee_name: self.assignee_name.clone(),
            photo_id: self.photo_id,
        }
    }
}

/// The card of a case (`key_org` nil) or of a task at one receiving org.
pub(crate) async fn event_card(
    tx: &mut TenantTx,
    key_id: Uuid,
    key_org: Uuid,
) -> sqlx::Result<Option<EventCardRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        EventCardRow,
        r#"select p.kind as "kind!", p.key_id as "key_id!", p.key_org as "key_org!",
                  p.state as "state!: CaseState", p.org_id as "org_id!", nullif(g.name, '') as "org_name?",
                  g.path::text as "org_path!",
                  p.sort_at as "sort_at?", p.due_at as "due_at?",
                  coalesce(c.number, t.number) as "number!", coalesce(c.title, t.title) as "title!",
                  nullif(c.category_name, '') as "category_name?",
                  case when p.kind = 'CASE' then coalesce(m.name, ao.name) else g.name end as "assignee_name?",
                  c.photo_file_ids[1] as "photo_id?"
             from (
                  select 'CASE'::text as kind, c.id as key_id,
                         '00000000-0000-0000-0000-000000000000'::uuid as key_org,
                         c.state, c.grid_id as org_id,
                         case when c.state = 'REPORTED' then c.accept_due_at else c.due_at end as sort_at,
                         case when c.state = 'REPORTED' then c.accept_due_at
                              when c.state in ('DISPATCHED', 'IN_PROGRESS') then c.due_at end as due_at
                    from grid_case c
                   where c.tenant_id = $1 and c.id = $2
                     and $3 = '00000000-0000-0000-0000-000000000000'::uuid
                  union all
                  select 'TASK'::text, tt.task_id, tt.org_id, tt.state, tt.org_id,
                         case when tt.state = 'CLOSED' then null else t.due_at end,
                         case when tt.state = 'DISPATCHED' then t.due_at end
                    from supervision_task_target tt
                    join supervision_task t on t.tenant_id = tt.tenant_id and t.id = tt.task_id
                   where tt.tenant_id = $1 and tt.task_id = $2 and tt.org_id = $3
                  ) p
             join org_unit g on g.tenant_id = $1 and g.id = p.org_id
             left join grid_case c on p.kind = 'CASE' and c.tenant_id = $1 and c.id = p.key_id
             left join supervision_task t on p.kind = 'TASK' and t.tenant_id = $1 and t.id = p.key_id
             left join member m on m.tenant_id = $1 and m.id = c.assignee_member_id
             left join org_unit ao on ao.tenant_id = $1 and ao.id = c.assignee_org_id"#,
        tenant,
        key_id,
        key_org,
    )
    .fetch_optional(tx.conn())
    .await
}

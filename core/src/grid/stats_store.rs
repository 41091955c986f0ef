//! SQL of grid statistics and the case export: cases reported in a period under an org's
//! sub-tree (optionally one grid), aggregated in a few statements.

use super::model::CaseState;
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The period and place the figures cover, as bound into the statements.
#[derive(Debug, Clone)]
pub(crate) struct Period<'a> {
    /// The `ltree` path of the org.
    pub root_path: &'a str,
    /// Only this grid (checked to lie under the org).
    pub grid_id: Option<Uuid>,
    /// Reported at or after.
    pub from: DateTime<Utc>,
    /// Reported before.
    pub until: DateTime<Utc>,
}

/// The figures over all cases of the period.
#[derive(Debug, Clone)]
pub(crate) struct TotalsRow {
    /// Cases reported.
    pub total: i64,
    /// Accepted or later (not refused, not waiting).
    pub accepted: i64,
    /// Closed or rated.
    pub closed: i64,
    /// With a feedback.
    pub with_feedback: i64,
    /// Of which at or before the deadline.
    pub on_time: i64,
    /// Median hours from report to acceptance.
    pub median_accept_hours: Option<f64>,
    /// Median hours from report to closing.
    pub median_close_hours: Option<f64>,
    /// 矛盾纠纷 closed.
    pub disputes_closed: i64,
    /// Of which settled.
    pub disputes_resolved: i64,
    /// Average rating.
    pub rating_average: Option<f64>,
}

/// Cases of one category.
#[derive(Debug, Clone)]
pub(crate) struct CategoryRow {
    /// Key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Cases.
    pub count: i64,
}

/// Cases in one state.
#[derive(Debug, Clone)]
pub(crate) struct StateRow {
    /// State.
    pub state: CaseState,
    /// Cases.
    pub count: i64,
}

/// The figures of one grid.
#[derive(Debug, Clone)]
pub(crate) struct GridRow {
    /// The grid.
    pub grid_id: Uuid,
    /// Its name.
    pub grid_name: String,
    /// Cases reported.
    pub total: i64,
    /// Accepted or later.
    pub accepted: i64,
    /// Closed or rated.
    pub closed: i64,
    /// Open and past the deadline now.
    pub overdue: i64,
    /// Average rating.
    pub rating_average: Option<f64>,
}

/// The cases of the period: a checked query over `with scoped` (`$1` tenant, `$2` root path,
/// `$3` grid, `$4` from, `$5` until); the caller's tail reads `scoped` from `$6` on.
macro_rules! with_scoped {
    ($row:ty, $p:expr, $tenant:expr, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            $row,
            r#"with scoped as (
                 select c.*, g.name as grid_name from grid_case c
                   join org_unit g on g.tenant_id = c.tenant_id and g.id = c.grid_id
                  where c.tenant_id = $1 and g.path <@ $2::text::ltree
                    and ($3::uuid is null or c.grid_id = $3)
                    and c.reported_at >= $4 and c.reported_at < $5
               ) "# + $tail,
            $tenant,
            $p.root_path,
            $p.grid_id,
            $p.from,
            $p.until
            $(, $arg)*
        )
    };
}

/// The period's overall figures.
pub(crate) async fn totals(tx: &mut TenantTx, p: &Period<'_>) -> sqlx::Result<TotalsRow> {
    let tenant = tx.tenant();
    with_scoped!(
        TotalsRow,
        p,
        tenant,
        r#"select count(*) as "total!",
                  count(*) filter (where state not in ('REPORTED', 'CANCELLED')) as "accepted!",
                  count(*) filter (where state in ('CLOSED', 'RATED')) as "closed!",
                  count(*) filter (where feedback_at is not null) as "with_feedback!",
                  count(*) filter (where feedback_at is not null and feedback_at <= due_at) as "on_time!",
                  percentile_cont(0.5) within group (
                    order by extract(epoch from accepted_at - reported_at)::float8 / 3600)
                    filter (where accepted_at is not null) as "median_accept_hours?",
                  percentile_cont(0.5) within group (
                    order by extract(epoch from closed_at - reported_at)::float8 / 3600)
                    filter (where closed_at is not null) as "median_close_hours?",
                  count(*) filter (where category_key = 'DISPUTE' and state in ('CLOSED', 'RATED')) as "disputes_closed!",
                  count(*) filter (where category_key = 'DISPUTE' and state in ('CLOSED', 'RATED')
                                     and resolved) as "disputes_resolved!",
                  avg(rating)::float8 as "rating_average?"
             from scoped"#
    )
    .fetch_one(tx.conn())
    .await
}

/// Cases per category, most first.
pub(crate) async fn by_category(
    tx: &mut TenantTx,
    p: &Period<'_>,
) -> sqlx::Result<Vec<CategoryRow>> {
    let tenant = tx.tenant();
    with_scoped!(
        CategoryRow,
        p,
        tenant,
        r#"select category_key as "key!", min(category_name) as "name!", count(*) as "count!"
             from scoped group by category_key order by 3 desc, 1"#
    )
    .fetch_all(tx.conn())
    .await
}

/// Cases per state.
pub(crate) async fn by_state(tx: &mut TenantTx, p: &Period<'_>) -> sqlx::Result<Vec<StateRow>> {
    let tenant = tx.tenant();
    with_scoped!(
        StateRow,
        p,
        tenant,
        r#"select state as "state!: CaseState", count(*) as "count!" from scoped group by state"#
    )
    .fetch_all(tx.conn())
    .await
}

/// The figures of each grid with cases, by name.
pub(crate) async fn per_grid(
    tx: &mut TenantTx,
    p: &Period<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<GridRow>> {
    let tenant = tx.tenant();
    with_scoped!(
        GridRow,
        p,
        tenant,
        r#"select grid_id as "grid_id!", min(grid_name) as "grid_name!", count(*) as "total!",
                  count(*) filter (where state not in ('REPORTED', 'CANCELLED')) as "accepted!",
                  count(*) filter (where state in ('CLOSED', 'RATED')) as "closed!",
                  count(*) filter (where (state = 'REPORTED' and accept_due_at <= $6)
                                      or (state in ('DISPATCHED', 'IN_PROGRESS') and due_at <= $6)) as "overdue!",
                  avg(rating)::float8 as "rating_average?"
             from scoped group by grid_id order by 2, 1"#,
        now,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether `grid` is an org unit under `root_path`.
pub(crate) async fn is_under(tx: &mut TenantTx, root_path: &str, grid: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from org_unit
                           where tenant_id = $1 and id = $2 and path <@ $3::text::ltree) as "e!""#,
        tenant,
        grid,
        root_path,
    )
    .fetch_one(tx.conn())
    .await
}

/// Filters of the case export.
#[derive(Debug, Clone)]
pub(crate) struct ExportBind<'a> {
    /// The `ltree` path of the org.
    pub root_path: &'a str,
    /// Only this state.
    pub state: Option<CaseState>,
    /// Only this category.
    pub category_key: Option<&'a str>,
    /// Only overdue cases.
    pub overdue_only: bool,
    /// A `like` pattern over number and title (already escaped).
    pub pattern: Option<&'a str>,
    /// The time overdue is measured at.
    pub now: DateTime<Utc>,
    /// At most this many rows.
    pub limit: i64,
}

/// One line of the export.
#[derive(Debug, Clone)]
pub(crate) struct ExportRow {
    /// Number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Grid name.
    pub grid_name: String,
    /// Category name.
    pub category_name: String,
    /// State.
    pub state: CaseState,
    /// Reported.
    pub reported_at: DateTime<Utc>,
    /// The deadline that runs now.
    pub current_due: Option<DateTime<Utc>>,
    /// Who works on it.
    pub assignee_name: Option<String>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Rating.
    pub rating: Option<i16>,
}

/// The cases under the org matching the filters, newest first.
pub(crate) async fn export_rows(
    tx: &mut TenantTx,
    b: &ExportBind<'_>,
) -> sqlx::Result<Vec<ExportRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ExportRow,
        r#"select c.number, c.title, g.name as grid_name, c.category_name,
                  c.state as "state: CaseState", c.reported_at,
                  case when c.state = 'REPORTED' then c.accept_due_at
                       when c.state in ('DISPATCHED', 'IN_PROGRESS') then c.due_at end as "current_due?",
                  coalesce(m.name, ao.name) as "assignee_name?", c.closed_at, c.rating
             from grid_case c
             join org_unit g on g.tenant_id = c.tenant_id and g.id = c.grid_id
             left join member m on m.tenant_id = c.tenant_id and m.id = c.assignee_member_id
             left join org_unit ao on ao.tenant_id = c.tenant_id and ao.id = c.assignee_org_id
            where c.tenant_id = $1 and g.path <@ $2::text::ltree
              and ($3::text is null or c.state = $3)
              and ($4::text is null or c.category_key = $4)
              and (not $5::bool or (c.state = 'REPORTED' and c.accept_due_at <= $7)
                   or (c.state in ('DISPATCHED', 'IN_PROGRESS') and c.due_at <= $7))
              and ($6::text is null or c.number ilike $6 or c.title ilike $6)
            order by c.reported_at desc, c.id
            limit $8"#,
        tenant,
        b.root_path,
        b.state.map(|s| s.as_str()),
        b.category_key,
        b.overdue_only,
        b.pattern,
        b.now,
        b.limit,
    )
    .fetch_all(tx.conn())
    .await
}

//! Statistics of the cases reported in a period under an org (or one grid of it), and the
//! spreadsheet export of its case list. Both need `grid:read` at the org.

use super::model::CaseState;
use super::stats_store::{self as store, ExportBind, Period};
use crate::audit::{self, Entry};
use crate::authz::{Scope, catalog};
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx, org};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde_json::json;
use uuid::Uuid;

/// Longest period the statistics cover, in days.
pub const MAX_PERIOD_DAYS: i64 = 3660;
/// Most rows an export holds.
pub const EXPORT_MAX_ROWS: i64 = 10_000;

/// Cases of one category.
#[derive(Debug, Clone)]
pub struct CategoryCount {
    /// Category key.
    pub key: String,
    /// Category name.
    pub name: String,
    /// Cases.
    pub count: i64,
}

/// The figures of one grid.
#[derive(Debug, Clone)]
pub struct GridFigures {
    /// The grid.
    pub grid_id: Uuid,
    /// Its name.
    pub grid_name: String,
    /// Cases reported.
    pub total: i64,
    /// Closed or rated.
    pub closed: i64,
    /// Open and past their deadline now.
    pub overdue: i64,
    /// Closed or rated ÷ accepted or later.
    pub resolution_rate: Option<f64>,
    /// Average rating.
    pub rating_average: Option<f64>,
}

/// The statistics of a period.
#[derive(Debug, Clone)]
pub struct Statistics {
    /// Cases reported in the period.
    pub total: i64,
    /// Per category, most first.
    pub by_category: Vec<CategoryCount>,
    /// Per state, in board order (states without cases included, as 0).
    pub by_state: Vec<(CaseState, i64)>,
    /// Closed or rated ÷ accepted or later; none without accepted cases.
    pub resolution_rate: Option<f64>,
    /// Feedback at or before the deadline ÷ cases with a feedback.
    pub on_time_rate: Option<f64>,
    /// Median hours from report to acceptance.
    pub median_hours_to_accept: Option<f64>,
    /// Median hours from report to closing.
    pub median_hours_to_close: Option<f64>,
    /// 矛盾纠纷 closed as settled ÷ 矛盾纠纷 closed.
    pub mediation_success_rate: Option<f64>,
    /// Average rating.
    pub rating_average: Option<f64>,
    /// Per grid with cases, by name.
    pub per_grid: Vec<GridFigures>,
}

fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The org, once the viewer holds `grid:read` there (else `NOT_FOUND`).
async fn readable_org(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org_id: Uuid,
) -> AppResult<org::model::OrgRow> {
    let org = org::store::get(tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(org.path.clone()), catalog::GRID, "read")
        .await?;
    Ok(org)
}

/// The statistics of the cases reported from `from` to `to` (days in the tenant's zone, both
/// included) under `org_id`, or under its grid `grid_id`.
pub async fn statistics(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
    grid_id: Option<Uuid>,
) -> AppResult<Statistics> {
    if to < from {
        return Err(AppError::field("to", "结束日期不能早于开始日期"));
    }
    if (to - from).num_days() > MAX_PERIOD_DAYS {
        return Err(AppError::field("to", "统计区间不能超过十年"));
    }
    // Aggregates over up to ten years of cases: the read path (a replica when configured).
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let org = readable_org(ctx, app, &mut tx, org_id).await?;
    if let Some(g) = grid_id
        && !store::is_under(&mut tx, &org.path, g).await?
    {
        return Err(AppError::NotFound);
    }
    let zone: chrono_tz::Tz = crate::tenancy::tenant_in(&mut tx)
        .await?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Asia::Shanghai);
    let period = Period {
        root_path: &org.path,
        grid_id,
        from: start_of(zone, from)?,
        until: start_of(
            zone,
            to.succ_opt()
                .ok_or_else(|| AppError::field("to", "无效的日期"))?,
        )?,
    };
    let t = store::totals(&mut tx, &period).await?;
    let by_category = store::by_category(&mut tx, &period).await?;
    let states = store::by_state(&mut tx, &period).await?;
    let grids = store::per_grid(&mut tx, &period, Utc::now()).await?;
    tx.commit().await?;
    Ok(Statistics {
        total: t.total,
        by_category: by_category
            .into_iter()
            .map(|r| CategoryCount {
                key: r.key,
                name: r.name,
                count: r.count,
            })
            .collect(),
        by_state: CaseState::ALL
            .iter()
            .map(|&s| {
                let n = states.iter().find(|r| r.state == s).map_or(0, |r| r.count);
                (s, n)
            })
            .collect(),
        resolution_rate: ratio(t.closed, t.accepted),
        on_time_rate: ratio(t.on_time, t.with_feedback),
        median_hours_to_accept: t.median_accept_hours,
        median_hours_to_close: t.median_close_hours,
        mediation_success_rate: ratio(t.disputes_resolved, t.disputes_closed),
        rating_average: t.rating_average,
        per_grid: grids
            .into_iter()
            .map(|g| GridFigures {
                grid_id: g.grid_id,
                grid_name: g.grid_name,
                total: g.total,
                closed: g.closed,
                overdue: g.overdue,
                resolution_rate: ratio(g.closed, g.accepted),
                rating_average: g.rating_average,
            })
            .collect(),
    })
}

fn start_of(zone: chrono_tz::Tz, day: NaiveDate) -> AppResult<DateTime<Utc>> {
    zone.from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| AppError::field("from", "无效的日期"))
}

/// Filters of the case export (those of `gridCases`).
#[derive(Debug, Clone, Default)]
pub struct ExportFilter {
    /// Only this state.
    pub state: Option<CaseState>,
    /// Only this category.
    pub category_key: Option<String>,
    /// Only overdue cases.
    pub overdue_only: bool,
    /// Number or title contains.
    pub search: Option<String>,
}

const HEADERS: [&str; 11] = [
    "编号",
    "标题",
    "网格",
    "类别",
    "状态",
    "上报时间",
    "当前期限",
    "是否超期",
    "承办",
    "结案时间",
    "评价",
];

fn checked_text(field: &str, value: Option<&str>, max: usize) -> AppResult<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.chars().count() > max => {
            Err(AppError::field(field, format!("不能超过 {max} 个字符")))
        }
        Some(v) if v.chars().any(char::is_control) => Err(AppError::field(field, "含有无效字符")),
        Some(v) => Ok(Some(v.to_string())),
    }
}

/// The case list of `org_id` with the filters as an `.xlsx` (at most [`EXPORT_MAX_ROWS`]
/// rows, newest first; the reporter is never exported); returns the file name and bytes. The
/// rows come from the read path ([`crate::Db::begin_tenant_read`]); the export is audited on
/// the primary.
pub async fn export_xlsx(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    filter: ExportFilter,
) -> AppResult<(String, Vec<u8>)> {
    let category = checked_text("categoryKey", filter.category_key.as_deref(), 40)?;
    let search = checked_text("search", filter.search.as_deref(), 100)?;
    let pattern = search.map(|s| {
        let escaped = s
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        format!("%{escaped}%")
    });
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let org = readable_org(ctx, app, &mut tx, org_id).await?;
    let zone: chrono_tz::Tz = crate::tenancy::tenant_in(&mut tx)
        .await?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Asia::Shanghai);
    let now = Utc::now();
    let rows = store::export_rows(
        &mut tx,
        &ExportBind {
            root_path: &org.path,
            state: filter.state,
            category_key: category.as_deref(),
            overdue_only: filter.overdue_only,
            pattern: pattern.as_deref(),
            now,
            limit: EXPORT_MAX_ROWS,
        },
    )
    .await?;
    tx.commit().await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "grid_case.export",
            object_type: "org_unit",
            object_id: Some(org.id.to_string()),
            detail: json!({
                "count": rows.len(),
                "state": filter.state.map(|s| s.as_str()),
                "categoryKey": category,
                "overdueOnly": filter.overdue_only,
            }),
        },
    )
    .await?;
    tx.commit().await?;

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    sheet.set_name("案件").map_err(xl)?;
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).map_err(xl)?;
    }
    let local = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    for (i, r) in rows.iter().enumerate() {
        let row = (i + 1) as u32;
        let overdue = r.current_due.is_some_and(|d| d <= now);
        let cells = [
            r.number.clone(),
            r.title.clone(),
            r.grid_name.clone(),
            r.category_name.clone(),
            r.state.label().to_string(),
            local(r.reported_at),
            r.current_due.map(local).unwrap_or_default(),
            if overdue { "是" } else { "否" }.to_string(),
            r.assignee_name.clone().unwrap_or_default(),
            r.closed_at.map(local).unwrap_or_default(),
            r.rating.map(|n| n.to_string()).unwrap_or_default(),
        ];
        for (c, v) in cells.iter().enumerate() {
            sheet.write_string(row, c as u16, v).map_err(xl)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("网格案件-{}.xlsx", org.name), bytes))
}

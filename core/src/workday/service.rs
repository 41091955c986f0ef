//! The actions on the calendar: a year's exceptional days, a deadline, and the tenant's
//! overrides.

use super::{
    rules::{self, Calendar, DayKind},
    store::{self, DayRow},
};
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::Scope,
    db::TenantTx,
    tenancy::model::Name,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Asia::Shanghai;
use serde_json::json;

/// The most working days a deadline may count.
pub const MAX_WORKING_DAYS: u32 = 366;

/// A year of the calendar.
#[derive(Debug, Clone)]
pub struct CalendarYear {
    /// The year.
    pub year: i32,
    /// Whether the national arrangement of the year is loaded.
    pub seeded: bool,
    /// Whether it is complete (its 调休 included).
    pub complete: bool,
    /// Its national source.
    pub source: Option<String>,
    /// The exceptional days, in date order.
    pub days: Vec<DayRow>,
}

/// An override of one day.
#[derive(Debug, Clone)]
pub struct DayInput {
    /// The day.
    pub date: NaiveDate,
    /// What it becomes.
    pub kind: DayKind,
    /// Its name.
    pub name: String,
    /// Why (the tenant's own notice).
    pub source_note: String,
}

fn check_year(year: i32) -> AppResult<()> {
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年度须在 2000–2100 之间"));
    }
    Ok(())
}

/// The calendar of the days from `from` for `span` days, inside the caller's transaction.
async fn calendar(tx: &mut TenantTx, from: NaiveDate, span: i64) -> AppResult<Calendar> {
    let to = from + Duration::days(span);
    let days = store::days(tx, from, to).await?;
    Ok(Calendar::new(days.into_iter().map(|d| (d.day, d.kind))))
}

/// The deadline `n` working days after `from` (same Beijing time of day), with the tenant's
/// calendar, inside the caller's transaction.
pub async fn deadline_in(
    tx: &mut TenantTx,
    from: DateTime<Utc>,
    n: u32,
) -> AppResult<DateTime<Utc>> {
    let start = from.with_timezone(&Shanghai).date_naive();
    let cal = calendar(tx, start, rules::span_days(n)).await?;
    Ok(cal.deadline(from, n))
}

/// The deadline `n` working days after `from` (1–366), for any signed-in member.
pub async fn deadline(
    ctx: &Ctx,
    app: &App,
    from: DateTime<Utc>,
    n: i32,
) -> AppResult<DateTime<Utc>> {
    let n = u32::try_from(n)
        .ok()
        .filter(|n| (1..=MAX_WORKING_DAYS).contains(n))
        .ok_or_else(|| AppError::field("workingDays", "工作日数须在 1–366 之间"))?;
    check_year(from.with_timezone(&Shanghai).year())
        .map_err(|_| AppError::field("from", "起算时间须在 2000–2100 年之间"))?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let due = deadline_in(&mut tx, from, n).await?;
    tx.commit().await?;
    Ok(due)
}

/// A year's exceptional days as they stand for the tenant, for any signed-in member.
pub async fn year(ctx: &Ctx, app: &App, year: i32) -> AppResult<CalendarYear> {
    check_year(year)?;
    let (from, to) = year_bounds(year)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let national = store::year(&mut tx, year).await?;
    let days = store::days(&mut tx, from, to).await?;
    tx.commit().await?;
    Ok(CalendarYear {
        year,
        seeded: national.is_some(),
        complete: national.as_ref().is_some_and(|(_, c)| *c),
        source: national.map(|(s, _)| s),
        days,
    })
}

fn year_bounds(year: i32) -> AppResult<(NaiveDate, NaiveDate)> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(AppError::field("year", "年度无效")),
    }
}

/// The day as it now stands for the tenant (none when it is a regular day with no entry).
async fn day_in(tx: &mut TenantTx, day: NaiveDate) -> AppResult<Option<DayRow>> {
    Ok(store::days(tx, day, day).await?.into_iter().next())
}

/// Overrides one day for the tenant (tenant administrators).
pub async fn set_day(ctx: &Ctx, app: &App, input: DayInput) -> AppResult<DayRow> {
    app.authz
        .require(ctx, &Scope::Tenant, "tenant", "write")
        .await?;
    check_year(input.date.year())
        .map_err(|_| AppError::field("date", "日期须在 2000–2100 年之间"))?;
    let name = Name::parse("name", &input.name, 50)?;
    let note = Name::parse("sourceNote", &input.source_note, 500)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::set_override(
        &mut tx,
        input.date,
        input.kind,
        name.as_str(),
        note.as_str(),
        ctx.member_id(),
    )
    .await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "calendar.set_day",
            object_type: "calendar_day",
            object_id: Some(input.date.to_string()),
            detail: json!({ "kind": input.kind.as_str(), "name": name.as_str(), "source": note.as_str() }),
        },
    )
    .await?;
    let row = day_in(&mut tx, input.date)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("override not read back")))?;
    tx.commit().await?;
    Ok(row)
}

/// Drops the tenant's override of a day (tenant administrators); the day as it now stands.
pub async fn reset_day(ctx: &Ctx, app: &App, date: NaiveDate) -> AppResult<Option<DayRow>> {
    app.authz
        .require(ctx, &Scope::Tenant, "tenant", "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::delete_override(&mut tx, date).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "calendar.reset_day",
            object_type: "calendar_day",
            object_id: Some(date.to_string()),
            detail: json!({}),
        },
    )
    .await?;
    let row = day_in(&mut tx, date).await?;
    tx.commit().await?;
    Ok(row)
}

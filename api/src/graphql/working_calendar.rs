//! The working-day calendar (节假日与调休) over GraphQL: a year's exceptional days, a deadline in
//! working days, and the tenant administrators' overrides of single days.

use super::{
    context::{app, tenant},
    errors::Gql,
};
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::workday::{self, DayInput, DayRow};

/// What a day of the calendar is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::workday::DayKind")]
pub enum CalendarDayKind {
    /// 放假: a statutory holiday or its 调休 rest day.
    Holiday,
    /// 调休上班: a Saturday or Sunday worked.
    Workday,
    /// 按常规: Monday to Friday worked, the weekend rested; only as a tenant's override that
    /// cancels a national entry.
    Regular,
}

/// A day that differs from the Monday-to-Friday rule, nationally or for the tenant.
#[derive(SimpleObject)]
pub struct CalendarDay {
    /// The day.
    pub date: NaiveDate,
    /// Its kind for the tenant.
    pub kind: CalendarDayKind,
    /// Its name (春节, 国庆节调休上班, the tenant's own name).
    pub name: String,
    /// The national notice, or the tenant's note.
    pub source: String,
    /// Whether the tenant overrode it.
    pub overridden: bool,
    /// The national entry's kind; null when the day has none.
    pub national_kind: Option<CalendarDayKind>,
}

impl From<DayRow> for CalendarDay {
    fn from(d: DayRow) -> Self {
        Self {
            date: d.day,
            kind: d.kind.into(),
            name: d.name,
            source: d.source,
            overridden: d.overridden,
            national_kind: d.national_kind.map(Into::into),
        }
    }
}

/// A year of the working-day calendar.
#[derive(SimpleObject)]
pub struct WorkingCalendar {
    /// The year.
    pub year: i32,
    /// Whether the national arrangement of the year is loaded (else Monday to Friday counts,
    /// with the tenant's overrides).
    pub seeded: bool,
    /// Whether the loaded arrangement is complete (its 调休 included); a year loaded from the
    /// holiday regulation alone, before the State Council's notice, is not.
    pub complete: bool,
    /// The national source of the year, when loaded.
    pub source: Option<String>,
    /// Its exceptional days, in date order.
    pub days: Vec<CalendarDay>,
}

/// The form of `setCalendarDay`.
#[derive(InputObject)]
pub struct SetCalendarDayInput {
    /// The day, within 2000–2100.
    pub date: NaiveDate,
    /// What it becomes for the tenant.
    pub kind: CalendarDayKind,
    /// Its name, 1–50 characters.
    pub name: String,
    /// Why: the tenant's own notice, 1–500 characters.
    pub source_note: String,
}

/// Queries of the working-day calendar.
#[derive(Default)]
pub struct WorkingCalendarQuery;

#[Object(name = "WorkingCalendarQuery")]
impl WorkingCalendarQuery {
    /// A year's exceptional days as they stand for the tenant (any signed-in member).
    async fn working_calendar(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year, 2000–2100.")] year: i32,
    ) -> async_graphql::Result<WorkingCalendar> {
        let c = tenant(ctx)?;
        let y = workday::year(&c, app(ctx), year).await.gql()?;
        Ok(WorkingCalendar {
            year: y.year,
            seeded: y.seeded,
            complete: y.complete,
            source: y.source,
            days: y.days.into_iter().map(Into::into).collect(),
        })
    }

    /// The deadline `workingDays` (1–366) working days after `from`, at the same Beijing time of
    /// day, with the tenant's calendar: what statutory deadlines (党员问询) use.
    async fn working_day_deadline(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Where the count starts.")] from: DateTime<Utc>,
        #[graphql(desc = "Working days, 1–366.")] working_days: i32,
    ) -> async_graphql::Result<DateTime<Utc>> {
        let c = tenant(ctx)?;
        workday::deadline(&c, app(ctx), from, working_days)
            .await
            .gql()
    }
}

/// Mutations of the working-day calendar.
#[derive(Default)]
pub struct WorkingCalendarMutation;

#[Object(name = "WorkingCalendarMutation")]
impl WorkingCalendarMutation {
    /// Overrides one day for the tenant (tenant administrators): a company holiday, a local
    /// arrangement, the State Council's 调休 of a year loaded incomplete, or `REGULAR` to cancel a
    /// national entry.
    async fn set_calendar_day(
        &self,
        ctx: &Context<'_>,
        input: SetCalendarDayInput,
    ) -> async_graphql::Result<CalendarDay> {
        let c = tenant(ctx)?;
        let row = workday::set_day(
            &c,
            app(ctx),
            DayInput {
                date: input.date,
                kind: input.kind.into(),
                name: input.name,
                source_note: input.source_note,
            },
        )
        .await
        .gql()?;
        Ok(row.into())
    }

    /// Drops the tenant's override of a day (tenant administrators); the day as it now stands,
    /// or null when it is a regular day. `NOT_FOUND` when the day has no override.
    async fn reset_calendar_day(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day.")] date: NaiveDate,
    ) -> async_graphql::Result<Option<CalendarDay>> {
        let c = tenant(ctx)?;
        Ok(workday::reset_day(&c, app(ctx), date)
            .await
            .gql()?
            .map(Into::into))
    }
}

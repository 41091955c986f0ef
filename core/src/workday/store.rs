//! SQL of the working-day calendar.

use super::rules::DayKind;
use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// A day of the calendar as it stands for the tenant.
#[derive(Debug, Clone)]
pub struct DayRow {
    /// The day.
    pub day: NaiveDate,
    /// Its effective kind.
    pub kind: DayKind,
    /// Its name.
    pub name: String,
    /// The national notice, or the tenant's note.
    pub source: String,
    /// Whether the tenant overrode it.
    pub overridden: bool,
    /// The national entry's kind, if any.
    pub national_kind: Option<DayKind>,
}

/// The exceptional days between two dates (inclusive), national entries with the tenant's
/// overrides applied, in date order.
pub(super) async fn days(
    tx: &mut TenantTx,
    from: NaiveDate,
    to: NaiveDate,
) -> sqlx::Result<Vec<DayRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        DayRow,
        r#"select coalesce(o.day, h.day) as "day!",
                  coalesce(o.kind, h.kind) as "kind!: DayKind",
                  coalesce(o.name, h.name) as "name!",
                  coalesce(o.source_note, y.source) as "source!",
                  (o.day is not null) as "overridden!",
                  h.kind as "national_kind?: DayKind"
             from (select * from holiday_day where day between $2 and $3) h
             left join holiday_year y on y.year = h.year
             full join (select * from holiday_override
                         where tenant_id = $1 and day between $2 and $3) o on o.day = h.day
            order by 1"#,
        tenant,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// A year's national arrangement: its source and whether it is complete, if loaded.
pub(super) async fn year(tx: &mut TenantTx, year: i32) -> sqlx::Result<Option<(String, bool)>> {
    let row = sqlx::query!(
        "select source, complete from holiday_year where year = $1",
        year
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(row.map(|r| (r.source, r.complete)))
}

/// Sets the tenant's override of a day.
pub(super) async fn set_override(
    tx: &mut TenantTx,
    day: NaiveDate,
    kind: DayKind,
    name: &str,
    note: &str,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into holiday_override (tenant_id, day, kind, name, source_note, updated_by)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, day) do update
            set kind = excluded.kind, name = excluded.name, source_note = excluded.source_note,
                updated_by = excluded.updated_by, updated_at = now()",
        tenant,
        day,
        kind.as_str(),
        name,
        note,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Drops the tenant's override of a day; whether there was one.
pub(super) async fn delete_override(tx: &mut TenantTx, day: NaiveDate) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "delete from holiday_override where tenant_id = $1 and day = $2",
        tenant,
        day
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

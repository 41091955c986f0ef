//! SQL of grid assignments (定人定岗定责).

use super::model::{AssignmentRole, AssignmentRow};
use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// A checked `query_as!` of [`AssignmentRow`]s (table alias `a`), followed by the caller's
/// literal tail.
macro_rules! assignment_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            AssignmentRow,
            $head
                + r#" a.id, a.grid_id, a.member_id, a.role as "role: AssignmentRole", a.starts_on,
                      a.ends_on, a.created_at "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Locks the grid's row, so that two assignments of one grid are checked for overlap one
/// after the other.
pub(crate) async fn lock_grid(tx: &mut TenantTx, grid: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from org_unit where tenant_id = $1 and id = $2 for update",
        tenant,
        grid,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(())
}

/// Whether the member already holds the role on the grid for some day of `[starts, ends)`
/// (an open end is forever).
pub(crate) async fn overlaps(
    tx: &mut TenantTx,
    grid: Uuid,
    member: Uuid,
    role: AssignmentRole,
    starts: NaiveDate,
    ends: Option<NaiveDate>,
    except: Option<Uuid>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from grid_assignment
             where tenant_id = $1 and grid_id = $2 and member_id = $3 and role = $4
               and ($7::uuid is null or id <> $7)
               and daterange(starts_on, ends_on, '[)') && daterange($5, $6, '[)')) as "x!""#,
        tenant,
        grid,
        member,
        role.as_str(),
        starts,
        ends,
        except,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn insert(
    tx: &mut TenantTx,
    a: &AssignmentRow,
    created_by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into grid_assignment (tenant_id, id, grid_id, member_id, role, starts_on,
             ends_on, created_by, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        a.id,
        a.grid_id,
        a.member_id,
        a.role.as_str(),
        a.starts_on,
        a.ends_on,
        created_by,
        a.created_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One assignment under its row lock.
pub(crate) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<AssignmentRow>> {
    let tenant = tx.tenant();
    assignment_rows!(
        "select",
        "from grid_assignment a where a.tenant_id = $1 and a.id = $2 for update",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Sets the last day.
pub(crate) async fn end(tx: &mut TenantTx, id: Uuid, ends_on: NaiveDate) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update grid_assignment set ends_on = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        ends_on,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Assignments of a grid and/or a member (all of the tenant when neither), active on `today`
/// only when asked, by grid then newest start.
pub(crate) async fn list(
    tx: &mut TenantTx,
    grid: Option<Uuid>,
    member: Option<Uuid>,
    active_on: Option<NaiveDate>,
) -> sqlx::Result<Vec<AssignmentRow>> {
    let tenant = tx.tenant();
    assignment_rows!(
        "select",
        "from grid_assignment a
          where a.tenant_id = $1
            and ($2::uuid is null or a.grid_id = $2)
            and ($3::uuid is null or a.member_id = $3)
            and ($4::date is null or (a.starts_on <= $4 and (a.ends_on is null or a.ends_on > $4)))
          order by a.grid_id, a.starts_on desc, a.id
          limit 1000",
        tenant,
        grid,
        member,
        active_on,
    )
    .fetch_all(tx.conn())
    .await
}

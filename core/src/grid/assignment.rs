//! Grid assignments (定人定岗定责): grid workers (网格员) and the responsible party member
//! (包联党员) of a grid, with dates. An assignment grants its member the `grid_worker` role on
//! the grid in the same transaction; ending it removes the grant.

use super::access;
use super::assignment_store as store;
use super::model::{AssignmentRole, AssignmentRow};
use crate::authz::catalog;
use crate::org::model::OrgRow;
use crate::{App, AppError, AppResult, Ctx, audit};
use chrono::{NaiveDate, Utc};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// An assignment with the names a list shows.
#[derive(Debug, Clone)]
pub struct AssignmentView {
    /// The assignment.
    pub row: AssignmentRow,
    /// The grid's name.
    pub grid_name: String,
    /// The member's name.
    pub member_name: String,
    /// Whether it covers today.
    pub active: bool,
}

/// A new assignment.
#[derive(Debug, Clone)]
pub struct NewAssignment {
    /// The grid (an org unit on the GRID line).
    pub grid_id: Uuid,
    /// An active member of the tenant.
    pub member_id: Uuid,
    /// Worker or responsible party member.
    pub role: AssignmentRole,
    /// First day (today when absent).
    pub starts_on: Option<NaiveDate>,
    /// The day it ends, no longer active from then (open when absent).
    pub ends_on: Option<NaiveDate>,
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn source(id: Uuid) -> String {
    format!("grid_assignment:{id}")
}

/// Active from `starts_on` until the day before `ends_on` (the day it ends).
fn is_active(row: &AssignmentRow, on: NaiveDate) -> bool {
    row.starts_on <= on && row.ends_on.is_none_or(|e| e > on)
}

/// Assigns a member to a grid: `grid:write` at the grid. The same member in the same role on
/// the same grid for overlapping dates is a CONFLICT (checked under the grid's row lock, so
/// parallel requests cannot both pass).
pub async fn assign(ctx: &Ctx, app: &App, input: NewAssignment) -> AppResult<AssignmentView> {
    let starts_on = input.starts_on.unwrap_or_else(today);
    if input.ends_on.is_some_and(|e| e < starts_on) {
        return Err(AppError::field("endsOn", "结束日期不能早于开始日期"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let grid = crate::org::store::get(&mut tx, input.grid_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !access::may_at(ctx, app, &grid, "write").await? {
        return Err(AppError::NotFound);
    }
    if !access::is_live_grid(&grid) {
        return Err(AppError::field("gridId", "所选组织不是在用的网格"));
    }
    match super::case_store::member_status(&mut tx, input.member_id).await? {
        None => return Err(AppError::NotFound),
        Some(false) => return Err(AppError::field("memberId", "该成员已停用")),
        Some(true) => {}
    }
    store::lock_grid(&mut tx, grid.id).await?;
    if store::overlaps(
        &mut tx,
        grid.id,
        input.member_id,
        input.role,
        starts_on,
        input.ends_on,
        None,
    )
    .await?
    {
        return Err(AppError::Conflict(
            "该成员在这段时间已担任此网格的同一职责".into(),
        ));
    }
    let row = AssignmentRow {
        id: crate::new_id(),
        grid_id: grid.id,
        member_id: input.member_id,
        role: input.role,
        starts_on,
        ends_on: input.ends_on,
        created_at: Utc::now(),
    };
    store::insert(&mut tx, &row, ctx.member_id()).await?;
    let granted = row.ends_on.is_none_or(|e| e > today());
    if granted {
        crate::authz::store::insert_rule(
            &mut tx,
            "g",
            &[
                &format!("m:{}", row.member_id),
                catalog::GRID_WORKER_ROLE,
                &access::org_scope(&grid).grant_domain(ctx.tenant_id),
            ],
            &source(row.id),
        )
        .await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "grid_assignment.create",
        "grid_assignment",
        row.id,
        json!({ "grid": grid.id, "member": row.member_id, "role": row.role.as_str(),
                "startsOn": row.starts_on, "endsOn": row.ends_on }),
    )
    .await?;
    let view = view_of(&mut tx, row, &grid).await?;
    tx.commit().await?;
    if granted {
        app.authz.invalidate(ctx.tenant_id).await;
    }
    Ok(view)
}

async fn view_of(
    tx: &mut crate::db::TenantTx,
    row: AssignmentRow,
    grid: &OrgRow,
) -> AppResult<AssignmentView> {
    let member_name = crate::member::store::names(tx, &[row.member_id])
        .await?
        .into_iter()
        .next()
        .map(|(_, n)| n)
        .unwrap_or_default();
    Ok(AssignmentView {
        active: is_active(&row, today()),
        grid_name: grid.name.clone(),
        member_name,
        row,
    })
}

/// Ends an assignment on `ends_on` (today when absent, never later; it is no longer active
/// from that day): `grid:write` at the grid. Its grant goes at once.
pub async fn end(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    ends_on: Option<NaiveDate>,
) -> AppResult<AssignmentView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let grid = crate::org::store::get(&mut tx, row.grid_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !access::may_at(ctx, app, &grid, "write").await? {
        return Err(AppError::NotFound);
    }
    if ends_on.is_some_and(|e| e > today()) {
        return Err(AppError::field("endsOn", "结束日期不能晚于今天"));
    }
    if row.ends_on.is_some_and(|e| e <= today()) {
        return Err(AppError::Conflict("该任职已经结束".into()));
    }
    let ends_on = ends_on.unwrap_or_else(today).max(row.starts_on);
    store::end(&mut tx, id, ends_on).await?;
    crate::authz::store::delete_by_source(&mut tx, &source(id)).await?;
    audit::object(
        &mut tx,
        ctx,
        "grid_assignment.end",
        "grid_assignment",
        id,
        json!({ "grid": grid.id, "member": row.member_id, "endsOn": ends_on }),
    )
    .await?;
    let row = AssignmentRow {
        ends_on: Some(ends_on),
        ..row
    };
    let view = view_of(&mut tx, row, &grid).await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(view)
}

/// Assignments of a grid and/or a member that the viewer may see: all of a grid where they
/// hold `grid:read`, and their own. A grid or member id not in the tenant is NOT_FOUND.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    grid_id: Option<Uuid>,
    member_id: Option<Uuid>,
    active_only: bool,
) -> AppResult<Vec<AssignmentView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    if let Some(g) = grid_id {
        crate::org::store::get(&mut tx, g)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    if let Some(m) = member_id {
        super::case_store::member_status(&mut tx, m)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let on = today();
    let rows = store::list(&mut tx, grid_id, member_id, active_only.then_some(on)).await?;
    let mut grid_ids: Vec<Uuid> = rows.iter().map(|r| r.grid_id).collect();
    grid_ids.sort_unstable();
    grid_ids.dedup();
    let grids: HashMap<Uuid, OrgRow> = crate::org::store::by_ids(&mut tx, &grid_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut member_ids: Vec<Uuid> = rows.iter().map(|r| r.member_id).collect();
    member_ids.sort_unstable();
    member_ids.dedup();
    let names: HashMap<Uuid, String> = crate::member::store::names(&mut tx, &member_ids)
        .await?
        .into_iter()
        .collect();
    tx.commit().await?;
    let mut readable: HashMap<Uuid, bool> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(grid) = grids.get(&row.grid_id) else {
            continue;
        };
        let may = match readable.get(&grid.id) {
            Some(&m) => m,
            None => {
                let m = access::may_at(ctx, app, grid, "read").await?;
                readable.insert(grid.id, m);
                m
            }
        };
        if !may && ctx.member_id() != Some(row.member_id) {
            continue;
        }
        out.push(AssignmentView {
            active: is_active(&row, on),
            grid_name: grid.name.clone(),
            member_name: names.get(&row.member_id).cloned().unwrap_or_default(),
            row,
        });
    }
    Ok(out)
}

/// The grids the viewer is assigned to today, in name order (for the phone page).
pub async fn my_grids(ctx: &Ctx, app: &App) -> AppResult<Vec<OrgRow>> {
    let Some(me) = ctx.member_id() else {
        return Ok(vec![]);
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list(&mut tx, None, Some(me), Some(today())).await?;
    let mut ids: Vec<Uuid> = rows.iter().map(|r| r.grid_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut grids: Vec<OrgRow> = crate::org::store::by_ids(&mut tx, &ids)
        .await?
        .into_iter()
        .filter(|o| o.archived_at.is_none())
        .collect();
    tx.commit().await?;
    grids.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(grids)
}

//! Who may see and do what with grid cases, in one place: the grid's place (Casbin object
//! `grid` at the grid's org path) and the viewer's part in the case (reporter, assignee).
//! The board, tasks and statistics ask these questions too.

use super::model::{CaseRow, CaseState};
use super::rules::{self, Action};
use crate::authz::{Scope, catalog};
use crate::db::TenantTx;
use crate::org::model::{Line, OrgRow};
use crate::{App, AppError, AppResult, Ctx};
use std::collections::HashMap;
use uuid::Uuid;

/// The scope of an org unit (its sub-tree for grants).
pub(crate) fn org_scope(org: &OrgRow) -> Scope {
    Scope::Org(org.path.clone())
}

/// Whether an org unit is a grid cases may be reported on: on the GRID line, not archived.
pub(crate) fn is_live_grid(org: &OrgRow) -> bool {
    org.line.0 == Line::Grid && org.archived_at.is_none()
}

/// The grid a case is reported on: `NOT_FOUND` when unknown in the tenant, `VALIDATION` on
/// `field` when it is not a grid or has been archived.
pub(crate) async fn live_grid(tx: &mut TenantTx, id: Uuid, field: &str) -> AppResult<OrgRow> {
    let org = crate::org::store::get(tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if org.line.0 != Line::Grid {
        return Err(AppError::field(field, "所选组织不是网格"));
    }
    if org.archived_at.is_some() {
        return Err(AppError::field(field, "该网格已撤销"));
    }
    Ok(org)
}

/// Whether the viewer holds `grid:{act}` at an org's place.
pub(crate) async fn may_at(ctx: &Ctx, app: &App, org: &OrgRow, act: &str) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &org_scope(org), catalog::GRID, act)
        .await
}

/// What the viewer may do with one case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaseAccess {
    /// The viewer reported it.
    pub is_reporter: bool,
    /// The viewer is its assignee member.
    pub is_assignee: bool,
    /// Reads the case (reporter, assignee, handler of the assignee org, `grid:read` at the grid).
    pub read: bool,
    /// Supervises it: `grid:write` at the grid (accept, cancel, dispatch, close, reopen).
    pub write: bool,
    /// Works it: start and feedback (the assignee member, `grid:handle` at the assignee org,
    /// or a supervisor).
    pub handle: bool,
    /// May set a deadline later than the SLA (`grid:extend` at the grid).
    pub extend: bool,
    /// Sees the reporter's name (the reporter; supervisors; everyone with `grid:read` at the
    /// grid when the reporter did not ask to be hidden).
    pub reporter_name: bool,
}

impl CaseAccess {
    /// Whether the viewer may take `action` (whatever the state).
    pub fn permits(&self, action: Action) -> bool {
        match action {
            Action::Accept | Action::Cancel | Action::Dispatch | Action::Close | Action::Reopen => {
                self.write
            }
            Action::Start | Action::Feedback => self.handle,
            Action::Rate => self.is_reporter,
        }
    }

    /// The actions the viewer may take now (state × permission), in flow order.
    pub fn actions(&self, state: CaseState) -> Vec<Action> {
        ALL_ACTIONS
            .into_iter()
            .filter(|&a| self.permits(a) && rules::transition(state, a).is_ok())
            .collect()
    }
}

/// Every action, in flow order.
pub const ALL_ACTIONS: [Action; 8] = [
    Action::Accept,
    Action::Cancel,
    Action::Dispatch,
    Action::Start,
    Action::Feedback,
    Action::Close,
    Action::Reopen,
    Action::Rate,
];

/// The viewer's access to a case, given its grid and (when dispatched to an org) that org.
/// Casbin decisions come from the tenant's cached enforcer: no query.
pub(crate) async fn case_access(
    ctx: &Ctx,
    app: &App,
    case: &CaseRow,
    grid: &OrgRow,
    assignee_org: Option<&OrgRow>,
) -> AppResult<CaseAccess> {
    let me = ctx.member_id();
    let is_reporter = me.is_some() && me == Some(case.reporter_id);
    let is_assignee = me.is_some() && me == case.assignee_member_id;
    let grid_read = may_at(ctx, app, grid, "read").await?;
    let write = may_at(ctx, app, grid, "write").await?;
    let extend = write && may_at(ctx, app, grid, "extend").await?;
    let org_handle = match assignee_org {
        Some(o) => may_at(ctx, app, o, "handle").await?,
        None => false,
    };
    let read = is_reporter || is_assignee || org_handle || grid_read || write;
    Ok(CaseAccess {
        is_reporter,
        is_assignee,
        read,
        write,
        handle: is_assignee || org_handle || write,
        extend,
        reporter_name: is_reporter || write || (grid_read && !case.reporter_hidden),
    })
}

/// The viewer's access to one case, loading its grid and assignee org; `NOT_FOUND` unless the
/// viewer may read it.
pub(crate) async fn readable_case(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    case: &CaseRow,
) -> AppResult<(CaseAccess, OrgRow, Option<OrgRow>)> {
    let mut ids = vec![case.grid_id];
    ids.extend(case.assignee_org_id);
    let orgs: HashMap<Uuid, OrgRow> = crate::org::store::by_ids(tx, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let grid = orgs.get(&case.grid_id).cloned().ok_or(AppError::NotFound)?;
    let assignee_org = case.assignee_org_id.and_then(|o| orgs.get(&o).cloned());
    let access = case_access(ctx, app, case, &grid, assignee_org.as_ref()).await?;
    if !access.read {
        return Err(AppError::NotFound);
    }
    Ok((access, grid, assignee_org))
}

/// A case as one viewer sees it: names resolved, the reporter's name only where allowed.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// The case.
    pub row: CaseRow,
    /// The viewer's access.
    pub access: CaseAccess,
    /// The grid's name.
    pub grid_name: String,
    /// The reporter's name; `None` when hidden from this viewer.
    pub reporter_name: Option<String>,
    /// The assignee member's or org's name.
    pub assignee_name: Option<String>,
    /// The dispatcher's name.
    pub dispatcher_name: Option<String>,
}

impl CaseView {
    /// Whether the reporter's name is withheld from this viewer.
    pub fn reporter_hidden(&self) -> bool {
        !self.access.reporter_name
    }

    /// The actions the viewer may take now.
    pub fn actions(&self) -> Vec<Action> {
        self.access.actions(self.row.state)
    }
}

/// The views of a page of cases the viewer may see (rows the viewer may not read are left
/// out): two queries for the whole page (orgs, member names), Casbin in memory.
pub(crate) async fn visible_page(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    rows: Vec<CaseRow>,
) -> AppResult<Vec<CaseView>> {
    let mut org_ids: Vec<Uuid> = rows.iter().map(|r| r.grid_id).collect();
    org_ids.extend(rows.iter().filter_map(|r| r.assignee_org_id));
    org_ids.sort_unstable();
    org_ids.dedup();
    let orgs: HashMap<Uuid, OrgRow> = crate::org::store::by_ids(tx, &org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut member_ids: Vec<Uuid> = rows
        .iter()
        .flat_map(|r| [Some(r.reporter_id), r.assignee_member_id, r.dispatcher_id])
        .flatten()
        .collect();
    member_ids.sort_unstable();
    member_ids.dedup();
    let names: HashMap<Uuid, String> = crate::member::store::names(tx, &member_ids)
        .await?
        .into_iter()
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(grid) = orgs.get(&row.grid_id) else {
            continue;
        };
        let assignee_org = row.assignee_org_id.and_then(|o| orgs.get(&o));
        let access = case_access(ctx, app, &row, grid, assignee_org).await?;
        if !access.read {
            continue;
        }
        let assignee_name = match (row.assignee_member_id, assignee_org) {
            (Some(m), _) => names.get(&m).cloned(),
            (None, Some(o)) => Some(o.name.clone()),
            _ => None,
        };
        out.push(CaseView {
            grid_name: grid.name.clone(),
            reporter_name: access
                .reporter_name
                .then(|| names.get(&row.reporter_id).cloned())
                .flatten(),
            assignee_name,
            dispatcher_name: row.dispatcher_id.and_then(|d| names.get(&d).cloned()),
            access,
            row,
        });
    }
    Ok(out)
}

//! Org-tree services: create, read, rename, move, archive, officer positions.

use super::{
    model::{Kind, Line, OrgRow, PositionRow},
    rules, store,
};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{self, Scope, catalog},
    page::{Page, PageArgs},
    tenancy::model::Name,
};
use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;

/// Input of a new org unit.
#[derive(Debug, Clone)]
pub struct NewOrg {
    /// Parent, `None` for a top-level unit.
    pub parent_id: Option<Uuid>,
    /// Name.
    pub name: String,
    /// Line code.
    pub line: Line,
    /// Kind; a default follows from line and parent when absent.
    pub kind: Option<Kind>,
    /// 联合.
    pub is_joint: bool,
    /// Virtual or temporary.
    pub is_virtual: bool,
}

fn scope(org: &OrgRow) -> Scope {
    Scope::Org(org.path.clone())
}

/// Creates a unit. Top-level units need org write tenant-wide; others need it at the parent.
pub async fn create(ctx: &Ctx, app: &App, input: NewOrg) -> AppResult<OrgRow> {
    let name = Name::parse("name", &input.name, 100)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let parent = match input.parent_id {
        Some(id) => {
            let p = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
            app.authz
                .require_visible(ctx, &scope(&p), catalog::ORG, "write")
                .await?;
            if p.archived_at.is_some() {
                return Err(AppError::field("parentId", "上级组织已归档"));
            }
            Some(p)
        }
        None => {
            app.authz
                .require(ctx, &Scope::Tenant, catalog::ORG, "write")
                .await?;
            None
        }
    };
    let parent_kind = parent.as_ref().map(|p| p.kind.0);
    let kind = match input.kind {
        Some(k) => k,
        None => rules::default_kind(input.line, parent_kind)
            .ok_or_else(|| AppError::field("kind", "该上级组织下不能再设下级组织"))?,
    };
    if let Some(reason) = rules::placement_error(input.line, kind, parent_kind) {
        return Err(AppError::field("kind", reason));
    }
    let row = store::insert(
        &mut tx,
        &store::Insert {
            id: crate::new_id(),
            parent: parent.as_ref(),
            line: input.line,
            kind,
            name: name.as_str(),
            is_joint: input.is_joint,
            is_virtual: input.is_virtual,
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "org.create",
        "org_unit",
        row.id,
        json!({ "name": row.name, "kind": kind.code(), "parent": input.parent_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// One unit, if the actor may read it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<OrgRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    app.authz
        .require_visible(ctx, &scope(&row), catalog::ORG, "read")
        .await?;
    Ok(row)
}

/// Units by id for batch loading (missing or other tenants' ids are simply absent).
pub async fn by_ids(ctx: &Ctx, app: &App, ids: &[Uuid]) -> AppResult<Vec<OrgRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::by_ids(&mut tx, ids).await?;
    tx.commit().await?;
    Ok(rows)
}

/// List filters.
#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    /// Only this line.
    pub line: Option<Line>,
    /// Only children of this parent; `Some(None)` for top-level units.
    pub parent: Option<Option<Uuid>>,
    /// Include archived units.
    pub include_archived: bool,
    /// Name contains.
    pub search: Option<String>,
}

/// Units in tree order.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    filter: &OrgFilter,
    args: &PageArgs,
) -> AppResult<Page<OrgRow>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ORG, "read")
        .await?;
    if let Some(after) = &args.after
        && !after
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(AppError::field("after", "无效的游标"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    // A filter by a unit that is not in the tenant is NOT_FOUND, as reading the unit would
    // be, rather than an empty page that reads like "no children".
    if let Some(Some(parent)) = filter.parent {
        store::get(&mut tx, parent)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let rows = store::page(
        &mut tx,
        &store::Filter {
            line: filter.line,
            parent: filter.parent,
            include_archived: filter.include_archived,
            search: filter.search.clone().filter(|s| !s.trim().is_empty()),
        },
        args.after.as_deref(),
        args.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// Renames a unit.
pub async fn rename(ctx: &Ctx, app: &App, id: Uuid, name: &str) -> AppResult<OrgRow> {
    let name = Name::parse("name", name, 100)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let before = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&before), catalog::ORG, "write")
        .await?;
    let row = store::rename(&mut tx, id, name.as_str()).await?;
    audit::object(
        &mut tx,
        ctx,
        "org.rename",
        "org_unit",
        row.id,
        json!({ "from": before.name, "to": row.name }),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Moves a unit and its sub-tree under another parent of the same line.
pub async fn move_to(ctx: &Ctx, app: &App, id: Uuid, new_parent_id: Uuid) -> AppResult<OrgRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let node = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let target = store::get(&mut tx, new_parent_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&node), catalog::ORG, "write")
        .await?;
    app.authz
        .require_visible(ctx, &scope(&target), catalog::ORG, "write")
        .await?;
    if target.path == node.path || target.path.starts_with(&format!("{}.", node.path)) {
        return Err(AppError::field(
            "newParentId",
            "不能移动到自身或其下级组织之下",
        ));
    }
    if target.archived_at.is_some() {
        return Err(AppError::field("newParentId", "目标组织已归档"));
    }
    if let Some(reason) = rules::placement_error(node.line.0, node.kind.0, Some(target.kind.0)) {
        return Err(AppError::field("newParentId", reason));
    }
    store::move_subtree(&mut tx, &node, &target).await?;
    let moved = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    // Grants are keyed by path: those on the moved sub-tree follow it to its new place.
    let domain_prefix = |o: &OrgRow| scope(o).domain(ctx.tenant_id);
    authz::store::rewrite_grant_domains(&mut tx, &domain_prefix(&node), &domain_prefix(&moved))
        .await?;
    audit::object(
        &mut tx,
        ctx,
        "org.move",
        "org_unit",
        moved.id,
        json!({ "fromParent": node.parent_id, "toParent": target.id }),
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(moved)
}

/// Archives a unit that has no active sub-units and no active members.
pub async fn archive(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<OrgRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&org), catalog::ORG, "write")
        .await?;
    if org.archived_at.is_some() {
        return Ok(org);
    }
    let (children, members) = store::occupancy(&mut tx, &org).await?;
    if children > 0 {
        return Err(AppError::Conflict(format!(
            "该组织下还有 {children} 个下级组织，请先移动或归档"
        )));
    }
    if members > 0 {
        return Err(AppError::Conflict(format!(
            "该组织还有 {members} 名成员，请先调整成员所属组织"
        )));
    }
    let row = store::archive(&mut tx, id).await?;
    audit::object(&mut tx, ctx, "org.archive", "org_unit", row.id, json!({})).await?;
    tx.commit().await?;
    Ok(row)
}

/// Active unit counts per line.
pub async fn counts_by_line(ctx: &Ctx, app: &App) -> AppResult<Vec<(String, i64)>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ORG, "read")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::counts_by_line(&mut tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Puts a member into an officer position; the position grants `role` over the org's
/// sub-tree in the same transaction.
#[allow(clippy::too_many_arguments)]
pub async fn assign_position(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    member_id: Uuid,
    title: &str,
    role: Option<&str>,
    term_start: NaiveDate,
    term_end: Option<NaiveDate>,
) -> AppResult<PositionRow> {
    let title = Name::parse("title", title, 50)?;
    if term_end.is_some_and(|end| end <= term_start) {
        return Err(AppError::field("termEnd", "任期结束日期须晚于开始日期"));
    }
    let role = role.unwrap_or(catalog::OFFICER_ROLE);
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&org), catalog::POSITION, "write")
        .await?;
    if role == catalog::ADMIN_ROLE || !authz::store::role_exists(&mut tx, role).await? {
        return Err(AppError::field("role", "该角色不能通过职务授予"));
    }
    crate::member::store::get(&mut tx, member_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = store::insert_position(
        &mut tx,
        &PositionRow {
            id: crate::new_id(),
            org_id,
            member_id,
            title: title.as_str().to_string(),
            role: role.to_string(),
            term_start,
            term_end,
            ended_at: None,
        },
    )
    .await?;
    authz::store::insert_rule(
        &mut tx,
        "g",
        &[
            &format!("m:{member_id}"),
            role,
            &scope(&org).grant_domain(ctx.tenant_id),
        ],
        &format!("position:{}", row.id),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "position.assign",
        "position",
        row.id,
        json!({ "org": org_id, "member": member_id, "title": row.title, "role": role }),
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(row)
}

/// Ends a position and the grant it made.
pub async fn end_position(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<PositionRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let pos = store::get_position(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = store::get(&mut tx, pos.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&org), catalog::POSITION, "write")
        .await?;
    if pos.ended_at.is_some() {
        return Ok(pos);
    }
    let row = store::end_position(&mut tx, id).await?;
    authz::store::delete_by_source(&mut tx, &format!("position:{id}")).await?;
    audit::object(
        &mut tx,
        ctx,
        "position.end",
        "position",
        id,
        json!({ "org": pos.org_id, "member": pos.member_id }),
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(row)
}

/// Positions of an org, current first.
pub async fn positions(ctx: &Ctx, app: &App, org_id: Uuid) -> AppResult<Vec<PositionRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = store::get(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &scope(&org), catalog::ORG, "read")
        .await?;
    let rows = store::positions_of(&mut tx, org_id).await?;
    tx.commit().await?;
    Ok(rows)
}

//! Roles and grants as tenant admins manage them.

use super::{Scope, catalog, store};
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    member, org,
};
use serde_json::json;
use uuid::Uuid;

pub use store::{GrantRow, RoleRow};

/// A role with its permissions.
#[derive(Debug, Clone)]
pub struct RoleWithPermissions {
    /// The role.
    pub role: RoleRow,
    /// `(object, act pattern)` pairs.
    pub permissions: Vec<(String, String)>,
}

/// The tenant's role templates with their permissions.
pub async fn list_roles(ctx: &Ctx, app: &App) -> AppResult<Vec<RoleWithPermissions>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ROLE, "read")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut out = Vec::new();
    for role in store::list_roles(&mut tx, ctx.tenant_id).await? {
        let permissions = store::role_permissions(&mut tx, ctx.tenant_id, &role.name).await?;
        out.push(RoleWithPermissions { role, permissions });
    }
    tx.commit().await?;
    Ok(out)
}

/// Replaces a role's permissions (tenant admins' own role cannot be narrowed).
pub async fn set_role_permissions(
    ctx: &Ctx,
    app: &App,
    role: &str,
    permissions: &[(String, String)],
) -> AppResult<()> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ROLE, "write")
        .await?;
    if role == catalog::ADMIN_ROLE {
        return Err(AppError::field("role", "单位管理员角色的权限不能修改"));
    }
    for (obj, act) in permissions {
        let known = [
            catalog::ORG,
            catalog::MEMBER,
            catalog::MEMBER_SENSITIVE,
            catalog::INVITATION,
            catalog::POSITION,
            catalog::ROLE,
            catalog::API_KEY,
            catalog::AUDIT,
        ];
        if !known.contains(&obj.as_str()) {
            return Err(AppError::field(
                "permissions",
                format!("未知的权限对象：{obj}"),
            ));
        }
        if ![catalog::READ, catalog::WRITE, catalog::READ_WRITE].contains(&act.as_str()) {
            return Err(AppError::field("permissions", format!("未知的操作：{act}")));
        }
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::role_exists(&mut tx, ctx.tenant_id, role).await? {
        return Err(AppError::NotFound);
    }
    store::delete_role_permissions(&mut tx, ctx.tenant_id, role).await?;
    let everywhere = Scope::Tenant.grant_domain(ctx.tenant_id);
    for (obj, act) in permissions {
        store::insert_rule(
            &mut tx,
            ctx.tenant_id,
            "p",
            &[role, &everywhere, obj, act],
            "role",
        )
        .await?;
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "role.set_permissions",
            object_type: "role",
            object_id: Some(role.into()),
            detail: json!({ "permissions": permissions }),
        },
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(())
}

/// Grants a role to a member over an org's sub-tree, or tenant-wide without an org.
pub async fn grant_role(
    ctx: &Ctx,
    app: &App,
    member_id: Uuid,
    role: &str,
    org_id: Option<Uuid>,
) -> AppResult<GrantRow> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ROLE, "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    member::store::get(&mut tx, ctx.tenant_id, member_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::role_exists(&mut tx, ctx.tenant_id, role).await? {
        return Err(AppError::field("role", "角色不存在"));
    }
    let scope = match org_id {
        Some(id) => Scope::Org(
            org::store::get(&mut tx, ctx.tenant_id, id)
                .await?
                .ok_or(AppError::NotFound)?
                .path,
        ),
        None => Scope::Tenant,
    };
    let subject = format!("m:{member_id}");
    let domain = scope.grant_domain(ctx.tenant_id);
    let id = store::insert_rule(
        &mut tx,
        ctx.tenant_id,
        "g",
        &[&subject, role, &domain],
        "grant",
    )
    .await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "role.grant",
            object_type: "grant",
            object_id: Some(id.to_string()),
            detail: json!({ "member": member_id, "role": role, "org": org_id }),
        },
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(GrantRow {
        id,
        subject,
        role: role.into(),
        domain,
        source: Some("grant".into()),
    })
}

/// Revokes a grant made by hand (grants of positions end with the position).
pub async fn revoke_grant(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::ROLE, "write")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if store::delete_grant(&mut tx, ctx.tenant_id, id).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "role.revoke",
            object_type: "grant",
            object_id: Some(id.to_string()),
            detail: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    app.authz.invalidate(ctx.tenant_id).await;
    Ok(())
}

/// Grants of the tenant, or of one member.
pub async fn list_grants(
    ctx: &Ctx,
    app: &App,
    member_id: Option<Uuid>,
) -> AppResult<Vec<GrantRow>> {
    let own = member_id.is_some() && member_id == ctx.member_id();
    if !own {
        app.authz
            .require(ctx, &Scope::Tenant, catalog::ROLE, "read")
            .await?;
    }
    let subject = member_id.map(|m| format!("m:{m}"));
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list_grants(&mut tx, ctx.tenant_id, subject.as_deref()).await?;
    tx.commit().await?;
    Ok(rows)
}

/// What the actor may do tenant-wide, as `object:act` pairs (for showing the right menus;
/// every action is still checked where it happens).
pub async fn tenant_permissions(ctx: &Ctx, app: &App) -> AppResult<Vec<String>> {
    let objects = [
        catalog::ORG,
        catalog::MEMBER,
        catalog::MEMBER_SENSITIVE,
        catalog::INVITATION,
        catalog::POSITION,
        catalog::ROLE,
        catalog::API_KEY,
        catalog::AUDIT,
        "tenant",
    ];
    let mut out = Vec::new();
    for obj in objects {
        for act in ["read", "write"] {
            if app.authz.allowed(ctx, &Scope::Tenant, obj, act).await? {
                out.push(format!("{obj}:{act}"));
            }
        }
    }
    Ok(out)
}

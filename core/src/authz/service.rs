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
    for role in store::list_roles(&mut tx).await? {
        let permissions = store::role_permissions(&mut tx, &role.name).await?;
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
        if !catalog::OBJECTS.contains(&obj.as_str()) {
            return Err(AppError::field(
                "permissions",
                format!("未知的权限对象：{obj}"),
            ));
        }
        let known = [catalog::READ, catalog::WRITE, catalog::READ_WRITE].contains(&act.as_str())
            || (obj == catalog::PUBLISHING && act == catalog::PUBLISHING_ALL)
            || (obj == catalog::POINTS && act == catalog::POINTS_ALL);
        if !known {
            return Err(AppError::field("permissions", format!("未知的操作：{act}")));
        }
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    if !store::role_exists(&mut tx, role).await? {
        return Err(AppError::NotFound);
    }
    store::delete_role_permissions(&mut tx, role).await?;
    let everywhere = Scope::Tenant.grant_domain(ctx.tenant_id);
    for (obj, act) in permissions {
        store::insert_rule(&mut tx, "p", &[role, &everywhere, obj, act], "role").await?;
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
    member::store::get(&mut tx, member_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::role_exists(&mut tx, role).await? {
        return Err(AppError::field("role", "角色不存在"));
    }
    let scope = match org_id {
        Some(id) => Scope::Org(
            org::store::get(&mut tx, id)
                .await?
                .ok_or(AppError::NotFound)?
                .path,
        ),
        None => Scope::Tenant,
    };
    let subject = format!("m:{member_id}");
    let domain = scope.grant_domain(ctx.tenant_id);
    let id = store::insert_rule(&mut tx, "g", &[&subject, role, &domain], "grant").await?;
    audit::object(
        &mut tx,
        ctx,
        "role.grant",
        "grant",
        id,
        json!({ "member": member_id, "role": role, "org": org_id }),
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
    if store::delete_grant(&mut tx, id).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::object(&mut tx, ctx, "role.revoke", "grant", id, json!({})).await?;
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
    // A filter by a member who is not in the tenant is NOT_FOUND, not an empty list.
    if let Some(m) = member_id {
        member::store::get(&mut tx, m)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let rows = store::list_grants(&mut tx, subject.as_deref()).await?;
    tx.commit().await?;
    Ok(rows)
}

/// What the actor may do tenant-wide, as `object:act` pairs (for showing the right menus;
/// every action is still checked where it happens).
pub async fn tenant_permissions(ctx: &Ctx, app: &App) -> AppResult<Vec<String>> {
    let mut out = Vec::new();
    for obj in catalog::OBJECTS.into_iter().chain(["tenant"]) {
        for act in acts_of(obj) {
            if app.authz.allowed(ctx, &Scope::Tenant, obj, act).await? {
                out.push(format!("{obj}:{act}"));
            }
        }
    }
    Ok(out)
}

/// The acts menus ask about for an object: read and write, and review for publishing.
fn acts_of(obj: &str) -> &'static [&'static str] {
    if obj == catalog::PUBLISHING || obj == catalog::POINTS {
        &["read", "write", "review"]
    } else {
        &["read", "write"]
    }
}

/// The org scopes the actor's own grants cover (their `{tenant}/o/…/*` domains), for asking
/// what they may do somewhere rather than tenant-wide.
fn granted_scopes(tenant: Uuid, grants: &[GrantRow]) -> Vec<Scope> {
    let prefix = format!("{tenant}/o/");
    grants
        .iter()
        .filter_map(|g| {
            let path = g.domain.strip_prefix(&prefix)?.strip_suffix("/*")?;
            Some(Scope::Org(path.replace('/', ".")))
        })
        .collect()
}

/// What the actor may do tenant-wide or in at least one org of their grants, as `object:act`
/// pairs (menus for officers whose roles cover a sub-tree only).
pub async fn permissions_anywhere(ctx: &Ctx, app: &App) -> AppResult<Vec<String>> {
    let mut out = tenant_permissions(ctx, app).await?;
    let Some(member) = ctx.member_id() else {
        return Ok(out);
    };
    let grants = {
        let mut tx = app.db.begin_tenant(ctx).await?;
        let rows = store::list_grants(&mut tx, Some(&format!("m:{member}"))).await?;
        tx.commit().await?;
        rows
    };
    let scopes = granted_scopes(ctx.tenant_id, &grants);
    for obj in catalog::OBJECTS {
        for act in acts_of(obj) {
            let pair = format!("{obj}:{act}");
            if out.contains(&pair) {
                continue;
            }
            for scope in &scopes {
                if app.authz.allowed(ctx, scope, obj, act).await? {
                    out.push(pair);
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// Where the actor may do `obj:act`: `None` when tenant-wide, else the org sub-trees of their
/// grants (possibly none). For lists narrowed to what the viewer may see.
pub async fn reach(ctx: &Ctx, app: &App, obj: &str, act: &str) -> AppResult<Option<Vec<String>>> {
    if app.authz.allowed(ctx, &Scope::Tenant, obj, act).await? {
        return Ok(None);
    }
    granted_org_paths(ctx, app, obj, act).await.map(Some)
}

/// The org paths (sub-trees) where the member's grants allow `obj:act`; tenant-wide grants are
/// not listed (check [`crate::authz::Authz::allowed`] at the tenant first).
pub async fn granted_org_paths(
    ctx: &Ctx,
    app: &App,
    obj: &str,
    act: &str,
) -> AppResult<Vec<String>> {
    let Some(member) = ctx.member_id() else {
        return Ok(vec![]);
    };
    let grants = {
        let mut tx = app.db.begin_tenant(ctx).await?;
        let rows = store::list_grants(&mut tx, Some(&format!("m:{member}"))).await?;
        tx.commit().await?;
        rows
    };
    let mut out = Vec::new();
    for scope in granted_scopes(ctx.tenant_id, &grants) {
        if app.authz.allowed(ctx, &scope, obj, act).await?
            && let Scope::Org(path) = scope
        {
            out.push(path);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_grant_domains_become_scopes_and_tenant_wide_ones_are_left_out() {
        let t = Uuid::now_v7();
        let grant = |domain: String| GrantRow {
            id: Uuid::now_v7(),
            subject: "m:x".into(),
            role: "officer".into(),
            domain,
            source: None,
        };
        let scopes = granted_scopes(
            t,
            &[
                grant(format!("{t}/o/1/3/*")),
                grant(format!("{t}/*")),
                grant(format!("{}/o/9/*", Uuid::now_v7())),
            ],
        );
        assert_eq!(scopes, vec![Scope::Org("1.3".into())]);
    }
}

//! Whether an author may reach an audience, for the modules that publish to one the same way
//! (activities, 公示): the right to publish at every chosen org, tenant-wide without one.

use super::{Audience, store};
use crate::authz::Scope;
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx};
use uuid::Uuid;

/// Refuses an audience the author may not reach, as a `VALIDATION` error on `audience`: each
/// chosen org must exist (not archived) and the author hold `resource` `write` there; with no
/// org (the whole tenant narrowed by filters, or named members only) they need it tenant-wide;
/// named and excluded members must exist. `what` names the action in the messages (发布活动).
pub async fn require(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    a: &Audience,
    resource: &str,
    what: &str,
) -> AppResult<()> {
    let org_ids: Vec<Uuid> = a.orgs.iter().map(|o| o.org_id).collect();
    let found = store::org_paths(tx, &org_ids).await?;
    if found.len() != org_ids.len() {
        return Err(AppError::field("audience", "所选组织不存在"));
    }
    for (path, name) in found {
        if !app
            .authz
            .allowed(ctx, &Scope::Org(path), resource, "write")
            .await?
        {
            return Err(AppError::field(
                "audience",
                format!("您无权面向“{name}”{what}"),
            ));
        }
    }
    if a.orgs.is_empty()
        && !app
            .authz
            .allowed(ctx, &Scope::Tenant, resource, "write")
            .await?
    {
        return Err(AppError::field(
            "audience",
            format!("面向全单位或指定成员{what}需要单位管理员权限，请先选择组织"),
        ));
    }
    let mut named = a.member_ids.clone();
    named.extend(&a.exclude_member_ids);
    if !store::unknown_members(tx, &named).await?.is_empty() {
        return Err(AppError::field("audience", "所选成员不存在"));
    }
    Ok(())
}

//! The one check most actions on an org's records start with.

use crate::{App, AppError, AppResult, Ctx, authz::Scope, db::TenantTx};
use uuid::Uuid;

/// The org's path when the viewer holds `object` `act` there; `NOT_FOUND` when the org does not
/// exist in the tenant or the viewer may not act there (the two look the same).
pub(crate) async fn path_where(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Uuid,
    object: &str,
    act: &str,
) -> AppResult<String> {
    let (path, _) = super::store::path_and_name(tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path.clone()), object, act)
        .await?;
    Ok(path)
}

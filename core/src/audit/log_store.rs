//! Reading the audit log, on the system pool: the runtime role may only insert into
//! `audit_log`. Every statement filters by the tenant it is given.
//!
//! This store sits under `audit` rather than in `system` so that the audit module never
//! depends on `system` (which depends on the modules it serves).

use super::{AuditFilter, AuditRow};
use crate::{db::Db, page::PageArgs};
use uuid::Uuid;

/// One page of the tenant's log, newest first.
pub(super) async fn page(
    db: &Db,
    tenant: Uuid,
    filter: &AuditFilter,
    args: &PageArgs,
) -> crate::AppResult<Vec<AuditRow>> {
    let before = args.after_i64()?;
    let action = filter
        .action
        .as_ref()
        .map(|a| format!("{}%", a.replace('%', "")));
    Ok(sqlx::query_as!(
        AuditRow,
        r#"select a.id, a.at, a.actor_kind, a.actor_id, m.name as "actor_name?", a.action, a.object_type,
                a.object_id, a.result, a.request_id, a.ip, a.detail
           from audit_log a
           left join member m on m.tenant_id = a.tenant_id and m.id = a.actor_id
          where a.tenant_id = $1 and ($2::bigint is null or a.id < $2)
            and ($3::text is null or a.action like $3)
            and ($4::uuid is null or a.actor_id = $4)
          order by a.id desc limit $5"#,
        tenant,
        before,
        action,
        filter.actor_id,
        args.limit(),
    )
    .fetch_all(&mut *db.sys().await?)
    .await?)
}

/// The first row of the tenant's chain whose hash does not match its content.
pub(super) async fn first_break(db: &Db, tenant: Uuid) -> sqlx::Result<Option<i64>> {
    // Pinned to the tenant, so the chain function sees the same rows the policies allow.
    let mut tx = db.sys_begin_tenant(tenant).await?;
    let first = sqlx::query_scalar!("select audit_chain_first_break($1)", tenant)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(first)
}

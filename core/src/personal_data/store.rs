//! SQL of the exports themselves (`personal_data_export`).

use super::model::{ExportRow, ExportStatus};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

macro_rules! select_exports {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ExportRow,
            r#"select e.id, e.member_id, m.name as "member_name!", e.requested_by, e.by_admin,
                      e.reason, e.status as "status: ExportStatus", e.progress, e.sections_done,
                      e.storage_key, e.size_bytes, e.created_at, e.ready_at, e.expires_at
                 from personal_data_export e
                 join member m on m.tenant_id = e.tenant_id and m.id = e.member_id "# + $tail
            $(, $arg)*
        )
    };
}

/// Inserts a queued export unless the member has one queued or running (then `None`).
pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    member: Uuid,
    requested_by: Uuid,
    reason: Option<&str>,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into personal_data_export (tenant_id, id, member_id, requested_by, by_admin, reason)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, member_id) where status in ('QUEUED', 'RUNNING') do nothing
         returning id",
        tenant,
        id,
        member,
        requested_by,
        reason.is_some(),
        reason,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The member's export that is queued or running, if any.
pub(super) async fn active(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Option<ExportRow>> {
    let tenant = tx.tenant();
    select_exports!(
        "where e.tenant_id = $1 and e.member_id = $2 and e.status in ('QUEUED', 'RUNNING')",
        tenant,
        member
    )
    .fetch_optional(tx.conn())
    .await
}

/// One export.
pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ExportRow>> {
    let tenant = tx.tenant();
    select_exports!("where e.tenant_id = $1 and e.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// One export, locked for its run.
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ExportStatus>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select status as "status: ExportStatus" from personal_data_export
            where tenant_id = $1 and id = $2 for update"#,
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of a member's exports, newest first (ids are time-ordered).
pub(super) async fn of_member(
    tx: &mut TenantTx,
    member: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ExportRow>> {
    let tenant = tx.tenant();
    select_exports!(
        "where e.tenant_id = $1 and e.member_id = $2 and ($3::uuid is null or e.id < $3)
         order by e.id desc limit $4",
        tenant,
        member,
        after,
        limit
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the export running.
pub(super) async fn start(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update personal_data_export set status = 'RUNNING', started_at = now(), progress = 0,
                sections_done = '{}'
          where tenant_id = $1 and id = $2",
        tenant,
        id
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records a section done and the progress.
pub(super) async fn section_done(
    tx: &mut TenantTx,
    id: Uuid,
    section: &str,
    progress: i32,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update personal_data_export
            set sections_done = array_append(sections_done, $3), progress = $4
          where tenant_id = $1 and id = $2 and status = 'RUNNING'",
        tenant,
        id,
        section,
        progress
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Marks the export ready with its stored ZIP; returns when it expires.
pub(super) async fn ready(
    tx: &mut TenantTx,
    id: Uuid,
    key: &str,
    size: i64,
    keep_days: i32,
) -> sqlx::Result<DateTime<Utc>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"update personal_data_export
              set status = 'READY', progress = 100, storage_key = $3, size_bytes = $4,
                  ready_at = now(), expires_at = now() + make_interval(days => $5)
            where tenant_id = $1 and id = $2
        returning expires_at as "expires_at!""#,
        tenant,
        id,
        key,
        size,
        keep_days
    )
    .fetch_one(tx.conn())
    .await
}

/// Marks the export failed with a short reason (kept for operators).
pub(super) async fn fail(tx: &mut TenantTx, id: Uuid, error: &str) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update personal_data_export set status = 'FAILED', error = left($3, 500)
          where tenant_id = $1 and id = $2 and status in ('QUEUED', 'RUNNING')",
        tenant,
        id,
        error
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Ready exports whose time has come at `now`: their ids and stored keys.
pub(super) async fn expired(
    tx: &mut TenantTx,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(Uuid, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select id, storage_key as "storage_key!" from personal_data_export
            where tenant_id = $1 and status = 'READY' and expires_at <= $2
            for update skip locked"#,
        tenant,
        now
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.storage_key)).collect())
}

/// Marks an export expired (its ZIP deleted).
pub(super) async fn expire(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update personal_data_export set status = 'EXPIRED', storage_key = null
          where tenant_id = $1 and id = $2 and status = 'READY'",
        tenant,
        id
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

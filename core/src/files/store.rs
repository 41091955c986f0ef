//! SQL of file rows.

use super::{FileRow, FileStatus};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`FileRow`]s, followed by the caller's literal tail (`where …`).
macro_rules! select_files {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            FileRow,
            r#"select id, uploader_id, file_name, content_type, byte_size, storage_key,
                      status as "status: FileStatus", created_at
                 from file_object "#
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) struct NewRow<'a> {
    pub id: Uuid,
    pub uploader: Uuid,
    pub name: &'a str,
    pub content_type: &'a str,
    pub size: i64,
    pub key: &'a str,
}

pub(super) async fn insert(tx: &mut TenantTx, f: &NewRow<'_>) -> sqlx::Result<FileRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FileRow,
        r#"insert into file_object (tenant_id, id, uploader_id, file_name, content_type, byte_size, storage_key)
           values ($1, $2, $3, $4, $5, $6, $7)
           returning id, uploader_id, file_name, content_type, byte_size, storage_key,
                     status as "status: FileStatus", created_at"#,
        tenant,
        f.id,
        f.uploader,
        f.name,
        f.content_type,
        f.size,
        f.key,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<FileRow>> {
    let tenant = tx.tenant();
    select_files!("where tenant_id = $1 and id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Locks a pending upload of this uploader.
pub(super) async fn pending_of(
    tx: &mut TenantTx,
    id: Uuid,
    uploader: Uuid,
) -> sqlx::Result<Option<FileRow>> {
    let tenant = tx.tenant();
    select_files!(
        "where tenant_id = $1 and id = $2 and uploader_id = $3 for update",
        tenant,
        id,
        uploader,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn mark_ready(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update file_object set status = $3, ready_at = now()
          where tenant_id = $1 and id = $2 and status = $4",
        tenant,
        id,
        FileStatus::Ready.as_str(),
        FileStatus::Pending.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

//! SQL of file rows.

use super::FileRow;
use crate::db::TenantTx;
use uuid::Uuid;

const COLUMNS: &str =
    "id, uploader_id, file_name, content_type, byte_size, storage_key, status, created_at";

pub(super) struct NewRow<'a> {
    pub id: Uuid,
    pub uploader: Uuid,
    pub name: &'a str,
    pub content_type: &'a str,
    pub size: i64,
    pub key: &'a str,
}

pub(super) async fn insert(tx: &mut TenantTx, f: &NewRow<'_>) -> sqlx::Result<FileRow> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into file_object (tenant_id, id, uploader_id, file_name, content_type, byte_size, storage_key)
         values ($1, $2, $3, $4, $5, $6, $7) returning {COLUMNS}"
    )))
    .bind(tx.tenant())
    .bind(f.id)
    .bind(f.uploader)
    .bind(f.name)
    .bind(f.content_type)
    .bind(f.size)
    .bind(f.key)
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from file_object where tenant_id = $1 and id = $2"
    )))
    .bind(tenant)
    .bind(id)
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
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from file_object
          where tenant_id = $1 and id = $2 and uploader_id = $3 for update"
    )))
    .bind(tenant)
    .bind(id)
    .bind(uploader)
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn mark_ready(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "update file_object set status = 'READY', ready_at = now()
          where tenant_id = $1 and id = $2 and status = 'PENDING'",
    )
    .bind(tenant)
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether a member may read a file: their own upload, or attached to a message (not
/// recalled) of a conversation they take part in.
pub(super) async fn readable(tx: &mut TenantTx, member: Uuid, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select exists (select 1 from file_object f where f.tenant_id = $1 and f.id = $3 and f.uploader_id = $2)
             or exists (select 1 from message msg
                 join conversation c on c.tenant_id = msg.tenant_id and c.id = msg.conversation_id
                 join member m on m.tenant_id = c.tenant_id and m.id = $2 and m.status = 'ACTIVE'
                where msg.tenant_id = $1 and msg.file_id = $3 and msg.recalled_at is null
                  and {})",
        crate::chat::IN_CONVERSATION_SQL
    )))
    .bind(tenant)
    .bind(member)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

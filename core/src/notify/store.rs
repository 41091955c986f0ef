//! SQL of notifications.

use super::{NewNotification, NotificationRow};
use sqlx::PgConnection;
use uuid::Uuid;

pub(super) async fn insert(
    conn: &mut PgConnection,
    tenant: Uuid,
    n: &NewNotification<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "insert into notification (tenant_id, id, member_id, kind, title, body, dedupe_key, detail)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, dedupe_key) do nothing",
    )
    .bind(tenant)
    .bind(crate::new_id())
    .bind(n.member_id)
    .bind(n.kind)
    .bind(n.title)
    .bind(n.body)
    .bind(n.dedupe_key)
    .bind(&n.detail)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn page(
    conn: &mut PgConnection,
    tenant: Uuid,
    member: Uuid,
    unread_only: bool,
    before: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NotificationRow>> {
    sqlx::query_as(
        "select id, kind, title, body, detail, created_at, read_at from notification
          where tenant_id = $1 and member_id = $2 and (not $3 or read_at is null)
            and ($4::uuid is null or id < $4)
          order by id desc limit $5",
    )
    .bind(tenant)
    .bind(member)
    .bind(unread_only)
    .bind(before)
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub(super) async fn unread_count(
    conn: &mut PgConnection,
    tenant: Uuid,
    member: Uuid,
) -> sqlx::Result<i64> {
    sqlx::query_scalar("select count(*) from notification where tenant_id = $1 and member_id = $2 and read_at is null")
        .bind(tenant)
        .bind(member)
        .fetch_one(conn)
        .await
}

pub(super) async fn mark_read(
    conn: &mut PgConnection,
    tenant: Uuid,
    member: Uuid,
    id: Uuid,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "update notification set read_at = coalesce(read_at, now())
          where tenant_id = $1 and member_id = $2 and id = $3",
    )
    .bind(tenant)
    .bind(member)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn mark_all_read(
    conn: &mut PgConnection,
    tenant: Uuid,
    member: Uuid,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "update notification set read_at = now() where tenant_id = $1 and member_id = $2 and read_at is null",
    )
    .bind(tenant)
    .bind(member)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

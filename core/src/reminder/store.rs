//! SQL of due items.

use super::{DueItemRow, DueStatus};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`DueItemRow`]s: the caller's literal head (`select` …`from` …,
/// `update … returning`, `insert … returning`) and tail around the column list, which is
/// written once here.
macro_rules! due_items {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            DueItemRow,
            $head
                + r#" id, kind, title, due_at, rule_key, subject_member_id, subject_org_id,
                      offsets_minutes, next_offset, status as "status: DueStatus", created_at,
                      closed_at "#
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) struct Insert<'a> {
    pub id: Uuid,
    pub kind: &'a str,
    pub title: &'a str,
    pub due_at: chrono::DateTime<chrono::Utc>,
    pub rule_key: Option<&'a str>,
    pub subject_member_id: Option<Uuid>,
    pub subject_org_id: Option<Uuid>,
    pub offsets: &'a [i32],
    pub created_by: Option<Uuid>,
}

pub(super) async fn insert(tx: &mut TenantTx, d: &Insert<'_>) -> sqlx::Result<DueItemRow> {
    let tenant = tx.tenant();
    due_items!(
        "insert into due_item (tenant_id, id, kind, title, due_at, rule_key, subject_member_id,
                               subject_org_id, offsets_minutes, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning",
        "",
        tenant,
        d.id,
        d.kind,
        d.title,
        d.due_at,
        d.rule_key,
        d.subject_member_id,
        d.subject_org_id,
        d.offsets,
        d.created_by,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<DueItemRow>> {
    let tenant = tx.tenant();
    due_items!(
        "select",
        "from due_item where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn close(
    tx: &mut TenantTx,
    id: Uuid,
    status: DueStatus,
) -> sqlx::Result<Option<DueItemRow>> {
    let tenant = tx.tenant();
    due_items!(
        "update due_item set status = $3, closed_at = now()
          where tenant_id = $1 and id = $2 and status = 'OPEN' returning",
        "",
        tenant,
        id,
        status.as_str(),
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn page(
    tx: &mut TenantTx,
    only_member: Option<Uuid>,
    include_closed: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<DueItemRow>> {
    let tenant = tx.tenant();
    due_items!(
        "select",
        "from due_item
          where tenant_id = $1 and ($2::uuid is null or subject_member_id = $2)
            and ($3 or status = 'OPEN') and ($4::uuid is null or id > $4)
          order by id limit $5",
        tenant,
        only_member,
        include_closed,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Moves the reminder pointer from `from` to `to`, only if nobody moved it first.
pub(super) async fn advance(tx: &mut TenantTx, id: Uuid, from: i32, to: i32) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update due_item set next_offset = $4
          where tenant_id = $1 and id = $2 and next_offset = $3 and status = 'OPEN'",
        tenant,
        id,
        from,
        to,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The primary org of a member.
pub(super) async fn member_org(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select org_id from member where tenant_id = $1 and id = $2",
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
    .map(Option::flatten)
}

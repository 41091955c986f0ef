//! SQL of due items.

use super::DueItemRow;
use sqlx::PgConnection;
use uuid::Uuid;

const COLUMNS: &str = "id, kind, title, due_at, rule_key, subject_member_id, subject_org_id, \
                       offsets_minutes, next_offset, status, created_at, closed_at";

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

pub(super) async fn insert(
    conn: &mut PgConnection,
    tenant: Uuid,
    d: &Insert<'_>,
) -> sqlx::Result<DueItemRow> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into due_item (tenant_id, id, kind, title, due_at, rule_key, subject_member_id,
                               subject_org_id, offsets_minutes, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning {COLUMNS}"
    )))
    .bind(tenant)
    .bind(d.id)
    .bind(d.kind)
    .bind(d.title)
    .bind(d.due_at)
    .bind(d.rule_key)
    .bind(d.subject_member_id)
    .bind(d.subject_org_id)
    .bind(d.offsets)
    .bind(d.created_by)
    .fetch_one(conn)
    .await
}

pub(super) async fn get(
    conn: &mut PgConnection,
    tenant: Uuid,
    id: Uuid,
) -> sqlx::Result<Option<DueItemRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from due_item where tenant_id = $1 and id = $2"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_optional(conn)
    .await
}

pub(super) async fn close(
    conn: &mut PgConnection,
    tenant: Uuid,
    id: Uuid,
    status: &str,
) -> sqlx::Result<Option<DueItemRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update due_item set status = $3, closed_at = now()
          where tenant_id = $1 and id = $2 and status = 'OPEN' returning {COLUMNS}"
    )))
    .bind(tenant)
    .bind(id)
    .bind(status)
    .fetch_optional(conn)
    .await
}

pub(super) async fn page(
    conn: &mut PgConnection,
    tenant: Uuid,
    only_member: Option<Uuid>,
    include_closed: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<DueItemRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from due_item
          where tenant_id = $1 and ($2::uuid is null or subject_member_id = $2)
            and ($3 or status = 'OPEN') and ($4::uuid is null or id > $4)
          order by id limit $5"
    )))
    .bind(tenant)
    .bind(only_member)
    .bind(include_closed)
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Moves the reminder pointer from `from` to `to`, only if nobody moved it first.
pub(super) async fn advance(
    conn: &mut PgConnection,
    tenant: Uuid,
    id: Uuid,
    from: i32,
    to: i32,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "update due_item set next_offset = $4
          where tenant_id = $1 and id = $2 and next_offset = $3 and status = 'OPEN'",
    )
    .bind(tenant)
    .bind(id)
    .bind(from)
    .bind(to)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Members holding a current position in an org.
pub(crate) async fn officers(
    conn: &mut PgConnection,
    tenant: Uuid,
    org: Uuid,
) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar(
        "select distinct p.member_id from position p join member m
             on m.tenant_id = p.tenant_id and m.id = p.member_id and m.status = 'ACTIVE'
          where p.tenant_id = $1 and p.org_id = $2 and p.ended_at is null",
    )
    .bind(tenant)
    .bind(org)
    .fetch_all(conn)
    .await
}

/// The primary org of a member.
pub(super) async fn member_org(
    conn: &mut PgConnection,
    tenant: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<Uuid>> {
    sqlx::query_scalar("select org_id from member where tenant_id = $1 and id = $2")
        .bind(tenant)
        .bind(member)
        .fetch_optional(conn)
        .await
        .map(Option::flatten)
}

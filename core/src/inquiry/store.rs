//! SQL of inquiries.

use super::model::{InquiryRow, InquiryStatus};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A checked `query_as!` of [`InquiryRow`]s: the caller's literal head, the columns (alias
/// `q`, asker `m`, answerer `a`, org `o`), then the literal tail.
macro_rules! inquiry_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            InquiryRow,
            $head
                + r#" q.id, q.org_id, o.name as org_name, q.asker_id, m.name as asker_name,
                      q.subject, q.body, q.status as "status: InquiryStatus", q.due_at,
                      q.due_item_id, q.answer, q.answered_by, a.name as "answerer_name?",
                      q.answered_at, q.rating, q.rating_comment, q.rated_at, q.created_at
                 from inquiry q
                 join member m on m.tenant_id = q.tenant_id and m.id = q.asker_id
                 join org_unit o on o.tenant_id = q.tenant_id and o.id = q.org_id
                 left join member a on a.tenant_id = q.tenant_id and a.id = q.answered_by "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The transaction's time.
pub(super) async fn now(tx: &mut TenantTx) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar!(r#"select now() as "now!""#)
        .fetch_one(tx.conn())
        .await
}

/// A new inquiry.
pub(super) struct Insert<'a> {
    pub id: Uuid,
    pub org: Uuid,
    pub asker: Uuid,
    pub subject: &'a str,
    pub body: &'a str,
    pub due_at: DateTime<Utc>,
    pub due_item: Uuid,
    pub at: DateTime<Utc>,
}

pub(super) async fn insert(tx: &mut TenantTx, q: &Insert<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into inquiry (tenant_id, id, org_id, asker_id, subject, body, due_at, due_item_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        tenant,
        q.id,
        q.org,
        q.asker,
        q.subject,
        q.body,
        q.due_at,
        q.due_item,
        q.at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<InquiryRow>> {
    let tenant = tx.tenant();
    inquiry_rows!("select", "where q.tenant_id = $1 and q.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The inquiry under its row lock (answer and rating happen once).
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<InquiryRow>> {
    let tenant = tx.tenant();
    inquiry_rows!(
        "select",
        "where q.tenant_id = $1 and q.id = $2 for update of q",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// The inquiry whose deadline is `item`.
pub(super) async fn by_due_item(tx: &mut TenantTx, item: Uuid) -> sqlx::Result<Option<InquiryRow>> {
    let tenant = tx.tenant();
    inquiry_rows!(
        "select",
        "where q.tenant_id = $1 and q.due_item_id = $2",
        tenant,
        item
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of an org's inquiries (or, with `asker`, one member's), newest first.
pub(super) async fn page(
    tx: &mut TenantTx,
    org: Option<Uuid>,
    asker: Option<Uuid>,
    status: Option<InquiryStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<InquiryRow>> {
    let tenant = tx.tenant();
    inquiry_rows!(
        "select",
        "where q.tenant_id = $1 and ($2::uuid is null or q.org_id = $2)
            and ($3::uuid is null or q.asker_id = $3) and ($4::text is null or q.status = $4)
            and ($5::uuid is null or q.id < $5)
          order by q.id desc limit $6",
        tenant,
        org,
        asker,
        status.map(InquiryStatus::as_str),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn answer(
    tx: &mut TenantTx,
    id: Uuid,
    answer: &str,
    by: Uuid,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update inquiry set status = 'ANSWERED', answer = $3, answered_by = $4, answered_at = $5, updated_at = $5
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        answer,
        by,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn rate(
    tx: &mut TenantTx,
    id: Uuid,
    rating: i16,
    comment: Option<&str>,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update inquiry set status = 'RATED', rating = $3, rating_comment = $4, rated_at = $5, updated_at = $5
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        rating,
        comment,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn close(tx: &mut TenantTx, id: Uuid, at: DateTime<Utc>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update inquiry set status = 'CLOSED', updated_at = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// `org` and its ancestors, nearest first.
pub(super) async fn self_and_ancestors(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select a.id from org_unit o join org_unit a on a.tenant_id = o.tenant_id and o.path <@ a.path
          where o.tenant_id = $1 and o.id = $2 order by nlevel(a.path) desc",
        tenant,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

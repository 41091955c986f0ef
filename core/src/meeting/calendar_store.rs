//! SQL of calendar feeds and what a feed shows.

use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::calendar::FeedRow;

/// The member's feed, if any.
pub(super) async fn feed(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Option<FeedRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FeedRow,
        "select created_at, last_used_at from calendar_feed where tenant_id = $1 and member_id = $2",
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Creates the member's feed or replaces its token (the old one stops working).
pub(super) async fn replace_feed(
    tx: &mut TenantTx,
    member: Uuid,
    token_hash: &[u8],
) -> sqlx::Result<FeedRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FeedRow,
        "insert into calendar_feed (tenant_id, member_id, token_hash) values ($1, $2, $3)
         on conflict (tenant_id, member_id)
         do update set token_hash = excluded.token_hash, created_at = now(), last_used_at = null
         returning created_at, last_used_at",
        tenant,
        member,
        token_hash,
    )
    .fetch_one(tx.conn())
    .await
}

/// Deletes the member's feed; `false` when there was none.
pub(super) async fn delete_feed(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "delete from calendar_feed where tenant_id = $1 and member_id = $2",
        tx.tenant(),
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Notes a fetch of the feed with this token; its member, if the token is current.
pub(super) async fn touch_feed(tx: &mut TenantTx, token_hash: &[u8]) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update calendar_feed set last_used_at = now() where tenant_id = $1 and token_hash = $2
         returning member_id",
        tenant,
        token_hash,
    )
    .fetch_optional(tx.conn())
    .await
}

/// One row of a feed: a meeting, an open deadline or a notice to acknowledge.
pub(super) struct Entry {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub location: Option<String>,
    pub detail: Option<String>,
    pub cancelled: bool,
}

/// The member's meetings since `since`, their open deadlines and the notices they still have
/// to acknowledge by a deadline after `since`.
pub(super) async fn entries(
    tx: &mut TenantTx,
    member: Uuid,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<Entry>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Entry,
        r#"select mt.id as "id!", 'meeting' as "kind!", mt.title as "title!",
                  mt.starts_at as "starts_at!", mt.ends_at as "ends_at?", mt.location as "location?",
                  o.name as "detail?", mt.status = 'CANCELLED' as "cancelled!"
           from meeting_attendee a
           join meeting mt on mt.tenant_id = a.tenant_id and mt.id = a.meeting_id
           join org_unit o on o.tenant_id = mt.tenant_id and o.id = mt.org_id
          where a.tenant_id = $1 and a.member_id = $2 and mt.starts_at >= $3
         union all
         select d.id, 'due', d.title, d.due_at, null, null, null, false
           from due_item d
          where d.tenant_id = $1 and d.subject_member_id = $2 and d.status = 'OPEN'
         union all
         select n.id, 'notice', n.title, n.ack_deadline, null, null, null, false
           from notice_recipient r
           join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
          where r.tenant_id = $1 and r.member_id = $2 and n.status = 'PUBLISHED'
            and n.ack_required and r.acknowledged_at is null and n.ack_deadline >= $3"#,
        tenant,
        member,
        since,
    )
    .fetch_all(tx.conn())
    .await
}

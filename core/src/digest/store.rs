//! SQL of digests.

use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A member due a digest for the period.
#[derive(Debug)]
pub(super) struct Recipient {
    pub id: Uuid,
    pub name: String,
    pub email: Option<String>,
    pub language: String,
}

/// Active members with this frequency and no run for the period yet.
pub(super) async fn pending(
    tx: &mut TenantTx,
    frequency: &str,
    period: &str,
    limit: i64,
) -> sqlx::Result<Vec<Recipient>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Recipient,
        "select m.id, m.name, m.email, m.language
           from digest_setting d join member m on m.tenant_id = d.tenant_id and m.id = d.member_id
          where d.tenant_id = $1 and d.frequency = $2 and m.status = 'ACTIVE'
            and not exists (select 1 from digest_run r
                             where r.tenant_id = d.tenant_id and r.member_id = d.member_id and r.period = $3)
          order by m.id limit $4",
        tenant,
        frequency,
        period,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A line of the digest.
#[derive(Debug)]
pub(super) struct Line {
    pub title: String,
    pub at: DateTime<Utc>,
}

pub(super) async fn unread(
    tx: &mut TenantTx,
    member: Uuid,
    kinds: &[&str],
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> sqlx::Result<Vec<Line>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Line,
        "select title, created_at as at from notification
          where tenant_id = $1 and member_id = $2 and read_at is null and kind = any($3)
            and created_at >= $4 and created_at < $5
          order by created_at desc limit 30",
        tenant,
        member,
        kinds as &[&str],
        since,
        until,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn upcoming(
    tx: &mut TenantTx,
    member: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<Line>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Line,
        "select title, due_at as at from due_item
          where tenant_id = $1 and subject_member_id = $2 and status = 'OPEN'
            and due_at >= $3 and due_at < $4
          order by due_at limit 30",
        tenant,
        member,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records the member's run for the period; false when it was recorded before.
pub(super) async fn record_run(
    tx: &mut TenantTx,
    member: Uuid,
    period: &str,
    items: i32,
    sent: bool,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into digest_run (tenant_id, member_id, period, items, sent) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, member_id, period) do nothing",
        tenant,
        member,
        period,
        items,
        sent,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn finish(tx: &mut TenantTx, period: &str, members: i32) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into digest_batch (tenant_id, period, members) values ($1, $2, $3)
         on conflict (tenant_id, period) do nothing",
        tenant,
        period,
        members,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn tenant(tx: &mut TenantTx) -> sqlx::Result<(String, String)> {
    let tenant = tx.tenant();
    let row = sqlx::query!("select name, time_zone from tenant where id = $1", tenant)
        .fetch_one(tx.conn())
        .await?;
    Ok((row.name, row.time_zone))
}

pub(super) async fn member_active(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member where tenant_id = $1 and id = $2) as "exists!""#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

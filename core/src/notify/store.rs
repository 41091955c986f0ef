//! SQL of notifications.

use super::{
    NewNotification, NotificationRow,
    model::{Channel, Frequency},
};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`NotificationRow`]s from `notification`, followed by the caller's
/// literal tail (`where …`); the column list is written once here.
macro_rules! select_notifications {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            NotificationRow,
            "select id, kind, title, body, detail, created_at, read_at from notification "
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn insert(
    tx: &mut TenantTx,
    n: &NewNotification<'_>,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into notification (tenant_id, id, member_id, kind, title, body, dedupe_key, detail)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, dedupe_key) do nothing
         returning id",
        tenant,
        crate::new_id(),
        n.member_id,
        n.kind,
        n.title,
        n.body,
        n.dedupe_key,
        &n.detail,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Where a notification for a member goes: their choice for the category (if any) and how
/// to email them.
#[derive(Debug)]
pub(super) struct Target {
    pub channel: Option<Channel>,
    pub email: Option<String>,
    pub language: String,
    pub active: bool,
    pub tenant_name: String,
}

pub(super) async fn target(
    tx: &mut TenantTx,
    member: Uuid,
    category: &str,
) -> sqlx::Result<Option<Target>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Target,
        r#"select p.channel as "channel?: Channel", m.email, m.language,
                  m.status = 'ACTIVE' as "active!", t.name as tenant_name
             from member m join tenant t on t.id = m.tenant_id
             left join notification_preference p
               on p.tenant_id = m.tenant_id and p.member_id = m.id and p.category = $3
            where m.tenant_id = $1 and m.id = $2"#,
        tenant,
        member,
        category,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn preferences(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<(String, Channel)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select category, channel as "channel: Channel" from notification_preference
            where tenant_id = $1 and member_id = $2"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.category, r.channel)).collect())
}

pub(super) async fn set_preference(
    tx: &mut TenantTx,
    member: Uuid,
    category: &str,
    channel: Channel,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into notification_preference (tenant_id, member_id, category, channel)
         values ($1, $2, $3, $4)
         on conflict (tenant_id, member_id, category)
         do update set channel = excluded.channel, updated_at = now()",
        tenant,
        member,
        category,
        channel.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn digest_frequency(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Option<Frequency>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select frequency as "frequency: Frequency" from digest_setting
            where tenant_id = $1 and member_id = $2"#,
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn set_digest_frequency(
    tx: &mut TenantTx,
    member: Uuid,
    frequency: Frequency,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into digest_setting (tenant_id, member_id, frequency) values ($1, $2, $3)
         on conflict (tenant_id, member_id)
         do update set frequency = excluded.frequency, updated_at = now()",
        tenant,
        member,
        frequency.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn page(
    tx: &mut TenantTx,
    member: Uuid,
    unread_only: bool,
    before: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NotificationRow>> {
    let tenant = tx.tenant();
    select_notifications!(
        "where tenant_id = $1 and member_id = $2 and (not $3 or read_at is null)
           and ($4::uuid is null or id < $4)
         order by id desc limit $5",
        tenant,
        member,
        unread_only,
        before,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's notifications written after `after`, oldest first.
pub(super) async fn since(
    tx: &mut TenantTx,
    member: Uuid,
    after: chrono::DateTime<chrono::Utc>,
    limit: i64,
) -> sqlx::Result<Vec<NotificationRow>> {
    let tenant = tx.tenant();
    select_notifications!(
        "where tenant_id = $1 and member_id = $2 and created_at > $3
         order by created_at, id limit $4",
        tenant,
        member,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn get(
    tx: &mut TenantTx,
    member: Uuid,
    id: Uuid,
) -> sqlx::Result<Option<NotificationRow>> {
    let tenant = tx.tenant();
    select_notifications!(
        "where tenant_id = $1 and member_id = $2 and id = $3",
        tenant,
        member,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn unread_count(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "count!" from notification
            where tenant_id = $1 and member_id = $2 and read_at is null"#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn mark_read(tx: &mut TenantTx, member: Uuid, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update notification set read_at = coalesce(read_at, now())
          where tenant_id = $1 and member_id = $2 and id = $3",
        tenant,
        member,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn mark_all_read(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update notification set read_at = now() where tenant_id = $1 and member_id = $2 and read_at is null",
        tenant,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// The notifications of one batch, by recipient.
pub(super) async fn batch(
    tx: &mut TenantTx,
    batch: Uuid,
) -> sqlx::Result<Vec<(Uuid, NotificationRow)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select member_id, id, kind, title, body, detail, created_at, read_at from notification
          where tenant_id = $1 and kind = 'NOTICE' and detail ->> 'batch' = $2::uuid::text",
        tenant,
        batch,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let row = NotificationRow {
                id: r.id,
                kind: r.kind,
                title: r.title,
                body: r.body,
                detail: r.detail,
                created_at: r.created_at,
                read_at: r.read_at,
            };
            (r.member_id, row)
        })
        .collect())
}

/// One `kind` notification per member in one statement, skipping members who turned the
/// category off and members already written under the same dedupe key.
pub(super) async fn insert_many(
    tx: &mut TenantTx,
    kind: &str,
    members: &[Uuid],
    text: (&str, &str),
    dedupe_prefix: &str,
    detail: &serde_json::Value,
) -> sqlx::Result<Vec<(Uuid, Uuid)>> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = members.iter().map(|_| crate::new_id()).collect();
    let rows = sqlx::query!(
        "insert into notification (tenant_id, id, member_id, kind, title, body, dedupe_key, detail)
         select $1, u.id, u.member_id, $4, $5, $6, $7 || u.member_id::text, $8
           from unnest($2::uuid[], $3::uuid[]) as u(id, member_id)
           left join notification_preference p
             on p.tenant_id = $1 and p.member_id = u.member_id and p.category = $4
          where coalesce(p.channel, 'IN_APP') <> 'OFF'
         on conflict (tenant_id, dedupe_key) do nothing
         returning member_id, id",
        tenant,
        &ids,
        members,
        kind,
        text.0,
        text.1,
        dedupe_prefix,
        detail,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.member_id, r.id)).collect())
}

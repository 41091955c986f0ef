//! SQL of public notices, their audiences and objections.

use super::model::{
    BodyFormat, NewPublicity, ObjectionRow, ObjectionStatus, PublicityKind, PublicityOrigin,
    PublicityRow, PublicityStatus,
};
use crate::audience::Audience;
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Selects 公示 (alias `p`) with their org (`o`), subject names and objection counts; `$tail`
/// is the rest of the statement, from the `where` on.
macro_rules! select_publicities {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            PublicityRow,
            r#"select p.id, p.org_id, o.name as org_name, o.path::text as "org_path!",
                      p.kind as "kind: PublicityKind", p.origin as "origin: PublicityOrigin",
                      p.title, p.body, p.body_format as "body_format: BodyFormat",
                      p.subject_member_id, sm.name as "subject_member_name?",
                      p.subject_org_id, so.name as "subject_org_name?",
                      p.window_start, p.window_end, p.status as "status: PublicityStatus",
                      p.outcome_note, p.closed_at, p.created_by, p.created_at,
                      coalesce(x.total, 0) as "objection_count!",
                      coalesce(x.pending, 0) as "pending_count!",
                      coalesce(x.upheld, 0) as "upheld_count!",
                      (select count(*) from publicity_audience a
                        where a.tenant_id = p.tenant_id and a.publicity_id = p.id) as "audience_count!"
                 from publicity p
                 join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
                 left join member sm on sm.tenant_id = p.tenant_id and sm.id = p.subject_member_id
                 left join org_unit so on so.tenant_id = p.tenant_id and so.id = p.subject_org_id
                 left join lateral (
                   select count(*) as total,
                          count(*) filter (where status = 'PENDING') as pending,
                          count(*) filter (where status = 'UPHELD') as upheld
                     from publicity_objection j
                    where j.tenant_id = p.tenant_id and j.publicity_id = p.id) x on true "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Selects objections (alias `j`) with their author's name (`m`).
macro_rules! select_objections {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ObjectionRow,
            r#"select j.id, j.publicity_id, j.author_id, m.name as author_name, j.anonymous, j.text,
                      j.status as "status: ObjectionStatus", j.handled_note, j.handled_at, j.created_at
                 from publicity_objection j
                 join member m on m.tenant_id = j.tenant_id and m.id = j.author_id "#
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    p: &NewPublicity,
    audience: &serde_json::Value,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into publicity (tenant_id, id, org_id, kind, origin, title, body, body_format,
             subject_member_id, subject_org_id, audience, window_start, window_end, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        tenant,
        id,
        p.org_id,
        p.kind.as_str(),
        p.origin.as_str(),
        p.title,
        p.body,
        p.body_format.as_str(),
        p.subject_member_id,
        p.subject_org_id,
        audience,
        p.window_start,
        p.window_end,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Freezes who may read and object, in one `insert … select`; returns them.
pub(super) async fn freeze_audience(
    tx: &mut TenantTx,
    publicity: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    crate::audience::store::audience!(
        query_scalar!()
        "insert into publicity_audience (tenant_id, publicity_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        publicity,
    )
    .fetch_all(tx.conn())
    .await
}

/// One 公示; `lock` takes its row lock.
pub(super) async fn get(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<PublicityRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select id from publicity where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    select_publicities!("where p.tenant_id = $1 and p.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The 公示 of an org's sub-tree, newest first, after the keyset `after`.
pub(super) async fn for_org(
    tx: &mut TenantTx,
    org_path: &str,
    status: Option<PublicityStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<PublicityRow>> {
    let tenant = tx.tenant();
    select_publicities!(
        "where p.tenant_id = $1 and o.path <@ $2::text::ltree
           and ($3::text is null or p.status = $3) and ($4::uuid is null or p.id < $4)
          order by p.id desc limit $5",
        tenant,
        org_path,
        status.map(|s| s.as_str()),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The 公示 a member is in the audience of or the subject of, newest first.
pub(super) async fn for_member(
    tx: &mut TenantTx,
    member: Uuid,
    status: Option<PublicityStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<PublicityRow>> {
    let tenant = tx.tenant();
    select_publicities!(
        "where p.tenant_id = $1
           and (p.subject_member_id = $2 or exists (select 1 from publicity_audience a
                 where a.tenant_id = p.tenant_id and a.publicity_id = p.id and a.member_id = $2))
           and ($3::text is null or p.status = $3) and ($4::uuid is null or p.id < $4)
          order by p.id desc limit $5",
        tenant,
        member,
        status.map(|s| s.as_str()),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Which of `publicities` have `member` in their audience.
pub(super) async fn invited_to(
    tx: &mut TenantTx,
    member: Uuid,
    publicities: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select publicity_id from publicity_audience
          where tenant_id = $1 and member_id = $2 and publicity_id = any($3::uuid[])",
        tenant,
        member,
        publicities,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn insert_objection(
    tx: &mut TenantTx,
    id: Uuid,
    publicity: Uuid,
    author: Uuid,
    anonymous: bool,
    text: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into publicity_objection (tenant_id, id, publicity_id, author_id, anonymous, text)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        publicity,
        author,
        anonymous,
        text,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One objection; `lock` takes its row lock.
pub(super) async fn objection(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<ObjectionRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select id from publicity_objection where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    select_objections!("where j.tenant_id = $1 and j.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The objections of a 公示, oldest first.
pub(super) async fn objections(
    tx: &mut TenantTx,
    publicity: Uuid,
) -> sqlx::Result<Vec<ObjectionRow>> {
    let tenant = tx.tenant();
    select_objections!(
        "where j.tenant_id = $1 and j.publicity_id = $2 order by j.created_at, j.id",
        tenant,
        publicity
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn handle_objection(
    tx: &mut TenantTx,
    id: Uuid,
    status: ObjectionStatus,
    note: Option<&str>,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update publicity_objection set status = $3, handled_note = $4, handled_by = $5, handled_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        note,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn close(
    tx: &mut TenantTx,
    id: Uuid,
    status: PublicityStatus,
    note: Option<&str>,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update publicity set status = $3, outcome_note = $4, closed_by = $5, closed_at = now()
          where tenant_id = $1 and id = $2 and status = 'OPEN'",
        tenant,
        id,
        status.as_str(),
        note,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Moves a 公示's window end (demo data and the pipeline's mirror).
pub(super) async fn set_window(
    tx: &mut TenantTx,
    id: Uuid,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update publicity set window_start = $3, window_end = $4 where tenant_id = $1 and id = $2",
        tenant,
        id,
        start,
        end,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether an active member exists.
pub(super) async fn member_exists(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member where tenant_id = $1 and id = $2 and status = 'ACTIVE') as "e!""#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

//! SQL of ideas, their supports, timeline and comments.

use super::model::{CommentRow, IdeaEventRow, IdeaRow, IdeaStatus};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A checked `query_as!` of [`IdeaRow`]s: the caller's literal head, the idea's columns (table
/// alias `i`, author `m`, org `o`), then the literal tail.
macro_rules! idea_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            IdeaRow,
            $head
                + r#" i.id, i.org_id, o.name as org_name, i.author_id, m.name as author_name,
                      i.title, i.body, i.anonymous, i.status as "status: IdeaStatus",
                      i.decision_reason, i.support_count, i.comment_count, i.hidden_at,
                      i.created_at, i.updated_at
                 from idea i
                 join member m on m.tenant_id = i.tenant_id and m.id = i.author_id
                 join org_unit o on o.tenant_id = i.tenant_id and o.id = i.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The transaction's time (one clock for every row a step writes).
pub(crate) async fn now(tx: &mut TenantTx) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar!(r#"select now() as "now!""#)
        .fetch_one(tx.conn())
        .await
}

/// Whether active member `member` belongs to `org` or to an org under it (by any of their
/// placements: org, party, union, league or department).
pub(crate) async fn belongs(tx: &mut TenantTx, member: Uuid, org: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (
             select 1 from member m
               join org_unit t on t.tenant_id = m.tenant_id and t.id = $3
               join org_unit o on o.tenant_id = m.tenant_id
                and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
              where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE' and o.path <@ t.path
           ) as "belongs!""#,
        tenant,
        member,
        org,
    )
    .fetch_one(tx.conn())
    .await
}

/// Inserts a new idea.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    author: Uuid,
    title: &str,
    body: &str,
    anonymous: bool,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into idea (tenant_id, id, org_id, author_id, title, body, anonymous, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        tenant,
        id,
        org,
        author,
        title,
        body,
        anonymous,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<IdeaRow>> {
    let tenant = tx.tenant();
    idea_rows!("select", "where i.tenant_id = $1 and i.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The idea under its row lock: supports, comments and steps of one idea happen one at a time.
pub(crate) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<IdeaRow>> {
    let tenant = tx.tenant();
    idea_rows!(
        "select",
        "where i.tenant_id = $1 and i.id = $2 for update of i",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of an org's ideas, newest first (`after`: the last id seen).
pub(crate) async fn page_newest(
    tx: &mut TenantTx,
    org: Uuid,
    status: Option<IdeaStatus>,
    with_hidden: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<IdeaRow>> {
    let tenant = tx.tenant();
    idea_rows!(
        "select",
        "where i.tenant_id = $1 and i.org_id = $2 and ($3::text is null or i.status = $3)
            and ($4 or i.hidden_at is null) and ($5::uuid is null or i.id < $5)
          order by i.id desc limit $6",
        tenant,
        org,
        status.map(IdeaStatus::as_str),
        with_hidden,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A page of an org's ideas, most supported first (`after`: the last count and id seen).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn page_supported(
    tx: &mut TenantTx,
    org: Uuid,
    status: Option<IdeaStatus>,
    with_hidden: bool,
    after: Option<(i32, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<IdeaRow>> {
    let tenant = tx.tenant();
    let (count, id) = (after.map(|a| a.0), after.map(|a| a.1));
    idea_rows!(
        "select",
        "where i.tenant_id = $1 and i.org_id = $2 and ($3::text is null or i.status = $3)
            and ($4 or i.hidden_at is null)
            and ($5::int is null or (i.support_count, i.id) < ($5, $6::uuid))
          order by i.support_count desc, i.id desc limit $7",
        tenant,
        org,
        status.map(IdeaStatus::as_str),
        with_hidden,
        count,
        id,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Writes an idea's status, reason and time.
pub(crate) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: IdeaStatus,
    reason: Option<&str>,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update idea set status = $3, decision_reason = coalesce($4, decision_reason), updated_at = $5
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        reason,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Appends a timeline row.
pub(crate) async fn insert_event(tx: &mut TenantTx, e: &IdeaEventRow) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into idea_event (tenant_id, id, idea_id, kind, from_status, to_status, actor_id, note, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        e.id,
        e.idea_id,
        e.kind.as_str(),
        e.from_status.map(IdeaStatus::as_str),
        e.to_status.as_str(),
        e.actor_id,
        e.note,
        e.created_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// An idea's timeline, oldest first.
pub(crate) async fn events(tx: &mut TenantTx, idea: Uuid) -> sqlx::Result<Vec<IdeaEventRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        IdeaEventRow,
        r#"select e.id, e.idea_id, e.kind as "kind: IdeaStatus",
                  e.from_status as "from_status: IdeaStatus", e.to_status as "to_status: IdeaStatus",
                  e.actor_id, m.name as "actor_name?", e.note, e.created_at
             from idea_event e
             left join member m on m.tenant_id = e.tenant_id and m.id = e.actor_id
            where e.tenant_id = $1 and e.idea_id = $2
            order by e.created_at, e.id"#,
        tenant,
        idea,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records a support; returns whether it is new (a second support by the same member is the
/// first) and keeps the idea's count with it.
pub(crate) async fn support(tx: &mut TenantTx, idea: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into idea_support (tenant_id, idea_id, member_id) values ($1, $2, $3)
         on conflict (tenant_id, idea_id, member_id) do nothing",
        tenant,
        idea,
        member,
    )
    .execute(tx.conn())
    .await?;
    if done.rows_affected() == 1 {
        sqlx::query!(
            "update idea set support_count = support_count + 1 where tenant_id = $1 and id = $2",
            tenant,
            idea,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Withdraws a support; returns whether there was one, and keeps the count with it.
pub(crate) async fn unsupport(tx: &mut TenantTx, idea: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "delete from idea_support where tenant_id = $1 and idea_id = $2 and member_id = $3",
        tenant,
        idea,
        member,
    )
    .execute(tx.conn())
    .await?;
    if done.rows_affected() == 1 {
        sqlx::query!(
            "update idea set support_count = support_count - 1 where tenant_id = $1 and id = $2",
            tenant,
            idea,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// The supporters of an idea who are active members.
pub(crate) async fn supporters(tx: &mut TenantTx, idea: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select s.member_id from idea_support s
           join member m on m.tenant_id = s.tenant_id and m.id = s.member_id and m.status = 'ACTIVE'
          where s.tenant_id = $1 and s.idea_id = $2",
        tenant,
        idea,
    )
    .fetch_all(tx.conn())
    .await
}

/// Which of `ideas` `member` supports.
pub(crate) async fn supported_among(
    tx: &mut TenantTx,
    member: Uuid,
    ideas: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select idea_id from idea_support where tenant_id = $1 and member_id = $2 and idea_id = any($3)",
        tenant,
        member,
        ideas,
    )
    .fetch_all(tx.conn())
    .await
}

/// Adds a comment and counts it on the idea.
pub(crate) async fn insert_comment(
    tx: &mut TenantTx,
    id: Uuid,
    idea: Uuid,
    author: Uuid,
    body: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into idea_comment (tenant_id, id, idea_id, author_id, body) values ($1, $2, $3, $4, $5)",
        tenant,
        id,
        idea,
        author,
        body,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update idea set comment_count = comment_count + 1 where tenant_id = $1 and id = $2",
        tenant,
        idea,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One comment.
pub(crate) async fn comment(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CommentRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CommentRow,
        "select c.id, c.idea_id, c.author_id, m.name as author_name, c.body, c.hidden_at, c.created_at
           from idea_comment c join member m on m.tenant_id = c.tenant_id and m.id = c.author_id
          where c.tenant_id = $1 and c.id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of an idea's comments, oldest first (`after`: the last id seen).
pub(crate) async fn comments(
    tx: &mut TenantTx,
    idea: Uuid,
    with_hidden: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CommentRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CommentRow,
        "select c.id, c.idea_id, c.author_id, m.name as author_name, c.body, c.hidden_at, c.created_at
           from idea_comment c join member m on m.tenant_id = c.tenant_id and m.id = c.author_id
          where c.tenant_id = $1 and c.idea_id = $2 and ($3 or c.hidden_at is null)
            and ($4::uuid is null or c.id > $4)
          order by c.id limit $5",
        tenant,
        idea,
        with_hidden,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Hides (or shows again) an idea for moderation; returns whether it exists.
pub(crate) async fn set_idea_hidden(
    tx: &mut TenantTx,
    id: Uuid,
    hidden: bool,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update idea set hidden_at = case when $3 then coalesce(hidden_at, now()) end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        hidden,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Hides (or shows again) a comment for moderation; returns whether it exists.
pub(crate) async fn set_comment_hidden(
    tx: &mut TenantTx,
    id: Uuid,
    hidden: bool,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update idea_comment set hidden_at = case when $3 then coalesce(hidden_at, now()) end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        hidden,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

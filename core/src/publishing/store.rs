//! Publishing's SQL. An article's state changes under its row lock ([`get`] with `lock`).

use super::model::{ArticleAction, ArticleStatus, NewArticle, NewColumn, SubmitPolicy};
use super::{ArticleRow, ColumnRow, CommentRow, ContributorLine, EventRow, PublicArticle};
use crate::db::TenantTx;
use crate::files::{FileRow, FileStatus};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The columns of [`ColumnRow`], with the owning org's name and path.
macro_rules! select_columns {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ColumnRow,
            r#"select c.id, c.org_id, o.name as "org_name?", o.path::text as "org_path?", c.name,
                      c.description, c.submit_policy as "submit_policy: SubmitPolicy",
                      c.second_review, c.is_public, c.position, c.archived_at, c.created_at
                 from publishing_column c
                 left join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`ArticleRow`] as `$2` (a member, or null) sees them; binds `$1` tenant and
/// `$2` viewer, then the caller's arguments from `$3`.
macro_rules! select_articles {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ArticleRow,
            r#"select a.id, a.column_id, c.name as column_name, a.title, a.body_html,
                      a.cover_file_id, a.author_id, au.name as author_name, a.contributor_id,
                      co.name as contributor_name, a.tags, a.visibility_org_id,
                      vo.name as "visibility_org_name?", a.visibility_line, a.is_public,
                      a.status as "status: ArticleStatus", a.first_reviewer_id, a.return_note,
                      a.withdraw_reason, a.submitted_at, a.publish_at, a.published_at,
                      a.comments_open, a.created_at, a.updated_at,
                      (select count(*) from article_view v
                        where v.tenant_id = a.tenant_id and v.article_id = a.id) as "view_count!",
                      (select count(*) from article_like l
                        where l.tenant_id = a.tenant_id and l.article_id = a.id) as "like_count!",
                      (select count(*) from article_comment k
                        where k.tenant_id = a.tenant_id and k.article_id = a.id
                          and not k.hidden) as "comment_count!",
                      article_audience(a.tenant_id, a.visibility_org_id, a.visibility_line,
                                       $2::uuid) as "in_audience!",
                      exists (select 1 from article_like l
                               where l.tenant_id = a.tenant_id and l.article_id = a.id
                                 and l.member_id = $2::uuid) as "liked!"
                 from article a
                 join publishing_column c on c.tenant_id = a.tenant_id and c.id = a.column_id
                 join member au on au.tenant_id = a.tenant_id and au.id = a.author_id
                 join member co on co.tenant_id = a.tenant_id and co.id = a.contributor_id
                 left join org_unit vo on vo.tenant_id = a.tenant_id and vo.id = a.visibility_org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`CommentRow`].
macro_rules! select_comments {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            CommentRow,
            r#"select k.id, k.article_id, k.author_id, m.name as author_name, k.body, k.hidden,
                      k.reply, k.replied_at, k.created_at
                 from article_comment k
                 join member m on m.tenant_id = k.tenant_id and m.id = k.author_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The default columns every tenant starts with: name, who submits, public.
pub(super) const DEFAULT_COLUMNS: [(&str, SubmitPolicy, bool); 7] = [
    ("新闻动态", SubmitPolicy::Correspondent, true),
    ("通知公告", SubmitPolicy::Officers, false),
    ("荣誉喜报", SubmitPolicy::Correspondent, true),
    ("学习资料", SubmitPolicy::Officers, false),
    ("典型宣传", SubmitPolicy::Correspondent, false),
    ("工会风采", SubmitPolicy::AnyMember, false),
    ("青春风采", SubmitPolicy::AnyMember, false),
];

/// Seeds the default columns of a new tenant (owned by the whole unit).
pub(crate) async fn seed_tenant(tx: &mut TenantTx) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    for (i, (name, policy, public)) in DEFAULT_COLUMNS.iter().enumerate() {
        sqlx::query!(
            "insert into publishing_column (tenant_id, id, org_id, name, submit_policy, is_public,
                                            position)
             values ($1, $2, null, $3, $4, $5, $6)",
            tenant,
            crate::new_id(),
            name,
            policy.as_str(),
            public,
            i32::try_from(i + 1).unwrap_or(0),
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(())
}

/// The tenant's columns (not archived), the unit's first, then by org and position.
pub(super) async fn columns(tx: &mut TenantTx) -> sqlx::Result<Vec<ColumnRow>> {
    let tenant = tx.tenant();
    select_columns!(
        "where c.tenant_id = $1 and c.archived_at is null
          order by o.path nulls first, c.position, c.name, c.id",
        tenant
    )
    .fetch_all(tx.conn())
    .await
}

/// One column (not archived).
pub(super) async fn column(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ColumnRow>> {
    let tenant = tx.tenant();
    select_columns!(
        "where c.tenant_id = $1 and c.id = $2 and c.archived_at is null",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// Writes a new column.
pub(super) async fn insert_column(tx: &mut TenantTx, id: Uuid, c: &NewColumn) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into publishing_column (tenant_id, id, org_id, name, description, submit_policy,
                                        second_review, is_public, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8,
                 (select coalesce(max(position), 0) + 1 from publishing_column
                   where tenant_id = $1))",
        tenant,
        id,
        c.org_id,
        c.name,
        c.description,
        c.submit_policy.as_str(),
        c.second_review,
        c.is_public,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Changes a column (its org stays).
pub(super) async fn update_column(tx: &mut TenantTx, id: Uuid, c: &NewColumn) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update publishing_column
            set name = $3, description = $4, submit_policy = $5, second_review = $6,
                is_public = $7
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        c.name,
        c.description,
        c.submit_policy.as_str(),
        c.second_review,
        c.is_public,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The tenant's archived columns, latest archived first.
pub(super) async fn archived_columns(tx: &mut TenantTx) -> sqlx::Result<Vec<ColumnRow>> {
    let tenant = tx.tenant();
    select_columns!(
        "where c.tenant_id = $1 and c.archived_at is not null
          order by c.archived_at desc, c.id",
        tenant
    )
    .fetch_all(tx.conn())
    .await
}

/// One column, archived or not, under its row lock: archiving and submitting take it in turn.
pub(super) async fn lock_column(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ColumnRow>> {
    let tenant = tx.tenant();
    select_columns!(
        "where c.tenant_id = $1 and c.id = $2 for update of c",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// Takes a share of a column's row lock; false when it is archived or gone.
pub(super) async fn share_column(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    Ok(sqlx::query_scalar!(
        "select 1 as one from publishing_column
          where tenant_id = $1 and id = $2 and archived_at is null for share",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await?
    .is_some())
}

/// Archives (`true`) or restores a column.
pub(super) async fn set_archived(tx: &mut TenantTx, id: Uuid, archived: bool) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update publishing_column
            set archived_at = case when $3 then now() end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        archived,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A column's articles still on their way: in review, approved or scheduled.
pub(super) async fn in_flight(tx: &mut TenantTx, column: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from article
            where tenant_id = $1 and column_id = $2
              and status in ('SUBMITTED', 'SECOND_REVIEW', 'APPROVED', 'SCHEDULED')"#,
        tenant,
        column,
    )
    .fetch_one(tx.conn())
    .await
}

/// Whether the member exists and is active in this tenant.
pub(super) async fn active_member(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member where tenant_id = $1 and id = $2
                                                and status = 'ACTIVE') as "e!""#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

/// Writes a new draft.
pub(super) async fn insert_article(
    tx: &mut TenantTx,
    id: Uuid,
    column: Uuid,
    a: &NewArticle,
    author: Uuid,
    contributor: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into article (tenant_id, id, column_id, title, body_html, body_text,
                              cover_file_id, author_id, contributor_id, tags, visibility_org_id,
                              visibility_line, is_public)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        tenant,
        id,
        column,
        a.title,
        a.body_html,
        a.body_text,
        a.cover_file_id,
        author,
        contributor,
        &a.tags,
        a.visibility_org_id,
        a.visibility_line,
        a.is_public,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites a draft's content.
pub(super) async fn update_article(
    tx: &mut TenantTx,
    id: Uuid,
    a: &NewArticle,
    contributor: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update article
            set title = $3, body_html = $4, body_text = $5, cover_file_id = $6,
                contributor_id = $7, tags = $8, visibility_org_id = $9, visibility_line = $10,
                is_public = $11, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        a.title,
        a.body_html,
        a.body_text,
        a.cover_file_id,
        contributor,
        &a.tags,
        a.visibility_org_id,
        a.visibility_line,
        a.is_public,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Replaces an article's attachments.
pub(super) async fn set_attachments(
    tx: &mut TenantTx,
    id: Uuid,
    files: &[Uuid],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from article_attachment where tenant_id = $1 and article_id = $2",
        tenant,
        id
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "insert into article_attachment (tenant_id, article_id, file_id, position)
         select $1, $2, f, (n - 1)::int from unnest($3::uuid[]) with ordinality as u(f, n)",
        tenant,
        id,
        files,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The files of an article: its attachments in order, then its cover (when not attached).
pub(super) async fn files(
    tx: &mut TenantTx,
    id: Uuid,
    cover: Option<Uuid>,
) -> sqlx::Result<Vec<FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FileRow,
        r#"select f.id, f.uploader_id, f.file_name, f.content_type, f.byte_size, f.storage_key,
                  f.status as "status: FileStatus", f.created_at
             from file_object f
             left join article_attachment x
               on x.tenant_id = f.tenant_id and x.file_id = f.id and x.article_id = $2
            where f.tenant_id = $1 and (x.file_id is not null or f.id = $3::uuid)
            order by x.position nulls last"#,
        tenant,
        id,
        cover,
    )
    .fetch_all(tx.conn())
    .await
}

/// One article as `viewer` sees it; `lock` takes its row lock first.
pub(super) async fn get(
    tx: &mut TenantTx,
    viewer: Option<Uuid>,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<ArticleRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select id from article where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    select_articles!("where a.tenant_id = $1 and a.id = $3", tenant, viewer, id)
        .fetch_optional(tx.conn())
        .await
}

/// Published articles of a column that reach `viewer`, newest first, matching a LIKE pattern
/// in the title or text, after a `(published_at, id)` key.
pub(super) async fn published(
    tx: &mut TenantTx,
    viewer: Uuid,
    column: Uuid,
    pattern: Option<&str>,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<ArticleRow>> {
    let tenant = tx.tenant();
    let (at, after_id) = after.unzip();
    select_articles!(
        "where a.tenant_id = $1 and a.column_id = $3 and a.status = 'PUBLISHED'
           and article_audience(a.tenant_id, a.visibility_org_id, a.visibility_line, $2::uuid)
           and ($4::text is null or a.title ilike $4 or a.body_text ilike $4)
           and ($5::timestamptz is null or (a.published_at, a.id) < ($5, $6::uuid))
          order by a.published_at desc, a.id desc
          limit $7",
        tenant,
        Some(viewer),
        column,
        pattern,
        at,
        after_id,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Articles waiting for a reviewer or for publishing, oldest submission first.
pub(super) async fn in_review(tx: &mut TenantTx, viewer: Uuid) -> sqlx::Result<Vec<ArticleRow>> {
    let tenant = tx.tenant();
    select_articles!(
        "where a.tenant_id = $1 and a.status in ('SUBMITTED', 'SECOND_REVIEW', 'APPROVED', 'SCHEDULED')
          order by a.submitted_at, a.id
          limit 500",
        tenant,
        Some(viewer),
    )
    .fetch_all(tx.conn())
    .await
}

/// Articles the member wrote or is credited with, latest change first.
pub(super) async fn of_member(
    tx: &mut TenantTx,
    member: Uuid,
    limit: i64,
) -> sqlx::Result<Vec<ArticleRow>> {
    let tenant = tx.tenant();
    select_articles!(
        "where a.tenant_id = $1 and (a.author_id = $2 or a.contributor_id = $2)
          order by a.updated_at desc, a.id desc
          limit $3",
        tenant,
        Some(member),
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Saves an article's state (status, reviewers, notes, times, public flag).
pub(super) async fn save_state(tx: &mut TenantTx, a: &ArticleRow) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update article
            set status = $3, first_reviewer_id = $4, return_note = $5, withdraw_reason = $6,
                submitted_at = $7, publish_at = $8, published_at = $9, is_public = $10,
                comments_open = $11, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        a.id,
        a.status.as_str(),
        a.first_reviewer_id,
        a.return_note,
        a.withdraw_reason,
        a.submitted_at,
        a.publish_at,
        a.published_at,
        a.is_public,
        a.comments_open,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records a state change.
pub(super) async fn insert_event(
    tx: &mut TenantTx,
    article: Uuid,
    action: ArticleAction,
    from: Option<ArticleStatus>,
    to: ArticleStatus,
    actor: Option<Uuid>,
    note: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into article_event (tenant_id, id, article_id, action, from_status, to_status,
                                    actor_id, note)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        tenant,
        crate::new_id(),
        article,
        action.as_str(),
        from.map(|s| s.as_str()),
        to.as_str(),
        actor,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// An article's history, in order.
pub(super) async fn events(tx: &mut TenantTx, article: Uuid) -> sqlx::Result<Vec<EventRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        EventRow,
        r#"select e.id, e.action as "action: ArticleAction", e.from_status, e.to_status,
                  m.name as "actor_name?", e.note, e.at
             from article_event e
             left join member m on m.tenant_id = e.tenant_id and m.id = e.actor_id
            where e.tenant_id = $1 and e.article_id = $2
            order by e.at, e.id"#,
        tenant,
        article,
    )
    .fetch_all(tx.conn())
    .await
}

/// Counts a member's view once; whether it was new.
pub(super) async fn record_view(
    tx: &mut TenantTx,
    article: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into article_view (tenant_id, article_id, member_id) values ($1, $2, $3)
         on conflict do nothing",
        tenant,
        article,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Likes (once); whether it was new.
pub(super) async fn like(tx: &mut TenantTx, article: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into article_like (tenant_id, article_id, member_id) values ($1, $2, $3)
         on conflict do nothing",
        tenant,
        article,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Takes a like back; whether there was one.
pub(super) async fn unlike(tx: &mut TenantTx, article: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "delete from article_like where tenant_id = $1 and article_id = $2 and member_id = $3",
        tenant,
        article,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Writes a comment.
pub(super) async fn insert_comment(
    tx: &mut TenantTx,
    id: Uuid,
    article: Uuid,
    author: Uuid,
    body: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into article_comment (tenant_id, id, article_id, author_id, body)
         values ($1, $2, $3, $4, $5)",
        tenant,
        id,
        article,
        author,
        body,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One comment.
pub(super) async fn comment(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CommentRow>> {
    let tenant = tx.tenant();
    select_comments!("where k.tenant_id = $1 and k.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// An article's comments, oldest first, after a `(created_at, id)` key; hidden ones only for
/// `with_hidden`.
pub(super) async fn comments(
    tx: &mut TenantTx,
    article: Uuid,
    with_hidden: bool,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<CommentRow>> {
    let tenant = tx.tenant();
    let (at, after_id) = after.unzip();
    select_comments!(
        "where k.tenant_id = $1 and k.article_id = $2 and ($3 or not k.hidden)
           and ($4::timestamptz is null or (k.created_at, k.id) > ($4, $5::uuid))
          order by k.created_at, k.id
          limit $6",
        tenant,
        article,
        with_hidden,
        at,
        after_id,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Hides or shows a comment.
pub(super) async fn set_comment_hidden(
    tx: &mut TenantTx,
    id: Uuid,
    hidden: bool,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update article_comment
            set hidden = $3,
                hidden_by = case when $3 then $4::uuid end,
                hidden_at = case when $3 then now() end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        hidden,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Sets the author's reply to a comment.
pub(super) async fn set_reply(
    tx: &mut TenantTx,
    id: Uuid,
    reply: &str,
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update article_comment set reply = $3, replied_by = $4, replied_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        reply,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records an adoption, once per article; whether it was new.
pub(super) async fn insert_adoption(
    tx: &mut TenantTx,
    article: Uuid,
    contributor: Uuid,
    column: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into article_adoption (tenant_id, article_id, contributor_id, column_id)
         values ($1, $2, $3, $4) on conflict do nothing",
        tenant,
        article,
        contributor,
        column,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The tenant's sensitive words (the chat list), every action.
pub(super) async fn words(tx: &mut TenantTx) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select word from chat_word where tenant_id = $1 order by word",
        tenant
    )
    .fetch_all(tx.conn())
    .await
}

/// Active members holding the tenant administrator role tenant-wide.
pub(super) async fn tenant_admins(tx: &mut TenantTx) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select distinct m.id as "id!" from casbin_rule g
             join member m on m.tenant_id = g.tenant_id and 'm:' || m.id::text = g.v0
            where g.tenant_id = $1 and g.ptype = 'g' and g.v1 = 'tenant_admin'
              and g.v2 = $1::text || '/*' and m.status = 'ACTIVE'"#,
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

/// Per contributor placed in the org's sub-tree (any org without one): submissions, returns
/// and adoptions in the period, with the views and likes of the articles adopted in it.
pub(super) async fn contributors(
    tx: &mut TenantTx,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    org_path: Option<&str>,
) -> sqlx::Result<Vec<ContributorLine>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ContributorLine,
        r#"with ev as (
             select a.contributor_id as mid,
                    count(*) filter (where e.action = 'SUBMIT') as submitted,
                    count(*) filter (where e.action = 'RETURN') as returned
               from article_event e
               join article a on a.tenant_id = e.tenant_id and a.id = e.article_id
              where e.tenant_id = $1 and e.at >= $2 and e.at < $3
                and e.action in ('SUBMIT', 'RETURN')
              group by 1
           ),
           ad as (
             select d.contributor_id as mid, count(*) as adopted,
                    sum((select count(*) from article_view v
                          where v.tenant_id = d.tenant_id and v.article_id = d.article_id)) as views,
                    sum((select count(*) from article_like l
                          where l.tenant_id = d.tenant_id and l.article_id = d.article_id)) as likes
               from article_adoption d
              where d.tenant_id = $1 and d.adopted_at >= $2 and d.adopted_at < $3
              group by 1
           )
           select m.id as "member_id!", m.name as "member_name!", o.id as "org_id?",
                  o.name as "org_name?",
                  coalesce(ev.submitted, 0) as "submitted!",
                  coalesce(ad.adopted, 0) as "adopted!",
                  coalesce(ev.returned, 0) as "returned!",
                  coalesce(ad.views, 0)::bigint as "views!",
                  coalesce(ad.likes, 0)::bigint as "likes!"
             from member m
             left join ev on ev.mid = m.id
             left join ad on ad.mid = m.id
             left join org_unit o on o.tenant_id = m.tenant_id
                  and o.id = coalesce(m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id,
                                      m.department_id)
            where m.tenant_id = $1 and (ev.mid is not null or ad.mid is not null)
              and ($4::text is null or o.path <@ $4::text::ltree)
            order by 6 desc, 5 desc, 2, 1"#,
        tenant,
        from,
        to,
        org_path,
    )
    .fetch_all(tx.conn())
    .await
}

/// The published articles of public columns chosen for the public page, newest first.
pub(super) async fn public_articles(
    tx: &mut TenantTx,
    limit: i64,
) -> sqlx::Result<Vec<PublicArticle>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PublicArticle,
        r#"select a.id, c.name as column_name, a.title, a.body_html, a.tags, a.published_at
             from article a
             join publishing_column c on c.tenant_id = a.tenant_id and c.id = a.column_id
            where a.tenant_id = $1 and a.status = 'PUBLISHED' and a.is_public and c.is_public
              and c.archived_at is null
            order by a.published_at desc, a.id desc
            limit $2"#,
        tenant,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// One article of the public page (published, chosen, in a public column).
pub(super) async fn public_article(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<PublicArticle>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PublicArticle,
        r#"select a.id, c.name as column_name, a.title, a.body_html, a.tags, a.published_at
             from article a
             join publishing_column c on c.tenant_id = a.tenant_id and c.id = a.column_id
            where a.tenant_id = $1 and a.id = $2 and a.status = 'PUBLISHED' and a.is_public
              and c.is_public and c.archived_at is null"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Moves an article's times back by `by` (the demo's older articles).
pub(super) async fn shift(tx: &mut TenantTx, id: Uuid, by: chrono::Duration) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let secs = by.num_seconds() as f64;
    sqlx::query!(
        "update article
            set created_at = created_at - make_interval(secs => $3),
                submitted_at = submitted_at - make_interval(secs => $3),
                published_at = published_at - make_interval(secs => $3),
                updated_at = updated_at - make_interval(secs => $3)
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        secs,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The unit's first root org (the moderation queue of the unit's columns).
pub(super) async fn root_org(tx: &mut TenantTx) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from org_unit where tenant_id = $1 and parent_id is null and archived_at is null
          order by created_at, id limit 1",
        tenant,
    )
    .fetch_optional(tx.conn())
    .await
}

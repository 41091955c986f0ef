//! SQL of notices, their attachments and recipients.

use super::{
    NoticeRow, ReceiptRow, ResponseRow, StatsRow,
    model::{Audience, Draft, NoticeCategory, NoticeImportance, NoticeStatus},
    rules::ResponseState,
};
use crate::db::TenantTx;
use crate::files::{FileRow, FileStatus};
use uuid::Uuid;

/// A checked query over a notice with its issuer, author and reviewer, the column list and
/// joins written once: `notices!(query_as!(NoticeRow,) "select", "", "where …", args)`
/// expands to `select <columns> from <prefix>notice n join … <tail>`. Extra columns go in the
/// head (before the notice's), a table joined before the notice in the prefix.
macro_rules! notices {
    ($mac:ident ! ($($pre:tt)*) $head:literal, $from:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::$mac!(
            $($pre)*
            $head
                + r#" n.id, n.issuer_org_id, o.name as issuer_name, o.path::text as "issuer_path!",
                      n.author_id, a.name as author_name, n.title, n.body_html,
                      n.category as "category: NoticeCategory",
                      n.importance as "importance: NoticeImportance", n.ack_required, n.ack_deadline, n.audience,
                      n.status as "status: NoticeStatus", n.reviewer_id,
                      rv.name as "reviewer_name?", n.reviewed_at, n.review_note, n.scheduled_at,
                      n.published_at, n.withdrawn_at, n.withdraw_reason, n.recipient_count,
                      n.last_reminded_at, n.due_item_id, n.created_at
                 from "#
                + $from
                + " notice n
                 join org_unit o on o.tenant_id = n.tenant_id and o.id = n.issuer_org_id
                 join member a on a.tenant_id = n.tenant_id and a.id = n.author_id
                 left join member rv on rv.tenant_id = n.tenant_id and rv.id = n.reviewer_id "
                + $tail
            $(, $arg)*
        )
    };
}

/// A checked query over the recipients `r` of notice `$2` that lie under the org paths `$3`
/// (all when `$3` is null): `scoped!(query!() "select … where r.tenant_id = $1 and
/// r.notice_id = $2 and", "order by …", args)` puts the scope condition between head and tail.
macro_rules! scoped {
    ($mac:ident ! ($($pre:tt)*) $head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::$mac!(
            $($pre)*
            $head
                + " ($3::text[] is null or exists (select 1 from org_unit ro
                       where ro.tenant_id = r.tenant_id and ro.id = r.org_id
                         and ro.path <@ any($3::text[]::ltree[]))) "
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn get(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<NoticeRow>> {
    let tenant = tx.tenant();
    if lock {
        notices!(query_as!(NoticeRow,) "select", "", "where n.tenant_id = $1 and n.id = $2 for update of n", tenant, id)
            .fetch_optional(tx.conn())
            .await
    } else {
        notices!(query_as!(NoticeRow,) "select", "", "where n.tenant_id = $1 and n.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// Inserts a new draft, or rewrites an existing one; the attachments are replaced.
pub(super) async fn save(tx: &mut TenantTx, id: Uuid, author: Uuid, d: &Draft) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let audience = serde_json::to_value(&d.audience).unwrap_or_default();
    sqlx::query!(
        "insert into notice (tenant_id, id, issuer_org_id, author_id, title, body_html, category,
                             importance, ack_required, ack_deadline, audience, scheduled_at, reviewer_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         on conflict (tenant_id, id) do update set
           issuer_org_id = excluded.issuer_org_id, title = excluded.title,
           body_html = excluded.body_html, category = excluded.category,
           importance = excluded.importance, ack_required = excluded.ack_required,
           ack_deadline = excluded.ack_deadline, audience = excluded.audience,
           scheduled_at = excluded.scheduled_at, reviewer_id = excluded.reviewer_id,
           updated_at = now()",
        tenant,
        id,
        d.issuer_org_id,
        author,
        d.title.as_str(),
        &d.body_html,
        d.category.as_str(),
        d.importance.as_str(),
        d.ack_required,
        d.ack_deadline,
        audience,
        d.scheduled_at,
        d.reviewer_id,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "delete from notice_attachment where tenant_id = $1 and notice_id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "insert into notice_attachment (tenant_id, notice_id, file_id, position)
         select $1, $2, f.id, f.pos::int from unnest($3::uuid[]) with ordinality as f(id, pos)",
        tenant,
        id,
        &d.attachment_ids,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: NoticeStatus,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set status = $3, updated_at = now() where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_review(
    tx: &mut TenantTx,
    id: Uuid,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set reviewed_at = now(), review_note = $3, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn mark_published(
    tx: &mut TenantTx,
    id: Uuid,
    recipients: i32,
    due_item: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set status = 'PUBLISHED', published_at = now(), recipient_count = $3,
                due_item_id = $4, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        recipients,
        due_item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn mark_withdrawn(
    tx: &mut TenantTx,
    id: Uuid,
    by: Option<Uuid>,
    reason: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = $3,
                withdraw_reason = $4, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        by,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn attachments(tx: &mut TenantTx, notice: Uuid) -> sqlx::Result<Vec<FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FileRow,
        r#"select f.id, f.uploader_id, f.file_name, f.content_type, f.byte_size, f.storage_key,
                  f.status as "status: FileStatus", f.created_at
             from notice_attachment na
             join file_object f on f.tenant_id = na.tenant_id and f.id = na.file_id
            where na.tenant_id = $1 and na.notice_id = $2 order by na.position"#,
        tenant,
        notice,
    )
    .fetch_all(tx.conn())
    .await
}


/// Resolves the audience into recipient rows; returns the recipients.
pub(super) async fn insert_recipients(
    tx: &mut TenantTx,
    notice: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    crate::audience::store::audience!(
        query_scalar!()
        "insert into notice_recipient (tenant_id, notice_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x returning member_id",
        tenant,
        a,
        notice,
    )
    .fetch_all(tx.conn())
    .await
}


/// The org paths of `orgs` (unknown ones are left out).
pub(super) async fn org_paths(
    tx: &mut TenantTx,
    orgs: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, String, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select id, path::text as "path!", name from org_unit
            where tenant_id = $1 and id = any($2::uuid[])"#,
        tenant,
        orgs,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.path, r.name)).collect())
}

/// The org paths of the named members' primary orgs.
pub(super) async fn member_org_paths(
    tx: &mut TenantTx,
    members: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, Option<String>)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select m.id, o.path::text as "path?" from member m
             left join org_unit o on o.tenant_id = m.tenant_id
                  and o.id = coalesce(m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
            where m.tenant_id = $1 and m.id = any($2::uuid[])"#,
        tenant,
        members,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.path)).collect())
}

/// The org paths where `member` holds an active position.
pub(super) async fn position_paths(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select distinct o.path::text as "path!" from position p
             join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
            where p.tenant_id = $1 and p.member_id = $2 and p.ended_at is null"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// The member's own copies of those of `notices` they received, by notice.
pub(super) async fn receipts(
    tx: &mut TenantTx,
    notices: &[Uuid],
    member: Uuid,
) -> sqlx::Result<Vec<(Uuid, ReceiptRow)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select notice_id, delivered_at, read_at, acknowledged_at, reply from notice_recipient
          where tenant_id = $1 and notice_id = any($2::uuid[]) and member_id = $3",
        tenant,
        notices,
        member,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let receipt = ReceiptRow {
                delivered_at: r.delivered_at,
                read_at: r.read_at,
                acknowledged_at: r.acknowledged_at,
                reply: r.reply,
            };
            (r.notice_id, receipt)
        })
        .collect())
}

/// Those of `notices` with a recipient under one of the org paths.
pub(super) async fn with_recipient_in(
    tx: &mut TenantTx,
    notices: &[Uuid],
    paths: &[String],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    scoped!(
        query_scalar!()
        "select distinct r.notice_id from notice_recipient r
          where r.tenant_id = $1 and r.notice_id = any($2::uuid[]) and",
        "",
        tenant,
        notices,
        paths,
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the member's copy read (first opening only); true when it changed.
pub(super) async fn mark_read(tx: &mut TenantTx, notice: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let changed = sqlx::query!(
        "update notice_recipient set read_at = now()
          where tenant_id = $1 and notice_id = $2 and member_id = $3 and read_at is null",
        tenant,
        notice,
        member,
    )
    .execute(tx.conn())
    .await?
    .rows_affected()
        > 0;
    if changed {
        // The notifications announcing it are read too.
        sqlx::query!(
            "update notification set read_at = now()
              where tenant_id = $1 and member_id = $3 and kind = 'NOTICE'
                and detail ->> 'notice' = $2::uuid::text and read_at is null",
            tenant,
            notice,
            member,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(changed)
}

/// Records the acknowledgement (once); true when it changed.
pub(super) async fn acknowledge(
    tx: &mut TenantTx,
    notice: Uuid,
    member: Uuid,
    reply: Option<&str>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    Ok(sqlx::query!(
        "update notice_recipient set acknowledged_at = now(), read_at = coalesce(read_at, now()),
                reply = $4
          where tenant_id = $1 and notice_id = $2 and member_id = $3 and acknowledged_at is null",
        tenant,
        notice,
        member,
        reply,
    )
    .execute(tx.conn())
    .await?
    .rows_affected()
        > 0)
}

/// Counts per org of the recipients under `paths` (all when `None`).
pub(super) async fn stats(
    tx: &mut TenantTx,
    notice: Uuid,
    paths: Option<&[String]>,
) -> sqlx::Result<Vec<StatsRow>> {
    let tenant = tx.tenant();
    scoped!(
        query_as!(StatsRow,)
        r#"select r.org_id, coalesce(o.name, '未分配组织') as "org_name!",
                  count(*) as "recipients!", count(r.read_at) as "read!",
                  count(r.acknowledged_at) as "acknowledged!"
             from notice_recipient r
             left join org_unit o on o.tenant_id = r.tenant_id and o.id = r.org_id
            where r.tenant_id = $1 and r.notice_id = $2 and"#,
        "group by r.org_id, o.name, o.path order by o.path nulls last",
        tenant,
        notice,
        paths,
    )
    .fetch_all(tx.conn())
    .await
}

/// One page of the board's list, by member id. `state` filters by [`ResponseState::code`].
pub(super) async fn responses(
    tx: &mut TenantTx,
    notice: Uuid,
    paths: Option<&[String]>,
    state: Option<ResponseState>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ResponseRow>> {
    let tenant = tx.tenant();
    scoped!(
        query_as!(ResponseRow,)
        r#"select r.member_id, m.name as member_name,
                  coalesce(o.name, '未分配组织') as "org_name!", r.delivered_at, r.read_at,
                  r.acknowledged_at, r.reply, r.reminded_count
             from notice_recipient r
             join member m on m.tenant_id = r.tenant_id and m.id = r.member_id
             left join org_unit o on o.tenant_id = r.tenant_id and o.id = r.org_id
            where r.tenant_id = $1 and r.notice_id = $2 and"#,
        "and ($6::text is null
              or ($6 = 'UNREAD' and r.read_at is null)
              or ($6 = 'READ' and r.read_at is not null)
              or ($6 = 'UNACKNOWLEDGED' and r.acknowledged_at is null)
              or ($6 = 'ACKNOWLEDGED' and r.acknowledged_at is not null))
          and ($4::uuid is null or r.member_id > $4)
        order by r.member_id limit $5",
        tenant,
        notice,
        paths,
        after,
        limit,
        state.map(ResponseState::code),
    )
    .fetch_all(tx.conn())
    .await
}

/// Every response in a state, ordered by org and name (exports).
pub(super) async fn all_responses(
    tx: &mut TenantTx,
    notice: Uuid,
    paths: Option<&[String]>,
    state: Option<ResponseState>,
) -> sqlx::Result<Vec<ResponseRow>> {
    let tenant = tx.tenant();
    scoped!(
        query_as!(ResponseRow,)
        r#"select r.member_id, m.name as member_name,
                  coalesce(o.name, '未分配组织') as "org_name!", r.delivered_at, r.read_at,
                  r.acknowledged_at, r.reply, r.reminded_count
             from notice_recipient r
             join member m on m.tenant_id = r.tenant_id and m.id = r.member_id
             left join org_unit o on o.tenant_id = r.tenant_id and o.id = r.org_id
            where r.tenant_id = $1 and r.notice_id = $2 and"#,
        "and ($4::text is null
              or ($4 = 'UNREAD' and r.read_at is null)
              or ($4 = 'READ' and r.read_at is not null)
              or ($4 = 'UNACKNOWLEDGED' and r.acknowledged_at is null)
              or ($4 = 'ACKNOWLEDGED' and r.acknowledged_at is not null))
        order by o.path nulls last, m.name, r.member_id",
        tenant,
        notice,
        paths,
        state.map(ResponseState::code),
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the pending recipients (under `paths`) as reminded; returns them with their new
/// reminder count. Pending: owing an acknowledgement when one is asked, else a reading.
pub(super) async fn mark_reminded(
    tx: &mut TenantTx,
    notice: Uuid,
    paths: Option<&[String]>,
) -> sqlx::Result<Vec<(Uuid, i32)>> {
    let tenant = tx.tenant();
    let rows = scoped!(
        query!()
        "update notice_recipient r set reminded_count = r.reminded_count + 1, last_reminded_at = now()
           from notice n
          where n.tenant_id = r.tenant_id and n.id = r.notice_id
            and r.tenant_id = $1 and r.notice_id = $2
            and (case when n.ack_required then r.acknowledged_at is null else r.read_at is null end)
            and exists (select 1 from member m where m.tenant_id = r.tenant_id
                          and m.id = r.member_id and m.status = 'ACTIVE')
            and",
        "returning r.member_id, r.reminded_count",
        tenant,
        notice,
        paths,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.member_id, r.reminded_count))
        .collect())
}

pub(super) async fn set_last_reminded(tx: &mut TenantTx, notice: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set last_reminded_at = now() where tenant_id = $1 and id = $2",
        tenant,
        notice,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Active members still owing a response, by their org (escalation).
pub(super) async fn pending_by_org(
    tx: &mut TenantTx,
    notice: Uuid,
) -> sqlx::Result<Vec<(Uuid, String, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select r.org_id as "org_id!", o.name, count(*) as "count!" from notice_recipient r
             join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
             join org_unit o on o.tenant_id = r.tenant_id and o.id = r.org_id
             join member m on m.tenant_id = r.tenant_id and m.id = r.member_id and m.status = 'ACTIVE'
            where r.tenant_id = $1 and r.notice_id = $2
              and (case when n.ack_required then r.acknowledged_at is null else r.read_at is null end)
            group by r.org_id, o.name"#,
        tenant,
        notice,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.org_id, r.name, r.count))
        .collect())
}

/// Builds a [`NoticeRow`] from a record with the columns of [`notices!`].
macro_rules! notice_row {
    ($r:expr) => {
        NoticeRow {
            id: $r.id,
            issuer_org_id: $r.issuer_org_id,
            issuer_name: $r.issuer_name,
            issuer_path: $r.issuer_path,
            author_id: $r.author_id,
            author_name: $r.author_name,
            title: $r.title,
            body_html: $r.body_html,
            category: $r.category,
            importance: $r.importance,
            ack_required: $r.ack_required,
            ack_deadline: $r.ack_deadline,
            audience: $r.audience,
            status: $r.status,
            reviewer_id: $r.reviewer_id,
            reviewer_name: $r.reviewer_name,
            reviewed_at: $r.reviewed_at,
            review_note: $r.review_note,
            scheduled_at: $r.scheduled_at,
            published_at: $r.published_at,
            withdrawn_at: $r.withdrawn_at,
            withdraw_reason: $r.withdraw_reason,
            recipient_count: $r.recipient_count,
            last_reminded_at: $r.last_reminded_at,
            due_item_id: $r.due_item_id,
            created_at: $r.created_at,
        }
    };
}

/// The notices a member received: still owing a response first, then newest. Cursor:
/// `(done, notice id)`; done: withdrawn, or no longer owing a response.
pub(super) async fn received(
    tx: &mut TenantTx,
    member: Uuid,
    unread_only: bool,
    after: Option<(bool, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<(NoticeRow, ReceiptRow, bool)>> {
    let tenant = tx.tenant();
    let rows = notices!(
        query!()
        r#"select r.delivered_at, r.read_at as "recipient_read_at", r.acknowledged_at, r.reply,
                  (n.status = 'WITHDRAWN'
                   or not (case when n.ack_required then r.acknowledged_at is null
                           else r.read_at is null end)) as "done!","#,
        "notice_recipient r join",
        "on n.tenant_id = r.tenant_id and n.id = r.notice_id
         where r.tenant_id = $1 and r.member_id = $2 and n.status in ('PUBLISHED', 'WITHDRAWN')
           and (not $3 or r.read_at is null)
           and ($4::bool is null
                or ((n.status = 'WITHDRAWN'
                     or not (case when n.ack_required then r.acknowledged_at is null
                             else r.read_at is null end)) = $4 and n.id < $5)
                or ((n.status = 'WITHDRAWN'
                     or not (case when n.ack_required then r.acknowledged_at is null
                             else r.read_at is null end)) and not $4))
         order by 5, n.id desc limit $6",
        tenant,
        member,
        unread_only,
        after.map(|a| a.0),
        after.map(|a| a.1),
        limit,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let receipt = ReceiptRow {
                delivered_at: r.delivered_at,
                read_at: r.recipient_read_at,
                acknowledged_at: r.acknowledged_at,
                reply: r.reply,
            };
            let done = r.done;
            (notice_row!(r), receipt, done)
        })
        .collect())
}

/// Notices a member wrote or is asked to review, or all of the tenant's (`all`).
pub(super) async fn sent(
    tx: &mut TenantTx,
    member: Option<Uuid>,
    all: bool,
    status: Option<NoticeStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NoticeRow>> {
    let tenant = tx.tenant();
    notices!(
        query_as!(NoticeRow,)
        "select",
        "",
        "where n.tenant_id = $1 and ($3 or n.author_id = $2 or n.reviewer_id = $2)
           and ($4::text is null or n.status = $4)
           and ($5::uuid is null or n.id < $5)
         order by n.id desc limit $6",
        tenant,
        member,
        all,
        status.map(NoticeStatus::as_str),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A notification written by [`notify_batch`].
struct Written {
    member_id: Uuid,
    id: Uuid,
}

/// Writes one NOTICE notification per member in one statement, skipping members who turned
/// notices off unless `forced`; `detail` gets the batch id. With a dedupe prefix, a member
/// already written under the same key is skipped (reminders that a job may retry); without one
/// nothing is checked (publication, which happens once under the notice's row lock, and the
/// speculative insertion would cost about 10 µs a row). Returns `(member, id)` written.
#[allow(clippy::too_many_arguments)]
pub(super) async fn notify_batch(
    tx: &mut TenantTx,
    members: &[Uuid],
    title: &str,
    body: &str,
    dedupe_prefix: Option<&str>,
    detail: &serde_json::Value,
    forced: bool,
) -> sqlx::Result<Vec<(Uuid, Uuid)>> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = members.iter().map(|_| crate::new_id()).collect();
    // The same insert with and without its conflict clause, both checked.
    macro_rules! insert {
        ($conflict:literal) => {
            sqlx::query_as!(
                Written,
                "insert into notification (tenant_id, id, member_id, kind, title, body, dedupe_key, detail)
                 select $1, u.id, u.member_id, 'NOTICE', $4, $5, $6 || u.member_id::text, $7
                   from unnest($2::uuid[], $3::uuid[]) as u(id, member_id)
                   left join notification_preference p
                     on p.tenant_id = $1 and p.member_id = u.member_id and p.category = 'NOTICE'
                  where $8 or coalesce(p.channel, 'IN_APP') <> 'OFF' "
                    + $conflict
                    + " returning member_id, id",
                tenant,
                &ids,
                members,
                title,
                body,
                dedupe_prefix,
                detail,
                forced,
            )
        };
    }
    let written = if dedupe_prefix.is_some() {
        insert!("on conflict (tenant_id, dedupe_key) do nothing")
            .fetch_all(tx.conn())
            .await?
    } else {
        insert!("").fetch_all(tx.conn()).await?
    };
    Ok(written.into_iter().map(|w| (w.member_id, w.id)).collect())
}

/// The notice whose acknowledgement deadline is this due item.
pub(super) async fn by_due_item(
    tx: &mut TenantTx,
    due_item: Uuid,
) -> sqlx::Result<Option<NoticeRow>> {
    let tenant = tx.tenant();
    notices!(
        query_as!(NoticeRow,)
        "select",
        "",
        "where n.tenant_id = $1 and n.due_item_id = $2",
        tenant,
        due_item,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Active recipients still owing a response.
pub(super) async fn pending_members(tx: &mut TenantTx, notice: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select r.member_id from notice_recipient r
           join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
           join member m on m.tenant_id = r.tenant_id and m.id = r.member_id and m.status = 'ACTIVE'
          where r.tenant_id = $1 and r.notice_id = $2
            and (case when n.ack_required then r.acknowledged_at is null else r.read_at is null end)",
        tenant,
        notice,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whom a notification batch is emailed to: members who chose email for notices, and, for
/// urgent notices, every active member with an address.
#[derive(Debug)]
pub(super) struct EmailTarget {
    pub notification_id: Uuid,
    pub email: String,
    pub language: String,
    pub tenant_name: String,
    pub title: String,
    pub body: String,
}

pub(super) async fn email_targets(
    tx: &mut TenantTx,
    batch: Uuid,
) -> sqlx::Result<Vec<EmailTarget>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        EmailTarget,
        r#"select x.id as notification_id, m.email as "email!", m.language,
                  t.name as tenant_name, x.title, x.body
             from notification x
             join member m on m.tenant_id = x.tenant_id and m.id = x.member_id and m.status = 'ACTIVE'
             join tenant t on t.id = x.tenant_id
             left join notification_preference p
               on p.tenant_id = x.tenant_id and p.member_id = x.member_id and p.category = 'NOTICE'
            where x.tenant_id = $1 and x.kind = 'NOTICE' and x.detail ->> 'batch' = $2::uuid::text
              and coalesce(m.email, '') <> ''
              and (p.channel = 'EMAIL' or (x.detail ->> 'urgent')::boolean)"#,
        tenant,
        batch,
    )
    .fetch_all(tx.conn())
    .await
}

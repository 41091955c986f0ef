//! SQL of reports, their keys, messages, steps and files.

use super::model::{FileRow, MessageAuthor, MessageRow, ReportRow, ReportStatus, StepRow};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The database's clock (tests move it with the reminder scans).
pub(super) async fn now(tx: &mut TenantTx) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar!(r#"select now() as "now!""#)
        .fetch_one(tx.conn())
        .await
}

/// A tenant key as stored.
#[derive(Debug, Clone)]
pub(super) struct KeyRow {
    pub version: i32,
    pub kek_id: String,
    pub wrapped: Vec<u8>,
}

/// The tenant's newest key, if it has one.
pub(super) async fn newest_key(tx: &mut TenantTx) -> sqlx::Result<Option<KeyRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        KeyRow,
        "select version, kek_id, wrapped from report_key
          where tenant_id = $1 order by version desc limit 1",
        tenant,
    )
    .fetch_optional(tx.conn())
    .await
}

/// One version of the tenant's key.
pub(super) async fn key(tx: &mut TenantTx, version: i32) -> sqlx::Result<Option<KeyRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        KeyRow,
        "select version, kek_id, wrapped from report_key where tenant_id = $1 and version = $2",
        tenant,
        version,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Every version of the tenant's key, locked for rewrapping.
pub(super) async fn lock_keys(tx: &mut TenantTx) -> sqlx::Result<Vec<KeyRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        KeyRow,
        "select version, kek_id, wrapped from report_key
          where tenant_id = $1 order by version for update",
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

/// Stores a tenant key unless that version exists (two first reports at once); whether it did.
pub(super) async fn insert_key(
    tx: &mut TenantTx,
    version: i32,
    kek_id: &str,
    wrapped: &[u8],
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into report_key (tenant_id, version, kek_id, wrapped) values ($1, $2, $3, $4)
         on conflict do nothing",
        tenant,
        version,
        kek_id,
        wrapped,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces a tenant key's wrapping (rotation of the KEK).
pub(super) async fn rewrap_key(
    tx: &mut TenantTx,
    version: i32,
    kek_id: &str,
    wrapped: &[u8],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update report_key set kek_id = $3, wrapped = $4, rewrapped_at = now()
          where tenant_id = $1 and version = $2",
        tenant,
        version,
        kek_id,
        wrapped,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A new report.
pub(super) struct Insert<'a> {
    pub id: Uuid,
    pub handling_org: Uuid,
    pub subject_org: Uuid,
    pub accused: Option<Uuid>,
    pub routed_up: bool,
    pub reporter: Option<Uuid>,
    pub key_version: i32,
    pub data_key: &'a [u8],
    pub title_ct: &'a [u8],
    pub body_ct: &'a [u8],
    pub at: DateTime<Utc>,
    pub transfer_due_at: DateTime<Utc>,
    pub acceptance_due_at: DateTime<Utc>,
    pub due_item: Uuid,
    pub transfer_item: Uuid,
}

pub(super) async fn insert(tx: &mut TenantTx, r: &Insert<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into report (tenant_id, id, handling_org_id, subject_org_id, accused_member_id,
                             routed_up, anonymous, reporter_member_id, status, key_version, data_key,
                             title_ct, body_ct, created_at, transfer_due_at, acceptance_due_at,
                             due_item_id, transfer_item_id, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7::uuid is null, $7, 'RECEIVED', $8, $9, $10, $11, $12, $13,
                 $14, $15, $16, $12)",
        tenant,
        r.id,
        r.handling_org,
        r.subject_org,
        r.accused,
        r.routed_up,
        r.reporter,
        r.key_version,
        r.data_key,
        r.title_ct,
        r.body_ct,
        r.at,
        r.transfer_due_at,
        r.acceptance_due_at,
        r.due_item,
        r.transfer_item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Selects reports; `$tail` is the rest of the statement, from the `where` on (alias `r`).
macro_rules! select_reports {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ReportRow,
            r#"select r.id, r.handling_org_id, r.subject_org_id, r.accused_member_id, r.routed_up,
                      r.anonymous, r.reporter_member_id, r.status as "status: ReportStatus",
                      r.key_version, r.data_key, r.title_ct, r.body_ct, r.created_at,
                      r.transfer_due_at, r.acceptance_due_at, r.decided_at, r.closed_at,
                      r.result_due_at, r.result_notified_at, r.expires_at, r.due_item_id,
                      r.transfer_item_id, r.retention_item_id
                 from report r "# + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ReportRow>> {
    let tenant = tx.tenant();
    select_reports!("where r.tenant_id = $1 and r.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ReportRow>> {
    let tenant = tx.tenant();
    select_reports!(
        "where r.tenant_id = $1 and r.id = $2 for update",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// The report a due item (deadline or retention) belongs to.
pub(super) async fn by_due_item(tx: &mut TenantTx, item: Uuid) -> sqlx::Result<Option<ReportRow>> {
    let tenant = tx.tenant();
    select_reports!(
        "where r.tenant_id = $1
           and (r.due_item_id = $2 or r.transfer_item_id = $2 or r.retention_item_id = $2)",
        tenant,
        item
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of the reports handled in the given sub-trees (`None`: the whole tenant), newest
/// first, leaving out those that name `viewer` as the accused.
pub(super) async fn page_handled(
    tx: &mut TenantTx,
    paths: Option<&[String]>,
    viewer: Uuid,
    status: Option<ReportStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ReportRow>> {
    let tenant = tx.tenant();
    select_reports!(
        r#"join org_unit o on o.tenant_id = r.tenant_id and o.id = r.handling_org_id
           where r.tenant_id = $1
             and ($2::text[] is null or o.path <@ any($2::text[]::ltree[]))
             and r.accused_member_id is distinct from $3
             and ($4::text is null or r.status = $4)
             and ($5::uuid is null or r.id < $5)
           order by r.id desc limit $6"#,
        tenant,
        paths,
        viewer,
        status.map(|s| s.as_str()),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A page of a real-name reporter's own reports, newest first.
pub(super) async fn page_mine(
    tx: &mut TenantTx,
    reporter: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ReportRow>> {
    let tenant = tx.tenant();
    select_reports!(
        "where r.tenant_id = $1 and r.reporter_member_id = $2
           and ($3::uuid is null or r.id < $3)
         order by r.id desc limit $4",
        tenant,
        reporter,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The parent of an org that is not archived: `None` when there is no such org,
/// `Some(None)` for a top org.
pub(super) async fn live_parent(
    tx: &mut TenantTx,
    org: Uuid,
) -> sqlx::Result<Option<Option<Uuid>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select parent_id from org_unit where tenant_id = $1 and id = $2 and archived_at is null",
        tenant,
        org,
    )
    .fetch_optional(tx.conn())
    .await
}

/// An active member's party org (else their org): `None` when there is no such member,
/// `Some(None)` when they are placed nowhere.
pub(super) async fn member_org(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Option<Option<Uuid>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select coalesce(party_org_id, org_id) from member
          where tenant_id = $1 and id = $2 and status = 'ACTIVE'",
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The titles of a member's current positions in an org.
pub(super) async fn titles_at(
    tx: &mut TenantTx,
    member: Uuid,
    org: Uuid,
) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select title from position
          where tenant_id = $1 and member_id = $2 and org_id = $3 and ended_at is null",
        tenant,
        member,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// The grant domains of a member's discipline inspector roles.
pub(super) async fn inspector_domains(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select v2 from casbin_rule
          where tenant_id = $1 and ptype = 'g' and v1 = 'discipline_inspector'
            and v0 = $2",
        tenant,
        format!("m:{member}"),
    )
    .fetch_all(tx.conn())
    .await
}

/// Members holding the discipline inspector's role over an org (granted on it, on an org
/// above it, or tenant-wide), active, except `except`, each with the depth of their grant (0
/// for tenant-wide): all of them handle its reports; the deepest are the nearest.
pub(super) async fn inspectors_over(
    tx: &mut TenantTx,
    org: Uuid,
    except: Option<Uuid>,
) -> sqlx::Result<Vec<(Uuid, i32)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select m.id as "id!", max(coalesce(nlevel(gp.path), 0)) as "depth!"
             from casbin_rule g
             join member m on m.tenant_id = g.tenant_id and m.status = 'ACTIVE'
                          and g.v0 = 'm:' || m.id::text
             join org_unit o on o.tenant_id = g.tenant_id and o.id = $2
             left join lateral (
               select replace(substring(g.v2 from char_length($1::uuid::text) + 4
                                         for char_length(g.v2) - char_length($1::uuid::text) - 5),
                              '/', '.')::ltree as path
                where g.v2 like $1::uuid::text || '/o/%/*'
             ) gp on true
            where g.tenant_id = $1 and g.ptype = 'g' and g.v1 = 'discipline_inspector'
              and (g.v2 = $1::uuid::text || '/*' or o.path <@ gp.path)
              and m.id is distinct from $3
            group by m.id"#,
        tenant,
        org,
        except,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.depth)).collect())
}

/// Status change and the dates that come with it.
pub(super) struct Transition {
    pub status: ReportStatus,
    pub decided_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub result_due_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub due_item: Option<Uuid>,
    pub at: DateTime<Utc>,
}

pub(super) async fn transition(tx: &mut TenantTx, id: Uuid, t: &Transition) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update report set status = $3,
                decided_at = coalesce(decided_at, $4),
                closed_at = coalesce(closed_at, $5),
                result_due_at = coalesce(result_due_at, $6),
                expires_at = coalesce($7, expires_at),
                due_item_id = $8,
                updated_at = $9
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        t.status.as_str(),
        t.decided_at,
        t.closed_at,
        t.result_due_at,
        t.expires_at,
        t.due_item,
        t.at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records that the result reached the reporter.
pub(super) async fn result_notified(
    tx: &mut TenantTx,
    id: Uuid,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update report set result_notified_at = coalesce(result_notified_at, $3),
                due_item_id = null, updated_at = $3
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Sets the retention deadline's due item.
pub(super) async fn set_retention_item(
    tx: &mut TenantTx,
    id: Uuid,
    item: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update report set retention_item_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn insert_message(
    tx: &mut TenantTx,
    id: Uuid,
    report: Uuid,
    author: MessageAuthor,
    handler: Option<Uuid>,
    body_ct: &[u8],
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into report_message (tenant_id, id, report_id, author, handler_id, body_ct, created_at)
         values ($1, $2, $3, $4, $5, $6, $7)",
        tenant,
        id,
        report,
        author.as_str(),
        handler,
        body_ct,
        at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn messages(tx: &mut TenantTx, report: Uuid) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MessageRow,
        r#"select id, author as "author: MessageAuthor", handler_id, body_ct, created_at
             from report_message where tenant_id = $1 and report_id = $2 order by id"#,
        tenant,
        report,
    )
    .fetch_all(tx.conn())
    .await
}

/// A new step of the trail.
pub(super) struct NewStep<'a> {
    pub id: Uuid,
    pub report: Uuid,
    pub action: &'a str,
    pub from: ReportStatus,
    pub to: ReportStatus,
    pub note_ct: Option<&'a [u8]>,
    pub actor: Option<Uuid>,
    pub at: DateTime<Utc>,
}

pub(super) async fn insert_step(tx: &mut TenantTx, s: &NewStep<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into report_step (tenant_id, id, report_id, action, from_status, to_status,
                                  note_ct, actor_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        s.id,
        s.report,
        s.action,
        s.from.as_str(),
        s.to.as_str(),
        s.note_ct,
        s.actor,
        s.at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn steps(tx: &mut TenantTx, report: Uuid) -> sqlx::Result<Vec<StepRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StepRow,
        r#"select id, action, from_status as "from_status: ReportStatus",
                  to_status as "to_status: ReportStatus", note_ct, actor_id, created_at
             from report_step where tenant_id = $1 and report_id = $2 order by id"#,
        tenant,
        report,
    )
    .fetch_all(tx.conn())
    .await
}

/// A new, unclaimed evidence file.
pub(super) struct NewFile<'a> {
    pub id: Uuid,
    pub token_hash: &'a [u8],
    pub key_version: i32,
    pub data_key: &'a [u8],
    pub name_ct: &'a [u8],
    pub content_type: &'a str,
    pub size: i64,
    pub storage_key: &'a str,
    pub at: DateTime<Utc>,
}

pub(super) async fn insert_file(tx: &mut TenantTx, f: &NewFile<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into report_file (tenant_id, id, token_hash, key_version, data_key, name_ct,
                                  content_type, size, storage_key, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        f.id,
        f.token_hash,
        f.key_version,
        f.data_key,
        f.name_ct,
        f.content_type,
        f.size,
        f.storage_key,
        f.at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Claims unclaimed uploads by their tokens' hashes for a report; how many it claimed.
pub(super) async fn claim_files(
    tx: &mut TenantTx,
    report: Uuid,
    token_hashes: &[Vec<u8>],
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update report_file set report_id = $2
          where tenant_id = $1 and report_id is null and token_hash = any($3)",
        tenant,
        report,
        token_hashes,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Selects evidence files; `$tail` is the rest of the statement, from the `where` on.
macro_rules! select_files {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            FileRow,
            "select id, report_id, key_version, data_key, name_ct, content_type, size, storage_key,
                    created_at
               from report_file " + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn files(tx: &mut TenantTx, report: Uuid) -> sqlx::Result<Vec<FileRow>> {
    let tenant = tx.tenant();
    select_files!(
        "where tenant_id = $1 and report_id = $2 order by id",
        tenant,
        report
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn file(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<FileRow>> {
    let tenant = tx.tenant();
    select_files!("where tenant_id = $1 and id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Unclaimed uploads older than `before` (the retention scan removes them).
pub(super) async fn stale_uploads(
    tx: &mut TenantTx,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<(Uuid, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select id, storage_key from report_file
          where tenant_id = $1 and report_id is null and created_at < $2",
        tenant,
        before,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.storage_key)).collect())
}

pub(super) async fn delete_file(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from report_file where tenant_id = $1 and id = $2",
        tenant,
        id
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Deletes a report with its messages, steps and file rows (the cascade); the objects are the
/// caller's to delete.
pub(super) async fn delete(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from report where tenant_id = $1 and id = $2",
        tenant,
        id
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Orgs' names by id (archived ones included).
pub(super) async fn org_names(
    tx: &mut TenantTx,
    ids: &[Uuid],
) -> sqlx::Result<std::collections::HashMap<Uuid, String>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select id, name from org_unit where tenant_id = $1 and id = any($2)",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

//! SQL of the moderation queue, its reports and actions.

use super::model::{ActionRow, ContentKind, ItemRow, ItemStatus, ModerationAction, ReportRow};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`ItemRow`]s: the caller's literal head, the item's columns (alias
/// `i`, author `m`), then the literal tail.
macro_rules! item_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ItemRow,
            $head
                + r#" i.id, i.kind as "kind: ContentKind", i.content_id, i.org_id, i.author_id,
                      m.name as author_name, i.excerpt, i.status as "status: ItemStatus", i.hidden,
                      i.pending_reports, i.total_reports, i.created_at, i.updated_at
                 from moderation_item i
                 join member m on m.tenant_id = i.tenant_id and m.id = i.author_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The tenant's root org (the first top-level unit that is not archived).
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

/// The item of a piece of content, created when first reported. Takes no row lock: a report
/// counts itself with [`count_report`], which does, so duplicates never wait on the item.
pub(super) async fn ensure_item(
    tx: &mut TenantTx,
    kind: ContentKind,
    content: Uuid,
    org: Uuid,
    author: Uuid,
    excerpt: &str,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let inserted = sqlx::query_scalar!(
        "insert into moderation_item (tenant_id, id, kind, content_id, org_id, author_id, excerpt)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, kind, content_id) do nothing
         returning id",
        tenant,
        crate::new_id(),
        kind.as_str(),
        content,
        org,
        author,
        excerpt,
    )
    .fetch_optional(tx.conn())
    .await?;
    if let Some(id) = inserted {
        return Ok(id);
    }
    // Another report created it (and committed: the insert waited for it); a new statement
    // sees it.
    sqlx::query_scalar!(
        "select id from moderation_item where tenant_id = $1 and kind = $2 and content_id = $3",
        tenant,
        kind.as_str(),
        content,
    )
    .fetch_one(tx.conn())
    .await
}

/// Records a report; returns whether it is new (one per member and item).
pub(super) async fn insert_report(
    tx: &mut TenantTx,
    item: Uuid,
    reporter: Uuid,
    reason: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into content_report (tenant_id, id, item_id, reporter_id, reason)
         values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, item_id, reporter_id) do nothing",
        tenant,
        crate::new_id(),
        item,
        reporter,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Counts a new report under the item's row lock (held to the commit, so parallel reports of
/// one item count one after the other): the item is pending again unless hidden. Returns the
/// pending count and whether the content is hidden.
pub(super) async fn count_report(tx: &mut TenantTx, item: Uuid) -> sqlx::Result<(i32, bool)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update moderation_item
            set pending_reports = pending_reports + 1, total_reports = total_reports + 1,
                status = case when hidden then status else 'PENDING' end, updated_at = now()
          where tenant_id = $1 and id = $2
          returning pending_reports, hidden",
        tenant,
        item,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.pending_reports, r.hidden))
}

/// Writes an item's decision: status, visibility, and (`reset`) no pending reports.
pub(super) async fn set_state(
    tx: &mut TenantTx,
    item: Uuid,
    status: ItemStatus,
    hidden: bool,
    reset: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update moderation_item
            set status = $3, hidden = $4,
                pending_reports = case when $5 then 0 else pending_reports end, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        item,
        status.as_str(),
        hidden,
        reset,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records a decision.
pub(super) async fn insert_action(
    tx: &mut TenantTx,
    item: Uuid,
    action: ModerationAction,
    actor: Option<Uuid>,
    note: Option<&str>,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let id = crate::new_id();
    sqlx::query!(
        "insert into moderation_action (tenant_id, id, item_id, action, actor_id, note)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        item,
        action.as_str(),
        actor,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(id)
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ItemRow>> {
    let tenant = tx.tenant();
    item_rows!("select", "where i.tenant_id = $1 and i.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<ItemRow>> {
    let tenant = tx.tenant();
    item_rows!(
        "select",
        "where i.tenant_id = $1 and i.id = $2 for update of i",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// A page of an org's queue, most recently reported or decided first.
pub(super) async fn page(
    tx: &mut TenantTx,
    org: Uuid,
    status: Option<ItemStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ItemRow>> {
    let tenant = tx.tenant();
    item_rows!(
        "select",
        "where i.tenant_id = $1 and i.org_id = $2 and ($3::text is null or i.status = $3)
            and ($4::uuid is null or i.id < $4)
          order by i.id desc limit $5",
        tenant,
        org,
        status.map(ItemStatus::as_str),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The reports of some items, oldest first.
pub(super) async fn reports(tx: &mut TenantTx, items: &[Uuid]) -> sqlx::Result<Vec<ReportRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ReportRow,
        "select r.item_id, r.reporter_id, m.name as reporter_name, r.reason, r.created_at
           from content_report r join member m on m.tenant_id = r.tenant_id and m.id = r.reporter_id
          where r.tenant_id = $1 and r.item_id = any($2)
          order by r.created_at, r.id",
        tenant,
        items,
    )
    .fetch_all(tx.conn())
    .await
}

/// The decisions about some items, oldest first.
pub(super) async fn actions(tx: &mut TenantTx, items: &[Uuid]) -> sqlx::Result<Vec<ActionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ActionRow,
        r#"select a.id, a.item_id, a.action as "action: ModerationAction", a.actor_id,
                  m.name as "actor_name?", a.note, a.created_at
             from moderation_action a
             left join member m on m.tenant_id = a.tenant_id and m.id = a.actor_id
            where a.tenant_id = $1 and a.item_id = any($2)
            order by a.created_at, a.id"#,
        tenant,
        items,
    )
    .fetch_all(tx.conn())
    .await
}

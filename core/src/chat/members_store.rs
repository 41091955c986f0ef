//! SQL of who takes part in conversations: participants, admins, groups, direct chats, mutes
//! and read cursors.

use super::store::{IN_CONVERSATION, admin};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A participant as listed to the group.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ParticipantRow {
    /// Member id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Administers the conversation (group admin or officer of its unit).
    pub is_admin: bool,
    /// Muted until (far future when until lifted); `None` when not muted.
    pub muted_until: Option<DateTime<Utc>>,
    /// Muted at all right now.
    pub muted: bool,
}

/// `m` is an active participant of conversation `c` (`$1` tenant, `$2` conversation), with
/// further joins on `m` and `c`.
fn participants_joined(join: &str) -> String {
    format!(
        "from member m join conversation c on c.tenant_id = m.tenant_id and c.id = $2 {join}
          where m.tenant_id = $1 and m.status = 'ACTIVE' and {IN_CONVERSATION}"
    )
}

fn participants_of() -> String {
    participants_joined("")
}

pub(super) async fn page(
    tx: &mut TenantTx,
    conversation: Uuid,
    offset: i64,
    limit: i64,
) -> sqlx::Result<Vec<ParticipantRow>> {
    let tenant = tx.tenant();
    let admin = admin("m.id");
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select m.id, m.name, {admin} as is_admin, mu.muted_until,
                (mu.member_id is not null) as muted
           {}
          order by 3 desc, m.name, m.id offset $3 limit $4",
        participants_joined(
            "left join conversation_mute mu on mu.tenant_id = m.tenant_id and mu.conversation_id = c.id
                and mu.member_id = m.id and (mu.muted_until is null or mu.muted_until > now())"
        )
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(offset)
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn count(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select count(*) {}",
        participants_of()
    )))
    .bind(tenant)
    .bind(conversation)
    .fetch_one(tx.conn())
    .await
}

/// Whether more than `n` members take part. Reads at most `n + 1` participants: group and
/// direct chats from their membership rows (by index), org groups by placement.
pub(super) async fn more_than(
    tx: &mut TenantTx,
    conversation: Uuid,
    kind: &str,
    n: i64,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let participants = if matches!(kind, "GROUP" | "DIRECT") {
        "select 1 from conversation_member cm
           join member m on m.tenant_id = cm.tenant_id and m.id = cm.member_id
          where cm.tenant_id = $1 and cm.conversation_id = $2 and m.status = 'ACTIVE'"
            .to_string()
    } else {
        format!("select 1 {}", participants_of())
    };
    let seen: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select count(*) from ({participants} limit $3) p"
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(n + 1)
    .fetch_one(tx.conn())
    .await?;
    Ok(seen > n)
}

/// Of `ids`, those who take part.
pub(super) async fn among(
    tx: &mut TenantTx,
    conversation: Uuid,
    ids: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select m.id {} and m.id = any($3)",
        participants_of()
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(ids)
    .fetch_all(tx.conn())
    .await
}

/// Every participant's id, in batches after `after` (for mass notifications).
pub(super) async fn ids_after(
    tx: &mut TenantTx,
    conversation: Uuid,
    after: Uuid,
    limit: i64,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select m.id {} and m.id > $3 order by m.id limit $4",
        participants_of()
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(after)
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

/// The admins (moderators) of a conversation.
pub(super) async fn admins(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select m.id {} and {}",
        participants_of(),
        admin("m.id")
    )))
    .bind(tenant)
    .bind(conversation)
    .fetch_all(tx.conn())
    .await
}

/// Read cursors of the participants.
pub(super) async fn read_cursors(
    tx: &mut TenantTx,
    conversation: Uuid,
) -> sqlx::Result<Vec<(Uuid, i64)>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select m.id, coalesce(r.last_read_seq, 0) {}",
        participants_joined(
            "left join conversation_read r on r.tenant_id = m.tenant_id and r.conversation_id = c.id
                  and r.member_id = m.id"
        )
    )))
    .bind(tenant)
    .bind(conversation)
    .fetch_all(tx.conn())
    .await
}

/// Whether a member is muted now, and until when (`None` inside: until lifted).
pub(super) async fn muted(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<Option<DateTime<Utc>>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select muted_until from conversation_mute
          where tenant_id = $1 and conversation_id = $2 and member_id = $3
            and (muted_until is null or muted_until > now())",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn mute(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
    until: Option<DateTime<Utc>>,
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "insert into conversation_mute (tenant_id, conversation_id, member_id, muted_until, muted_by)
         values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, conversation_id, member_id)
         do update set muted_until = excluded.muted_until, muted_by = excluded.muted_by, created_at = now()",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .bind(until)
    .bind(by)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn unmute(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query(
        "delete from conversation_mute where tenant_id = $1 and conversation_id = $2 and member_id = $3",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Creates a custom group or direct conversation; returns its id.
pub(super) async fn create(
    tx: &mut TenantTx,
    kind: &str,
    title: &str,
    direct_key: Option<&str>,
    created_by: Uuid,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "insert into conversation (tenant_id, id, kind, title, direct_key, created_by)
         values ($1, $2, $3, $4, $5, $6) returning id",
    )
    .bind(tenant)
    .bind(crate::new_id())
    .bind(kind)
    .bind(title)
    .bind(direct_key)
    .bind(created_by)
    .fetch_one(tx.conn())
    .await
}

/// Creates a department's joint group over its units.
pub(super) async fn create_joint(
    tx: &mut TenantTx,
    department: Uuid,
    units: &[Uuid],
    title: &str,
    created_by: Uuid,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "insert into conversation (tenant_id, id, kind, title, department_id, unit_ids, created_by)
         values ($1, $2, 'JOINT', $3, $4, $5, $6) returning id",
    )
    .bind(tenant)
    .bind(crate::new_id())
    .bind(title)
    .bind(department)
    .bind(units)
    .bind(created_by)
    .fetch_one(tx.conn())
    .await
}

/// Serialises the creation of one direct conversation until the transaction ends.
pub(super) async fn lock_key(tx: &mut TenantTx, key: &str) -> sqlx::Result<()> {
    sqlx::query("select pg_advisory_xact_lock(hashtext($1))")
        .bind(key)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// The direct conversation of a pair, if any.
pub(super) async fn direct(tx: &mut TenantTx, key: &str) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar("select id from conversation where tenant_id = $1 and direct_key = $2")
        .bind(tenant)
        .bind(key)
        .fetch_optional(tx.conn())
        .await
}

/// Active members of the tenant among `ids`.
pub(super) async fn active_members(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select id from member where tenant_id = $1 and id = any($2) and status = 'ACTIVE'",
    )
    .bind(tenant)
    .bind(ids)
    .fetch_all(tx.conn())
    .await
}

/// Adds members (existing members keep their role).
pub(super) async fn add(
    tx: &mut TenantTx,
    conversation: Uuid,
    members: &[Uuid],
    role: &str,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query(
        "insert into conversation_member (tenant_id, conversation_id, member_id, role)
         select $1, $2, unnest($3::uuid[]), $4
         on conflict (tenant_id, conversation_id, member_id) do nothing",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(members)
    .bind(role)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

pub(super) async fn remove(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query(
        "delete from conversation_member where tenant_id = $1 and conversation_id = $2 and member_id = $3",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

pub(super) async fn set_role(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
    role: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query(
        "update conversation_member set role = $4
          where tenant_id = $1 and conversation_id = $2 and member_id = $3",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .bind(role)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Group admins left after a change (a group keeps at least one).
pub(super) async fn admin_count(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select count(*) from conversation_member
          where tenant_id = $1 and conversation_id = $2 and role = 'ADMIN'",
    )
    .bind(tenant)
    .bind(conversation)
    .fetch_one(tx.conn())
    .await
}

/// Changes title, broadcast-only and the pinned notice (each only when given).
pub(super) async fn update(
    tx: &mut TenantTx,
    conversation: Uuid,
    title: Option<&str>,
    broadcast_only: Option<bool>,
    pinned_notice: Option<Option<&str>>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "update conversation set title = coalesce($3, title),
                broadcast_only = coalesce($4, broadcast_only),
                pinned_notice = case when $5 then $6 else pinned_notice end
          where tenant_id = $1 and id = $2",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(title)
    .bind(broadcast_only)
    .bind(pinned_notice.is_some())
    .bind(pinned_notice.flatten())
    .execute(tx.conn())
    .await?;
    Ok(())
}

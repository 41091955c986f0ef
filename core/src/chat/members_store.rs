//! SQL of who takes part in conversations: participants, admins, groups, direct chats, mutes
//! and read cursors.

use super::sql_store::chat_sql;
use super::{ConversationKind, MemberRole};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A participant as listed to the group.
#[derive(Debug, Clone)]
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

pub(super) async fn page(
    tx: &mut TenantTx,
    conversation: Uuid,
    offset: i64,
    limit: i64,
) -> sqlx::Result<Vec<ParticipantRow>> {
    let tenant = tx.tenant();
    chat_sql!(query_as!(
        ParticipantRow,
        [
            "select m.id, m.name, " @admin("m.id") r#" as "is_admin!", mu.muted_until,
                (mu.member_id is not null) as "muted!""#
            @participants_from
            "left join conversation_mute mu on mu.tenant_id = m.tenant_id and mu.conversation_id = c.id
                and mu.member_id = m.id and (mu.muted_until is null or mu.muted_until > now())"
            @participants_where
            " order by 3 desc, m.name, m.id offset $3 limit $4"
        ],
        tenant,
        conversation,
        offset,
        limit,
    ))
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn count(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    chat_sql!(query_scalar!(
        [r#"select count(*) as "count!""# @participants],
        tenant,
        conversation,
    ))
    .fetch_one(tx.conn())
    .await
}

/// Whether more than `n` members take part. Reads at most `n + 1` participants: group and
/// direct chats from their membership rows (by index), org groups by placement.
pub(super) async fn more_than(
    tx: &mut TenantTx,
    conversation: Uuid,
    kind: ConversationKind,
    n: i64,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let seen = if kind.has_member_rows() {
        sqlx::query_scalar!(
            r#"select count(*) as "count!" from (select 1 from conversation_member cm
                 join member m on m.tenant_id = cm.tenant_id and m.id = cm.member_id
                where cm.tenant_id = $1 and cm.conversation_id = $2 and m.status = 'ACTIVE'
                limit $3) p"#,
            tenant,
            conversation,
            n + 1,
        )
        .fetch_one(tx.conn())
        .await?
    } else {
        chat_sql!(query_scalar!(
            [r#"select count(*) as "count!" from (select 1 "# @participants " limit $3) p"],
            tenant,
            conversation,
            n + 1,
        ))
        .fetch_one(tx.conn())
        .await?
    };
    Ok(seen > n)
}

/// Of `ids`, those who take part.
pub(super) async fn among(
    tx: &mut TenantTx,
    conversation: Uuid,
    ids: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    chat_sql!(query_scalar!(
        ["select m.id" @participants " and m.id = any($3)"],
        tenant,
        conversation,
        ids,
    ))
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
    chat_sql!(query_scalar!(
        ["select m.id" @participants " and m.id > $3 order by m.id limit $4"],
        tenant,
        conversation,
        after,
        limit,
    ))
    .fetch_all(tx.conn())
    .await
}

/// The admins (moderators) of a conversation.
pub(super) async fn admins(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    chat_sql!(query_scalar!(
        ["select m.id" @participants " and " @admin("m.id")],
        tenant,
        conversation,
    ))
    .fetch_all(tx.conn())
    .await
}

/// Read cursors of the participants.
pub(super) async fn read_cursors(
    tx: &mut TenantTx,
    conversation: Uuid,
) -> sqlx::Result<Vec<(Uuid, i64)>> {
    let tenant = tx.tenant();
    let rows = chat_sql!(query!(
        [
            r#"select m.id, coalesce(r.last_read_seq, 0) as "seq!""#
            @participants_from
            "left join conversation_read r on r.tenant_id = m.tenant_id and r.conversation_id = c.id
                  and r.member_id = m.id"
            @participants_where
        ],
        tenant,
        conversation,
    ))
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.seq)).collect())
}

/// Whether a member is muted now, and until when (`None` inside: until lifted).
pub(super) async fn muted(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<Option<DateTime<Utc>>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select muted_until from conversation_mute
          where tenant_id = $1 and conversation_id = $2 and member_id = $3
            and (muted_until is null or muted_until > now())",
        tenant,
        conversation,
        member,
    )
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
    sqlx::query!(
"insert into conversation_mute (tenant_id, conversation_id, member_id, muted_until, muted_by)
         values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, conversation_id, member_id)
         do update set muted_until = excluded.muted_until, muted_by = excluded.muted_by, created_at = now()",
tenant,
conversation,
member,
until,
by,
)
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
    let done = sqlx::query!(
"delete from conversation_mute where tenant_id = $1 and conversation_id = $2 and member_id = $3",
tenant,
conversation,
member,
)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Creates a custom group or direct conversation; returns its id.
pub(super) async fn create(
    tx: &mut TenantTx,
    kind: ConversationKind,
    title: &str,
    direct_key: Option<&str>,
    created_by: Uuid,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into conversation (tenant_id, id, kind, title, direct_key, created_by)
         values ($1, $2, $3, $4, $5, $6) returning id",
        tenant,
        crate::new_id(),
        kind.as_str(),
        title,
        direct_key,
        created_by,
    )
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
    sqlx::query_scalar!(
        "insert into conversation (tenant_id, id, kind, title, department_id, unit_ids, created_by)
         values ($1, $2, 'JOINT', $3, $4, $5, $6) returning id",
        tenant,
        crate::new_id(),
        title,
        department,
        units,
        created_by,
    )
    .fetch_one(tx.conn())
    .await
}

/// Serialises the creation of one direct conversation until the transaction ends.
pub(super) async fn lock_key(tx: &mut TenantTx, key: &str) -> sqlx::Result<()> {
    sqlx::query!("select pg_advisory_xact_lock(hashtext($1))", key,)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// The direct conversation of a pair, if any.
pub(super) async fn direct(tx: &mut TenantTx, key: &str) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from conversation where tenant_id = $1 and direct_key = $2",
        tenant,
        key,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Active members of the tenant among `ids`.
pub(super) async fn active_members(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from member where tenant_id = $1 and id = any($2) and status = 'ACTIVE'",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

/// Adds members (existing members keep their role).
pub(super) async fn add(
    tx: &mut TenantTx,
    conversation: Uuid,
    members: &[Uuid],
    role: MemberRole,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into conversation_member (tenant_id, conversation_id, member_id, role)
         select $1, $2, unnest($3::uuid[]), $4
         on conflict (tenant_id, conversation_id, member_id) do nothing",
        tenant,
        conversation,
        members,
        role.as_str(),
    )
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
    let done = sqlx::query!(
"delete from conversation_member where tenant_id = $1 and conversation_id = $2 and member_id = $3",
tenant,
conversation,
member,
)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

pub(super) async fn set_role(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
    role: MemberRole,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update conversation_member set role = $4
          where tenant_id = $1 and conversation_id = $2 and member_id = $3",
        tenant,
        conversation,
        member,
        role.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Group admins left after a change (a group keeps at least one).
pub(super) async fn admin_count(tx: &mut TenantTx, conversation: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "count!" from conversation_member
          where tenant_id = $1 and conversation_id = $2 and role = 'ADMIN'"#,
        tenant,
        conversation,
    )
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
    sqlx::query!(
        "update conversation set title = coalesce($3, title),
                broadcast_only = coalesce($4, broadcast_only),
                pinned_notice = case when $5 then $6 else pinned_notice end
          where tenant_id = $1 and id = $2",
        tenant,
        conversation,
        title,
        broadcast_only,
        pinned_notice.is_some(),
        pinned_notice.flatten(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

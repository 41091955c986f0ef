//! SQL of conversations and messages.

use super::{ConversationRow, MessageRow};
use crate::db::TenantTx;
use uuid::Uuid;

/// Whether member `m` takes part in conversation `c`: org groups by where the member is placed
/// (any line or the department), joint groups by placement in any of their units, custom groups
/// and direct chats by membership rows. Placement makes membership follow the org tree.
pub(super) const IN_CONVERSATION: &str = "(
    (c.kind = 'ORG' and c.org_id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id))
 or (c.kind = 'JOINT' and array[m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id] && c.unit_ids)
 or (c.kind in ('GROUP', 'DIRECT') and exists (select 1 from conversation_member cm
        where cm.tenant_id = c.tenant_id and cm.conversation_id = c.id and cm.member_id = m.id)))";

/// Whether member `$2` (active) takes part in `c`.
const PARTICIPANT: &str = "exists (select 1 from member m
    where m.tenant_id = c.tenant_id and m.id = $2 and m.status = 'ACTIVE' and {IN})";

/// Whether member `{WHO}` administers `c`: a group admin, or an officer of the org unit(s).
const ADMIN: &str = "(
    (c.kind in ('GROUP', 'DIRECT') and exists (select 1 from conversation_member cm
        where cm.tenant_id = c.tenant_id and cm.conversation_id = c.id and cm.member_id = {WHO} and cm.role = 'ADMIN'))
 or (c.kind in ('ORG', 'JOINT') and exists (select 1 from position p
        where p.tenant_id = c.tenant_id and p.member_id = {WHO} and p.ended_at is null
          and (p.org_id = c.org_id or p.org_id = any(c.unit_ids)))))";

/// Whether the member whose id is the SQL expression `who` administers `c`.
pub(super) fn admin(who: &str) -> String {
    ADMIN.replace("{WHO}", who)
}

const COLUMNS: &str = "c.id, c.kind, c.org_id, c.department_id, c.unit_ids, c.title, c.broadcast_only,
    c.pinned_notice, c.last_seq, c.last_message_at, c.created_at,
    greatest(c.last_seq - coalesce((select r.last_read_seq from conversation_read r
        where r.tenant_id = c.tenant_id and r.conversation_id = c.id and r.member_id = $2), 0), 0) as unread";

fn participant() -> String {
    PARTICIPANT.replace("{IN}", IN_CONVERSATION)
}

fn columns() -> String {
    format!("{COLUMNS}, {} as viewer_is_admin", admin("$2"))
}

pub(super) async fn visible(
    tx: &mut TenantTx,
    member: Uuid,
    id: Uuid,
) -> sqlx::Result<Option<ConversationRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {} from conversation c where c.tenant_id = $1 and c.id = $3 and {}",
        columns(),
        participant()
    )))
    .bind(tenant)
    .bind(member)
    .bind(id)
    .fetch_optional(tx.conn())
    .await
}

/// Whether active member `member` takes part in conversation `id`: the access check alone,
/// without the columns a listing shows (replay and subscription set-up need only this).
pub(super) async fn can_read(tx: &mut TenantTx, member: Uuid, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select exists (select 1 from conversation c where c.tenant_id = $1 and c.id = $3 and {})",
        participant()
    )))
    .bind(tenant)
    .bind(member)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

/// For each `(member, conversation)` pair, by position: whether that active member takes part
/// in that conversation (one statement for a batch of subscription set-ups).
pub(super) async fn can_read_many(
    tx: &mut TenantTx,
    members: &[Uuid],
    conversations: &[Uuid],
) -> sqlx::Result<Vec<bool>> {
    let tenant = tx.tenant();
    let who = PARTICIPANT
        .replace("{IN}", IN_CONVERSATION)
        .replace("$2", "r.member_id");
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select exists (select 1 from conversation c where c.tenant_id = $1 and c.id = r.conversation_id and {who})
           from unnest($2::uuid[], $3::uuid[]) with ordinality as r(member_id, conversation_id, i)
          order by r.i"
    )))
    .bind(tenant)
    .bind(members)
    .bind(conversations)
    .fetch_all(tx.conn())
    .await
}

/// For each `(conversation, after)` pair, by position: up to `limit` messages after `after`,
/// oldest first (one statement for a batch of replays).
pub(super) async fn messages_after_many(
    tx: &mut TenantTx,
    conversations: &[Uuid],
    afters: &[i64],
    limit: i64,
) -> sqlx::Result<Vec<Vec<MessageRow>>> {
    let tenant = tx.tenant();
    use sqlx::{FromRow, Row};
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select r.i, x.* from unnest($2::uuid[], $3::bigint[]) with ordinality as r(conversation_id, after_seq, i)
           cross join lateral ({MESSAGE} where m.tenant_id = $1 and m.conversation_id = r.conversation_id
              and m.seq > r.after_seq order by m.seq limit $4) x
          order by r.i, x.seq"
    )))
    .bind(tenant)
    .bind(conversations)
    .bind(afters)
    .bind(limit)
    .fetch_all(tx.conn())
    .await?;
    let mut out = vec![Vec::new(); conversations.len()];
    for row in rows {
        let i: i64 = row.try_get("i")?;
        let slot = usize::try_from(i - 1)
            .ok()
            .and_then(|i| out.get_mut(i))
            .ok_or_else(|| sqlx::Error::Protocol("replay row outside the batch".into()))?;
        slot.push(MessageRow::from_row(&row)?);
    }
    Ok(out)
}

/// The member's conversations, newest activity first (keyset on `(last activity, id)`).
pub(super) async fn page(
    tx: &mut TenantTx,
    member: Uuid,
    after: Option<(chrono::DateTime<chrono::Utc>, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<ConversationRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {} from conversation c
          where c.tenant_id = $1 and {}
            and ($3::timestamptz is null
                 or (coalesce(c.last_message_at, c.created_at), c.id) < ($3, $4))
          order by coalesce(c.last_message_at, c.created_at) desc, c.id desc
          limit $5",
        columns(),
        participant()
    )))
    .bind(tenant)
    .bind(member)
    .bind(after.map(|a| a.0))
    .bind(after.map(|a| a.1))
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

/// A message with its author and attachment; a recalled message shows neither text nor file.
pub(super) const MESSAGE: &str =
    "select m.id, m.conversation_id, m.seq, m.author_id, a.name as author_name,
    case when m.recalled_at is null then m.body else '' end as body,
    m.reply_to_seq, m.created_at, m.recalled_at, m.recalled_by, m.mentions, m.mention_all,
    case when m.recalled_at is null then f.id end as file_id,
    case when m.recalled_at is null then f.file_name end as file_name,
    case when m.recalled_at is null then f.content_type end as file_type,
    case when m.recalled_at is null then f.byte_size end as file_size,
    case when m.recalled_at is null then f.storage_key end as file_key
    from message m join member a on a.tenant_id = m.tenant_id and a.id = m.author_id
    left join file_object f on f.tenant_id = m.tenant_id and f.id = m.file_id";

pub(super) async fn messages_before(
    tx: &mut TenantTx,
    conversation: Uuid,
    before: Option<i64>,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} where m.tenant_id = $1 and m.conversation_id = $2
            and ($3::bigint is null or m.seq < $3)
          order by m.seq desc limit $4"
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(before)
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn messages_after(
    tx: &mut TenantTx,
    conversation: Uuid,
    after: i64,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} where m.tenant_id = $1 and m.conversation_id = $2 and m.seq > $3
          order by m.seq limit $4"
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(after)
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn last_messages(
    tx: &mut TenantTx,
    conversations: &[(Uuid, i64)],
) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = conversations.iter().map(|c| c.0).collect();
    let seqs: Vec<i64> = conversations.iter().map(|c| c.1).collect();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} join unnest($2::uuid[], $3::bigint[]) as k(conversation_id, seq)
            on k.conversation_id = m.conversation_id and k.seq = m.seq
          where m.tenant_id = $1"
    )))
    .bind(tenant)
    .bind(ids)
    .bind(seqs)
    .fetch_all(tx.conn())
    .await
}

/// Locks the conversation for a send; returns `last_seq`.
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select last_seq from conversation where tenant_id = $1 and id = $2 for update",
    )
    .bind(tenant)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn by_client_id(
    tx: &mut TenantTx,
    conversation: Uuid,
    author: Uuid,
    client_id: &str,
) -> sqlx::Result<Option<MessageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} where m.tenant_id = $1 and m.conversation_id = $2 and m.author_id = $3
            and m.client_message_id = $4"
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(author)
    .bind(client_id)
    .fetch_optional(tx.conn())
    .await
}

pub(super) struct NewMessage<'a> {
    pub conversation: Uuid,
    pub seq: i64,
    pub author: Uuid,
    pub body: &'a str,
    pub client_id: &'a str,
    pub reply_to: Option<i64>,
    pub mentions: &'a [Uuid],
    pub mention_all: bool,
    pub file: Option<Uuid>,
}

pub(super) async fn insert(tx: &mut TenantTx, m: &NewMessage<'_>) -> sqlx::Result<Uuid> {
    sqlx::query("update conversation set last_seq = $3, last_message_at = now() where tenant_id = $1 and id = $2")
        .bind(tx.tenant())
        .bind(m.conversation)
        .bind(m.seq)
        .execute(tx.conn())
        .await?;
    sqlx::query_as(
        "insert into message (tenant_id, conversation_id, seq, id, author_id, body, client_message_id,
                              reply_to_seq, mentions, mention_all, file_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id",
    )
    .bind(tx.tenant())
    .bind(m.conversation)
    .bind(m.seq)
    .bind(crate::new_id())
    .bind(m.author)
    .bind(m.body)
    .bind(m.client_id)
    .bind(m.reply_to)
    .bind(m.mentions)
    .bind(m.mention_all)
    .bind(m.file)
    .fetch_one(tx.conn())
    .await
    .map(|(id,): (Uuid,)| id)
}

pub(super) async fn message(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<MessageRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} where m.tenant_id = $1 and m.id = $2"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn mark_read(
    tx: &mut TenantTx,
    conversation: Uuid,
    member: Uuid,
    seq: i64,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "insert into conversation_read (tenant_id, conversation_id, member_id, last_read_seq)
         values ($1, $2, $3, $4)
         on conflict (tenant_id, conversation_id, member_id)
         do update set last_read_seq = greatest(conversation_read.last_read_seq, excluded.last_read_seq),
                       updated_at = now()",
    )
    .bind(tenant)
    .bind(conversation)
    .bind(member)
    .bind(seq)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn message_at(
    tx: &mut TenantTx,
    conversation: Uuid,
    seq: i64,
) -> sqlx::Result<Option<MessageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE} where m.tenant_id = $1 and m.conversation_id = $2 and m.seq = $3"
    )))
    .bind(tenant)
    .bind(conversation)
    .bind(seq)
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn title(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<String> {
    let tenant = tx.tenant();
    sqlx::query_scalar("select title from conversation where tenant_id = $1 and id = $2")
        .bind(tenant)
        .bind(id)
        .fetch_one(tx.conn())
        .await
}

/// The seq of the newest message, without locking.
pub(super) async fn lock_free_last_seq(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar("select last_seq from conversation where tenant_id = $1 and id = $2")
        .bind(tenant)
        .bind(id)
        .fetch_one(tx.conn())
        .await
}

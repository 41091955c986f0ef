//! SQL of conversations and messages.

use super::sql_store::chat_sql;
use super::{ConversationKind, ConversationRow, MessageRow};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`ConversationRow`]s `c` as member `$2` sees them (`$1` is the
/// tenant), followed by the caller's literal tail (`where …`).
macro_rules! select_conversations {
    ([$($tail:tt)+] $(, $arg:expr)* $(,)?) => {
        chat_sql!(query_as!(
            ConversationRow,
            [
                r#"select c.id, c.kind as "kind: ConversationKind", c.org_id, c.department_id, c.unit_ids, c.title, c.broadcast_only,
    c.pinned_notice, c.last_seq, c.last_message_at, c.created_at,
    greatest(c.last_seq - coalesce((select r.last_read_seq from conversation_read r
        where r.tenant_id = c.tenant_id and r.conversation_id = c.id and r.member_id = $2), 0), 0) as "unread!",
    "# @admin("$2") r#" as "viewer_is_admin!" from conversation c "#
                $($tail)+
            ]
            $(, $arg)*
        ))
    };
}

pub(super) async fn visible(
    tx: &mut TenantTx,
    member: Uuid,
    id: Uuid,
) -> sqlx::Result<Option<ConversationRow>> {
    let tenant = tx.tenant();
    select_conversations!(
        ["where c.tenant_id = $1 and c.id = $3 and " @participant("$2")],
        tenant,
        member,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Whether active member `member` takes part in conversation `id`: the access check alone,
/// without the columns a listing shows (replay and subscription set-up need only this).
pub(super) async fn can_read(tx: &mut TenantTx, member: Uuid, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    chat_sql!(query_scalar!(
        [
            "select exists (select 1 from conversation c where c.tenant_id = $1 and c.id = $3 and "
            @participant("$2") r#") as "readable!""#
        ],
        tenant,
        member,
        id,
    ))
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
    chat_sql!(query_scalar!(
        [
            "select exists (select 1 from conversation c
                where c.tenant_id = $1 and c.id = r.conversation_id and "
            @participant("r.member_id")
            r#") as "readable!"
           from unnest($2::uuid[], $3::uuid[]) with ordinality as r(member_id, conversation_id, i)
          order by r.i"#
        ],
        tenant,
        members,
        conversations,
    ))
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
    let rows = chat_sql!(query!(
        [
            r#"select k.i as "i!", "# @message_columns @message_from
            "join (select r.i, x.id
                     from unnest($2::uuid[], $3::bigint[]) with ordinality as r(conversation_id, after_seq, i)
                    cross join lateral (select n.id from message n
                        where n.tenant_id = $1 and n.conversation_id = r.conversation_id
                          and n.seq > r.after_seq order by n.seq limit $4) x) k on k.id = m.id
             where m.tenant_id = $1
             order by k.i, m.seq"
        ],
        tenant,
        conversations,
        afters,
        limit,
    ))
    .fetch_all(tx.conn())
    .await?;
    let mut out = vec![Vec::new(); conversations.len()];
    for row in rows {
        let slot = usize::try_from(row.i - 1)
            .ok()
            .and_then(|i| out.get_mut(i))
            .ok_or_else(|| sqlx::Error::Protocol("replay row outside the batch".into()))?;
        slot.push(MessageRow {
            id: row.id,
            conversation_id: row.conversation_id,
            seq: row.seq,
            author_id: row.author_id,
            author_name: row.author_name,
            body: row.body,
            reply_to_seq: row.reply_to_seq,
            created_at: row.created_at,
            recalled_at: row.recalled_at,
            recalled_by: row.recalled_by,
            mentions: row.mentions,
            mention_all: row.mention_all,
            file_id: row.file_id,
            file_name: row.file_name,
            file_type: row.file_type,
            file_size: row.file_size,
            file_key: row.file_key,
        });
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
    select_conversations!(
        [
            "where c.tenant_id = $1 and " @participant("$2")
            " and ($3::timestamptz is null
                 or (coalesce(c.last_message_at, c.created_at), c.id) < ($3, $4))
          order by coalesce(c.last_message_at, c.created_at) desc, c.id desc
          limit $5"
        ],
        tenant,
        member,
        after.map(|a| a.0),
        after.map(|a| a.1),
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A checked `query_as!` of [`MessageRow`]s `m`, followed by the caller's literal tail.
macro_rules! select_messages {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        $crate::chat::sql_store::chat_sql!(query_as!(
            $crate::chat::MessageRow,
            [@messages $tail]
            $(, $arg)*
        ))
    };
}
pub(super) use select_messages;

pub(super) async fn messages_before(
    tx: &mut TenantTx,
    conversation: Uuid,
    before: Option<i64>,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    select_messages!(
        "where m.tenant_id = $1 and m.conversation_id = $2
            and ($3::bigint is null or m.seq < $3)
          order by m.seq desc limit $4",
        tenant,
        conversation,
        before,
        limit,
    )
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
    select_messages!(
        "where m.tenant_id = $1 and m.conversation_id = $2 and m.seq > $3
          order by m.seq limit $4",
        tenant,
        conversation,
        after,
        limit,
    )
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
    select_messages!(
        "join unnest($2::uuid[], $3::bigint[]) as k(conversation_id, seq)
            on k.conversation_id = m.conversation_id and k.seq = m.seq
          where m.tenant_id = $1",
        tenant,
        &ids,
        &seqs,
    )
    .fetch_all(tx.conn())
    .await
}

/// Locks the conversation for a send; returns `last_seq`.
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select last_seq from conversation where tenant_id = $1 and id = $2 for update",
        tenant,
        id,
    )
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
    select_messages!(
        "where m.tenant_id = $1 and m.conversation_id = $2 and m.author_id = $3
            and m.client_message_id = $4",
        tenant,
        conversation,
        author,
        client_id,
    )
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
    let tenant = tx.tenant();
    sqlx::query!(
        "update conversation set last_seq = $3, last_message_at = now() where tenant_id = $1 and id = $2",
        tenant,
        m.conversation,
        m.seq,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query_scalar!(
        "insert into message (tenant_id, conversation_id, seq, id, author_id, body, client_message_id,
                              reply_to_seq, mentions, mention_all, file_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id",
        tenant,
        m.conversation,
        m.seq,
        crate::new_id(),
        m.author,
        m.body,
        m.client_id,
        m.reply_to,
        m.mentions,
        m.mention_all,
        m.file,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn message(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<MessageRow> {
    let tenant = tx.tenant();
    select_messages!("where m.tenant_id = $1 and m.id = $2", tenant, id)
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
    sqlx::query!(
        "insert into conversation_read (tenant_id, conversation_id, member_id, last_read_seq)
         values ($1, $2, $3, $4)
         on conflict (tenant_id, conversation_id, member_id)
         do update set last_read_seq = greatest(conversation_read.last_read_seq, excluded.last_read_seq),
                       updated_at = now()",
        tenant,
        conversation,
        member,
        seq,
    )
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
    select_messages!(
        "where m.tenant_id = $1 and m.conversation_id = $2 and m.seq = $3",
        tenant,
        conversation,
        seq,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn title(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<String> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select title from conversation where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_one(tx.conn())
    .await
}

/// The seq of the newest message, without locking.
pub(super) async fn lock_free_last_seq(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select last_seq from conversation where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_one(tx.conn())
    .await
}

//! The SQL conditions every chat query shares (who takes part in a conversation, who
//! administers it, how a message reads), written once, and the access checks other modules
//! ask chat for.
//!
//! sqlx checks a query only when its text is a string literal (or literals joined by `+`), so
//! the shared conditions cannot be `const`s spliced in with `format!`. [`chat_sql!`] instead
//! replaces markers in a bracketed list of literals by the conditions' text before the sqlx
//! macro sees it:
//!
//! - `@in_conversation`: member `m` takes part in conversation `c`: org groups by where the
//!   member is placed (any line or the department), joint groups by placement in any of their
//!   units, custom groups and direct chats by membership rows. Placement makes membership
//!   follow the org tree.
//! - `@participant("who")`: the active member whose id is the SQL expression `who` takes part
//!   in `c`.
//! - `@admin("who")`: the member `who` administers `c`: a group admin, or an officer of the org
//!   unit(s).
//! - `@participants`: `from … where …` of the active participants `m` of conversation `$2`
//!   (`$1` is the tenant); `@participants_from` and `@participants_where` are its two halves,
//!   for queries that join more between them.
//! - `@messages`: `select … from …` of [`MessageRow`](super::MessageRow)s `m`: a message with
//!   its author and attachment; a recalled message shows neither text nor file.
//!   `@message_columns` and `@message_from` are its two halves.

use crate::db::TenantTx;
use uuid::Uuid;

/// `chat_sql!(query_as!(Row, ["select …" @marker " where …"], args…))`: runs the sqlx macro on
/// the literals with every marker (see the module documentation) replaced by its SQL.
macro_rules! chat_sql {
    ($mac:ident!($($row:path,)? [$($sql:tt)*] $(, $arg:expr)* $(,)?)) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac [$($row)?] [] [$($sql)*] [$($arg),*])
    };
    (@munch $mac:ident $row:tt $out:tt [@in_conversation $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            "((c.kind = 'ORG' and c.org_id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id))
 or (c.kind = 'JOINT' and array[m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id] && c.unit_ids)
 or (c.kind in ('GROUP', 'DIRECT') and exists (select 1 from conversation_member cm
        where cm.tenant_id = c.tenant_id and cm.conversation_id = c.id and cm.member_id = m.id)))"
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@participant($who:literal) $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            "exists (select 1 from member m where m.tenant_id = c.tenant_id and m.id = " $who
            " and m.status = 'ACTIVE' and " @in_conversation ")"
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@admin($who:literal) $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            "((c.kind in ('GROUP', 'DIRECT') and exists (select 1 from conversation_member cm
        where cm.tenant_id = c.tenant_id and cm.conversation_id = c.id and cm.member_id = " $who
            " and cm.role = 'ADMIN'))
 or (c.kind in ('ORG', 'JOINT') and exists (select 1 from position p
        where p.tenant_id = c.tenant_id and p.member_id = " $who " and p.ended_at is null
          and (p.org_id = c.org_id or p.org_id = any(c.unit_ids)))))"
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@participants $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            @participants_from @participants_where $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@participants_from $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            " from member m join conversation c on c.tenant_id = m.tenant_id and c.id = $2 "
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@participants_where $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            " where m.tenant_id = $1 and m.status = 'ACTIVE' and " @in_conversation
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@messages $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            "select " @message_columns @message_from
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@message_columns $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            r#"m.id, m.conversation_id, m.seq, m.author_id, a.name as author_name,
    case when m.recalled_at is null then m.body else '' end as "body!",
    m.reply_to_seq, m.created_at, m.recalled_at, m.recalled_by, m.mentions, m.mention_all,
    case when m.recalled_at is null then f.id end as "file_id?",
    case when m.recalled_at is null then f.file_name end as "file_name?",
    case when m.recalled_at is null then f.content_type end as "file_type?",
    case when m.recalled_at is null then f.byte_size end as "file_size?",
    case when m.recalled_at is null then f.storage_key end as "file_key?" "#
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt $out:tt [@message_from $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row $out [
            r#"from message m join member a on a.tenant_id = m.tenant_id and a.id = m.author_id
    left join file_object f on f.tenant_id = m.tenant_id and f.id = m.file_id "#
            $($rest)*
        ] $args)
    };
    (@munch $mac:ident $row:tt [$($out:tt)*] [$lit:literal $($rest:tt)*] $args:tt) => {
        $crate::chat::sql_store::chat_sql!(@munch $mac $row [$($out)* $lit +] [$($rest)*] $args)
    };
    (@munch $mac:ident [$($row:path)?] [$($out:tt)*] [] [$($arg:expr),*]) => {
        sqlx::$mac!($($row,)? $($out)* "" $(, $arg)*)
    };
}
pub(super) use chat_sql;

/// Whether active member `member` may read file `file` because it is attached to a message
/// (not recalled) of a conversation they take part in.
pub(super) async fn file_in_visible_message(
    tx: &mut TenantTx,
    member: Uuid,
    file: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    chat_sql!(query_scalar!(
        [
            r#"select exists (select 1 from message msg
                 join conversation c on c.tenant_id = msg.tenant_id and c.id = msg.conversation_id
                where msg.tenant_id = $1 and msg.file_id = $3 and msg.recalled_at is null
                  and "# @participant("$2") r#") as "readable!""#
        ],
        tenant,
        member,
        file,
    ))
    .fetch_one(tx.conn())
    .await
}

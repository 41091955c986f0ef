//! SQL of recall, reports, the tenant's sensitive words and search.

use super::MessageRow;
use super::WordAction;
use super::rules::Word;
use crate::db::TenantTx;
use uuid::Uuid;

/// Erases a message's text and attachment for everyone; the row and its seq stay.
pub(super) async fn recall(
    tx: &mut TenantTx,
    conversation: Uuid,
    seq: i64,
    by: Uuid,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update message set body = '', file_id = null, mentions = '{}', mention_all = false,
                recalled_at = now(), recalled_by = $4
          where tenant_id = $1 and conversation_id = $2 and seq = $3 and recalled_at is null
          returning id",
        tenant,
        conversation,
        seq,
        by,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Records a report; a second report of the same message by the same member is the first.
/// Returns whether it is new.
pub(super) async fn report(
    tx: &mut TenantTx,
    conversation: Uuid,
    seq: i64,
    reporter: Uuid,
    reason: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into message_report (tenant_id, id, conversation_id, seq, reporter_id, reason)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, conversation_id, seq, reporter_id) do nothing",
        tenant,
        crate::new_id(),
        conversation,
        seq,
        reporter,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn words(tx: &mut TenantTx) -> sqlx::Result<Vec<Word>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Word,
        r#"select word, action as "action: WordAction" from chat_word
            where tenant_id = $1 order by word"#,
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn set_word(
    tx: &mut TenantTx,
    word: &str,
    action: WordAction,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into chat_word (tenant_id, word, action) values ($1, $2, $3)
         on conflict (tenant_id, word) do update set action = excluded.action",
        tenant,
        word,
        action.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn remove_word(tx: &mut TenantTx, word: &str) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "delete from chat_word where tenant_id = $1 and word = $2",
        tenant,
        word,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Messages whose text matches `pattern` (a LIKE pattern), newest first, before `before`.
pub(super) async fn search(
    tx: &mut TenantTx,
    conversation: Uuid,
    pattern: &str,
    before: Option<i64>,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let tenant = tx.tenant();
    super::store::select_messages!(
        "where m.tenant_id = $1 and m.conversation_id = $2 and m.recalled_at is null
            and m.body ilike $3 and ($4::bigint is null or m.seq < $4)
          order by m.seq desc limit $5",
        tenant,
        conversation,
        pattern,
        before,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The conversation of a message.
pub(super) async fn conversation_of(
    tx: &mut TenantTx,
    message: Uuid,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select conversation_id from message where tenant_id = $1 and id = $2",
        tenant,
        message,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Marks a message recalled without erasing it (moderation hides it; reads show neither text
/// nor file). Returns its conversation when it changed.
pub(super) async fn hide(
    tx: &mut TenantTx,
    message: Uuid,
    by: Option<Uuid>,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update message set recalled_at = now(), recalled_by = $3
          where tenant_id = $1 and id = $2 and recalled_at is null
          returning conversation_id",
        tenant,
        message,
        by,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Shows a message hidden by moderation again; a message whose text was erased by a recall
/// stays recalled. Returns its conversation when it changed.
pub(super) async fn unhide(tx: &mut TenantTx, message: Uuid) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update message set recalled_at = null, recalled_by = null
          where tenant_id = $1 and id = $2 and recalled_at is not null and body <> ''
          returning conversation_id",
        tenant,
        message,
    )
    .fetch_optional(tx.conn())
    .await
}

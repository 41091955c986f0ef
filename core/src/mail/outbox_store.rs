//! The worker's side of `mail_outbox`, on the system pool: a send job reads its row and
//! records the outcome, whichever tenant the email belongs to.
//!
//! This store sits under `mail` rather than in `system` so that `system` may enqueue email
//! without the mail module depending back on `system`.

use super::OutboxRow;
use crate::db::Db;

/// The outbox row with `key`.
pub(super) async fn row(db: &Db, key: &str) -> sqlx::Result<Option<OutboxRow>> {
    sqlx::query_as!(
        OutboxRow,
        "select key, to_addr, subject, text_body, html_body, unsubscribe_url, sent_at
           from mail_outbox where key = $1",
        key,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

/// Marks the row sent.
pub(super) async fn sent(db: &Db, key: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null
          where key = $1",
        key,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

/// Counts a failed attempt with its error.
pub(super) async fn failed(db: &Db, key: &str, error: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "update mail_outbox set attempts = attempts + 1, last_error = $2 where key = $1",
        key,
        error,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

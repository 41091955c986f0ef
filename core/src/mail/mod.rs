//! Email: rendered in the business transaction into `mail_outbox`, sent by the worker.
//!
//! Every email has a stable key; its Message-ID derives from the key, so a send retried after
//! a crash is recognisable as the same message.

mod outbox_store;
pub mod templates;
mod transport;

pub use transport::Mailer;

use sha2::{Digest, Sha256};
use sqlx::PgConnection;

/// The job that sends one outbox row.
pub const SEND_TASK: &str = "send_mail";

/// A rendered email.
#[derive(Debug, Clone)]
pub struct Mail {
    /// Idempotency key, e.g. `invitation:<id>`.
    pub key: String,
    /// Recipient address.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
    /// Bulk mail (digests, mass notices) waits behind transactional mail (invitations,
    /// password resets), which people are waiting for.
    pub bulk: bool,
    /// One-click unsubscribe URL (RFC 8058) for mail people subscribed to, such as digests.
    pub unsubscribe: Option<String>,
}

/// Payload of [`SEND_TASK`].
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SendMail {
    /// The outbox key.
    pub key: String,
}

/// Writes the email to the outbox and enqueues its sending, in the caller's transaction.
/// Writing the same key twice keeps the first email.
/// Takes a plain connection: a password-reset email is sent before any tenant is known.
pub async fn enqueue(conn: &mut PgConnection, mail: &Mail) -> sqlx::Result<()> {
    let priority: i32 = if mail.bulk { 10 } else { 0 };
    sqlx::query!(
        "select tongxin_enqueue_mail($1, $2, $3, $4, $5, $6, $7)",
        &mail.key,
        &mail.to,
        &mail.subject,
        &mail.text,
        &mail.html,
        priority,
        mail.unsubscribe.as_deref(),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The Message-ID of the email with this key.
pub fn message_id(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    format!("<{}@mail.tongxin>", hex::encode(&digest[..16]))
}

/// An outbox row to send.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    /// Key.
    pub key: String,
    /// Recipient.
    pub to_addr: String,
    /// Subject.
    pub subject: String,
    /// Plain text.
    pub text_body: String,
    /// HTML.
    pub html_body: String,
    /// One-click unsubscribe URL, if any.
    pub unsubscribe_url: Option<String>,
    /// Already sent.
    pub sent_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Sends the outbox row with `key` unless it was sent already; marks it sent afterwards.
///
/// A crash between the send and the mark sends it again on retry, with the same Message-ID.
pub async fn deliver(db: &crate::Db, mailer: &Mailer, key: &str) -> anyhow::Result<()> {
    let Some(row) = outbox_store::row(db, key).await? else {
        anyhow::bail!("no outbox row {key}");
    };
    if row.sent_at.is_some() {
        return Ok(());
    }
    match mailer.send(&row, &message_id(key)).await {
        Ok(()) => {
            outbox_store::sent(db, key).await?;
            Ok(())
        }
        Err(e) => {
            outbox_store::failed(db, key, &e.to_string()).await?;
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_id_is_stable_per_key_and_differs_between_keys() {
        assert_eq!(message_id("invitation:1"), message_id("invitation:1"));
        assert_ne!(message_id("invitation:1"), message_id("invitation:2"));
        assert!(message_id("x").starts_with('<') && message_id("x").ends_with("@mail.tongxin>"));
    }
}

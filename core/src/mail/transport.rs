//! SMTP when `mail.smtp_url` is set, otherwise `.eml` files under `$data_dir/mail`.

use super::OutboxRow;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        MultiPart,
        header::{HeaderName, HeaderValue},
    },
};
use std::path::PathBuf;

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    /// A real SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in a directory.
    File(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Mailer {
    /// Builds the transport from configuration.
    pub fn from_config(smtp_url: Option<&str>, data_dir: &std::path::Path) -> anyhow::Result<Self> {
        match smtp_url.filter(|u| !u.is_empty()) {
            Some(url) => Ok(Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build(),
            )),
            None => {
                let dir = data_dir.join("mail");
                std::fs::create_dir_all(&dir)?;
                Ok(Mailer::File(AsyncFileTransport::new(&dir), dir))
            }
        }
    }

    /// Sends one outbox row with the given Message-ID.
    pub async fn send(&self, row: &OutboxRow, message_id: &str) -> anyhow::Result<()> {
        let mut builder = Message::builder()
            .from("同心 Tongxin <no-reply@tongxin.cn>".parse()?)
            .to(row.to_addr.parse()?)
            .subject(&row.subject)
            .message_id(Some(message_id.to_string()));
        if let Some(url) = &row.unsubscribe_url {
            // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the URL.
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_string(),
                ));
        }
        let message = builder.multipart(MultiPart::alternative_plain_html(
            row.text_body.clone(),
            row.html_body.clone(),
        ))?;
        match self {
            Mailer::Smtp(t) => {
                t.send(message).await?;
            }
            Mailer::File(t, _) => {
                t.send(message).await?;
            }
        }
        Ok(())
    }
}

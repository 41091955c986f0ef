//! Signed links in emails (one-click unsubscribe now): a payload and its HMAC-SHA256 under the
//! platform's link key, which never leaves the database except to sign and verify here.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use serde::{Serialize, de::DeserializeOwned};
use sha2::Sha256;
use std::sync::Arc;
use tokio::sync::OnceCell;

/// Signs and verifies link tokens; the key is read from the database once per process.
#[derive(Clone, Default)]
pub struct Links {
    key: Arc<OnceCell<Vec<u8>>>,
}

impl std::fmt::Debug for Links {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Links")
    }
}

/// Why a link token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LinkError {
    /// Not two base64url parts, or the payload is not what the purpose expects.
    #[error("malformed link")]
    Malformed,
    /// The signature does not match: tampered, or signed under another key.
    #[error("bad signature")]
    BadSignature,
}

impl Links {
    async fn key(&self, db: &crate::Db) -> sqlx::Result<&[u8]> {
        self.key
            .get_or_try_init(|| crate::system::link_key(db))
            .await
            .map(Vec::as_slice)
    }

    /// A token carrying `payload`, signed for `purpose`.
    pub async fn sign<P: Serialize>(
        &self,
        db: &crate::Db,
        purpose: &str,
        payload: &P,
    ) -> sqlx::Result<String> {
        let key = self.key(db).await?;
        let body = serde_json::to_vec(payload).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        Ok(sign_with(key, purpose, &body))
    }

    /// The payload of a token signed for `purpose`.
    pub async fn verify<P: DeserializeOwned>(
        &self,
        db: &crate::Db,
        purpose: &str,
        token: &str,
    ) -> crate::AppResult<Result<P, LinkError>> {
        let key = self.key(db).await?;
        Ok(verify_with(key, purpose, token)
            .and_then(|body| serde_json::from_slice(&body).map_err(|_| LinkError::Malformed)))
    }
}

fn mac(key: &[u8], purpose: &str, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    // The purpose is part of what is signed: a token for one use cannot be replayed for another.
    mac.update(purpose.as_bytes());
    mac.update(b"\n");
    mac.update(body);
    mac
}

/// `base64url(body).base64url(hmac(purpose, body))`.
pub fn sign_with(key: &[u8], purpose: &str, body: &[u8]) -> String {
    let tag = mac(key, purpose, body).finalize().into_bytes();
    format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(body),
        URL_SAFE_NO_PAD.encode(tag)
    )
}

/// The body of a token when its signature holds for `purpose` (compared in constant time).
pub fn verify_with(key: &[u8], purpose: &str, token: &str) -> Result<Vec<u8>, LinkError> {
    let (body, tag) = token.split_once('.').ok_or(LinkError::Malformed)?;
    let body = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| LinkError::Malformed)?;
    let tag = URL_SAFE_NO_PAD
        .decode(tag)
        .map_err(|_| LinkError::Malformed)?;
    mac(key, purpose, &body)
        .verify_slice(&tag)
        .map_err(|_| LinkError::BadSignature)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn a_signed_token_verifies_and_returns_its_body() {
        let token = sign_with(KEY, "unsubscribe", b"{\"m\":1}");
        assert_eq!(
            verify_with(KEY, "unsubscribe", &token).unwrap(),
            b"{\"m\":1}"
        );
    }

    #[test]
    fn a_changed_body_another_purpose_or_another_key_is_refused() {
        let token = sign_with(KEY, "unsubscribe", b"{\"m\":1}");
        let (_, tag) = token.split_once('.').unwrap();
        let forged = format!("{}.{tag}", URL_SAFE_NO_PAD.encode(b"{\"m\":2}"));
        assert_eq!(
            verify_with(KEY, "unsubscribe", &forged),
            Err(LinkError::BadSignature)
        );
        assert_eq!(
            verify_with(KEY, "download", &token),
            Err(LinkError::BadSignature)
        );
        assert_eq!(
            verify_with(b"another key of 32 bytes or so!!!", "unsubscribe", &token),
            Err(LinkError::BadSignature)
        );
    }

    #[test]
    fn garbage_is_malformed_not_a_panic() {
        assert_eq!(verify_with(KEY, "x", ""), Err(LinkError::Malformed));
        assert_eq!(verify_with(KEY, "x", "a.b.c"), Err(LinkError::Malformed));
        assert_eq!(verify_with(KEY, "x", "%%.%%"), Err(LinkError::Malformed));
    }
}

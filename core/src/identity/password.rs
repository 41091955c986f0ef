//! Password hashing with argon2id, off the async runtime and bounded in concurrency.

use crate::{AppError, AppResult};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// Hashes and verifies passwords on blocking threads, a few at a time.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

/// A hash of a password nobody has, verified for unknown accounts so that their timing
/// matches that of known ones.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        Argon2::default()
            .hash_password(b"decoy password that matches nothing")
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

impl Hasher {
    /// A hasher running at most `concurrency` hashes at once.
    pub fn new(concurrency: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
        }
    }

    /// The argon2id PHC string of `password`.
    pub async fn hash(&self, password: &str) -> AppResult<String> {
        let password = password.to_owned();
        self.run(move || {
            Argon2::default()
                .hash_password(password.as_bytes())
                .map(|h| h.to_string())
                .map_err(|e| AppError::Internal(anyhow::anyhow!("hashing failed: {e}")))
        })
        .await
    }

    /// Whether `password` matches `stored`; with `None`, spends the same time and says no.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> AppResult<bool> {
        let password = password.to_owned();
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| decoy_hash()).to_owned();
        self.run(move || {
            let ok = Argon2::default()
                .verify_password(password.as_bytes(), stored.as_str())
                .is_ok();
            Ok(ok && known)
        })
        .await
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> AppResult<T> + Send + 'static,
    ) -> AppResult<T> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| AppError::Internal(e.into()))?
    }
}

/// Checks a new password against the policy: 8–128 characters with letters and digits.
pub fn check_policy(field: &str, password: &str) -> AppResult<()> {
    let len = password.chars().count();
    if len < 8 {
        return Err(AppError::field(field, "密码至少需要 8 个字符"));
    }
    if len > 128 {
        return Err(AppError::field(field, "密码不能超过 128 个字符"));
    }
    let letters = password.chars().any(|c| c.is_alphabetic());
    let digits = password.chars().any(|c| c.is_ascii_digit());
    if !(letters && digits) {
        return Err(AppError::field(field, "密码需同时包含字母和数字"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hasher = Hasher::new(1);
        let stored = hasher.hash("s3cret-pass").await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(hasher.verify("s3cret-pass", Some(&stored)).await.unwrap());
        assert!(!hasher.verify("other-pass1", Some(&stored)).await.unwrap());
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        let hasher = Hasher::new(1);
        assert!(
            !hasher
                .verify("decoy password that matches nothing", None)
                .await
                .unwrap()
        );
    }

    #[test]
    fn short_or_single_class_passwords_are_refused_with_a_reason() {
        assert!(check_policy("p", "abc123").is_err());
        assert!(check_policy("p", "abcdefghij").is_err());
        assert!(check_policy("p", "1234567890").is_err());
        assert!(check_policy("p", "abcd1234").is_ok());
    }
}

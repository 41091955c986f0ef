//! Opaque secrets: session tokens, API keys, invitation and reset tokens.
//!
//! Only the sha256 of a token is stored; the token itself is shown once.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};

/// A fresh 32-byte random token, URL-safe, with a readable prefix (`txs_`, `txk_`, …).
pub fn generate(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The stored form of a token.
pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Prefix of session tokens.
pub const SESSION: &str = "txs_";
/// Prefix of API keys.
pub const API_KEY: &str = "txk_";
/// Prefix of invitation tokens.
pub const INVITATION: &str = "txi_";
/// Prefix of password-reset tokens.
pub const RESET: &str = "txr_";
/// Prefix of platform-operator session tokens.
pub const OPERATOR: &str = "txo_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_prefixed_and_hash_to_32_bytes() {
        let a = generate(SESSION);
        let b = generate(SESSION);
        assert_ne!(a, b);
        assert!(a.starts_with("txs_"));
        assert_eq!(a.len(), 4 + 43);
        assert_eq!(digest(&a).len(), 32);
        assert_ne!(digest(&a), digest(&b));
    }
}

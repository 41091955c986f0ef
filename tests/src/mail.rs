//! The SMTP sink `make test` runs: a maildir every delivered message lands in.

use std::path::PathBuf;

/// The sink's maildir (`TONGXIN_TEST_MAILDIR`).
pub fn maildir() -> PathBuf {
    PathBuf::from(std::env::var("TONGXIN_TEST_MAILDIR").expect("make test provides an SMTP sink"))
}

/// Every message in the sink, raw, in no particular order.
pub fn messages() -> Vec<String> {
    let mut found = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(maildir().join(sub)) {
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    found.push(text);
                }
            }
        }
    }
    found
}

/// Every message in the sink whose raw text (headers and encoded body) contains `needle`.
pub fn containing(needle: &str) -> Vec<String> {
    messages()
        .into_iter()
        .filter(|m| m.contains(needle))
        .collect()
}

/// How many messages in the sink have `needle` in their decoded text/plain part.
pub fn count_mentioning(needle: &str) -> usize {
    messages()
        .iter()
        .filter(|m| plain_text(m).contains(needle))
        .count()
}

/// The decoded text/plain part of a message as lettre writes it (base64).
pub fn plain_text(message: &str) -> String {
    use base64::Engine;
    let normalized = message.replace("\r\n", "\n");
    let Some(start) = normalized.find("Content-Type: text/plain") else {
        return normalized;
    };
    let rest = &normalized[start..];
    let body_start = rest.find("\n\n").map(|i| i + 2).unwrap_or(0);
    let encoded: String = rest[body_start..]
        .lines()
        .take_while(|l| !l.starts_with("--"))
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

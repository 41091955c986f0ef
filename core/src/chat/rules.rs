//! Pure rules of messages.

use crate::AppError;
use uuid::Uuid;

/// Longest message, in characters.
pub const MAX_BODY: usize = 2000;

/// A message body: trimmed, not empty, at most [`MAX_BODY`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body(String);

impl Body {
    /// Parses user input.
    pub fn parse(input: &str) -> Result<Self, AppError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(AppError::field("body", "消息不能为空"));
        }
        let n = t.chars().count();
        if n > MAX_BODY {
            return Err(AppError::field(
                "body",
                format!("消息最多 {MAX_BODY} 字，当前 {n} 字"),
            ));
        }
        Ok(Self(t.to_string()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A client's idempotency key: 1–100 printable characters.
pub fn client_message_id(input: &str) -> Result<&str, AppError> {
    let t = input.trim();
    if t.is_empty() || t.len() > 100 || t.chars().any(char::is_control) {
        return Err(AppError::field(
            "clientMessageId",
            "clientMessageId 应为 1–100 个可见字符",
        ));
    }
    Ok(t)
}

/// The key that makes a pair of members share one direct conversation.
pub fn direct_key(a: Uuid, b: Uuid) -> String {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    format!("{lo}:{hi}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_trimmed_and_bounded_with_a_clear_message() {
        assert_eq!(Body::parse("  你好 ").unwrap().as_str(), "你好");
        assert!(Body::parse("   ").is_err());
        assert!(Body::parse(&"党".repeat(MAX_BODY)).is_ok());
        let long = Body::parse(&"党".repeat(MAX_BODY + 1)).unwrap_err();
        assert!(format!("{long:?}").contains("2001"));
    }

    #[test]
    fn a_pair_has_one_direct_key_whichever_way_round() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(direct_key(a, b), direct_key(b, a));
        assert!(client_message_id("c-1").is_ok());
        assert!(client_message_id("").is_err());
        assert!(client_message_id(&"x".repeat(101)).is_err());
    }
}

//! Pure rules of messages.

use super::WordAction;
use crate::AppError;
use chrono::{DateTime, Duration, Utc};
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

    /// Parses the text of a message that carries an attachment: it may be empty.
    pub fn parse_caption(input: &str) -> Result<Self, AppError> {
        if input.trim().is_empty() {
            return Ok(Self(String::new()));
        }
        Self::parse(input)
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

/// How long senders may recall their own messages; group admins may recall at any time.
pub const RECALL_WINDOW_SECONDS: i64 = 120;

/// Whether a message may be recalled by this viewer now.
pub fn may_recall(
    is_author: bool,
    is_admin: bool,
    sent_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if is_admin {
        return Ok(());
    }
    if !is_author {
        return Err(AppError::Denied("只能撤回自己发送的消息".into()));
    }
    if now - sent_at > Duration::seconds(RECALL_WINDOW_SECONDS) {
        return Err(AppError::Denied(
            "消息发出已超过 2 分钟，不能撤回；如需处理请联系群管理员".into(),
        ));
    }
    Ok(())
}

/// A sensitive word of the tenant's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word (matched ignoring ASCII case).
    pub word: String,
    /// Block or mask.
    pub action: WordAction,
}

/// Parses a word for the list: trimmed, 1–50 characters.
pub fn word(input: &str) -> Result<String, AppError> {
    let t = input.trim();
    if t.is_empty() || t.chars().count() > 50 {
        return Err(AppError::field("word", "敏感词应为 1–50 个字"));
    }
    Ok(t.to_string())
}

/// Applies the tenant's list: a blocked word refuses the message and names the word, masked
/// words become asterisks.
pub fn moderate(body: &str, words: &[Word]) -> Result<String, AppError> {
    let lower = body.to_ascii_lowercase();
    if let Some(w) = words
        .iter()
        .find(|w| w.action == WordAction::Block && lower.contains(&w.word.to_ascii_lowercase()))
    {
        return Err(AppError::field(
            "body",
            format!("消息含有本单位禁止发送的词语「{}」，请修改后再发送", w.word),
        ));
    }
    let mut out = body.to_string();
    for w in words.iter().filter(|w| w.action == WordAction::Mask) {
        let needle = w.word.to_ascii_lowercase();
        if needle.is_empty() {
            continue;
        }
        let stars = "*".repeat(w.word.chars().count());
        // ASCII lowercasing keeps byte offsets, so positions found in the lowered copy hold.
        let mut from = 0;
        while let Some(i) = out.to_ascii_lowercase()[from..].find(&needle) {
            let at = from + i;
            out.replace_range(at..at + needle.len(), &stars);
            from = at + stars.len();
        }
    }
    Ok(out)
}

/// A group title: trimmed, 1–100 characters.
pub fn title(input: &str) -> Result<String, AppError> {
    let t = input.trim();
    if t.is_empty() || t.chars().count() > 100 {
        return Err(AppError::field("title", "群名称应为 1–100 个字"));
    }
    Ok(t.to_string())
}

/// A pinned notice: empty clears it, at most 2000 characters.
pub fn pinned_notice(input: &str) -> Result<Option<String>, AppError> {
    let t = input.trim();
    if t.chars().count() > 2000 {
        return Err(AppError::field("pinnedNotice", "群公告最多 2000 字"));
    }
    Ok((!t.is_empty()).then(|| t.to_string()))
}

/// A report's reason: 1–500 characters.
pub fn report_reason(input: &str) -> Result<String, AppError> {
    let t = input.trim();
    if t.is_empty() || t.chars().count() > 500 {
        return Err(AppError::field("reason", "请填写举报理由（最多 500 字）"));
    }
    Ok(t.to_string())
}

/// Longest mute, in minutes (30 days); no duration mutes until lifted.
pub const MAX_MUTE_MINUTES: i32 = 43_200;

/// When a mute of `minutes` ends (`None`: until lifted).
pub fn mute_until(
    now: DateTime<Utc>,
    minutes: Option<i32>,
) -> Result<Option<DateTime<Utc>>, AppError> {
    match minutes {
        None => Ok(None),
        Some(m) if (1..=MAX_MUTE_MINUTES).contains(&m) => {
            Ok(Some(now + Duration::minutes(i64::from(m))))
        }
        Some(_) => Err(AppError::field(
            "minutes",
            format!("禁言时长应为 1–{MAX_MUTE_MINUTES} 分钟，或不填表示直到解除"),
        )),
    }
}

/// A search query inside a conversation: 1–50 characters, as a LIKE pattern matching it
/// literally anywhere.
pub fn search_pattern(input: &str) -> Result<String, AppError> {
    let t = input.trim();
    if t.is_empty() || t.chars().count() > 50 {
        return Err(AppError::field("query", "搜索词应为 1–50 个字"));
    }
    let escaped: String = t
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    Ok(format!("%{escaped}%"))
}

/// Largest group that shows "read by N of M" on its messages.
pub const READ_COUNT_MAX_MEMBERS: i64 = 50;

/// How many members other than the author have read up to `seq`.
pub fn read_by(seq: i64, author: Uuid, cursors: &[(Uuid, i64)]) -> i64 {
    cursors
        .iter()
        .filter(|(m, read)| *m != author && *read >= seq)
        .count() as i64
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

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + s, 0).unwrap()
    }

    #[test]
    fn senders_recall_within_two_minutes_and_admins_at_any_time() {
        assert!(may_recall(true, false, t(0), t(120)).is_ok());
        assert!(may_recall(true, false, t(0), t(121)).is_err());
        assert!(may_recall(false, false, t(0), t(1)).is_err());
        assert!(may_recall(false, true, t(0), t(86_400)).is_ok());
    }

    fn words() -> Vec<Word> {
        vec![
            Word {
                word: "赌博".into(),
                action: WordAction::Block,
            },
            Word {
                word: "傻".into(),
                action: WordAction::Mask,
            },
            Word {
                word: "Spam".into(),
                action: WordAction::Mask,
            },
        ]
    }

    #[test]
    fn a_blocked_word_refuses_the_message_and_names_the_word() {
        let e = moderate("周末一起赌博吗", &words()).unwrap_err();
        assert!(e.to_string().contains("赌博"));
    }

    #[test]
    fn masked_words_become_asterisks_ignoring_ascii_case() {
        assert_eq!(moderate("你好傻，傻", &words()).unwrap(), "你好*，*");
        assert_eq!(
            moderate("no SPAM or spam", &words()).unwrap(),
            "no **** or ****"
        );
        assert_eq!(moderate("正常消息", &words()).unwrap(), "正常消息");
    }

    #[test]
    fn mutes_are_bounded_or_until_lifted() {
        assert_eq!(mute_until(t(0), None).unwrap(), None);
        assert_eq!(mute_until(t(0), Some(10)).unwrap(), Some(t(600)));
        assert!(mute_until(t(0), Some(0)).is_err());
        assert!(mute_until(t(0), Some(MAX_MUTE_MINUTES + 1)).is_err());
    }

    #[test]
    fn a_search_matches_wildcards_literally() {
        assert_eq!(search_pattern(" 100%_a ").unwrap(), "%100\\%\\_a%");
        assert!(search_pattern("  ").is_err());
    }

    #[test]
    fn read_counts_leave_out_the_author_and_those_behind() {
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let cursors = [(a, 9), (b, 5), (c, 4)];
        assert_eq!(read_by(5, a, &cursors), 1);
        assert_eq!(read_by(4, c, &cursors), 2);
    }

    #[test]
    fn titles_notices_and_reasons_are_bounded() {
        assert!(title(" 支部活动群 ").is_ok());
        assert!(title("").is_err());
        assert_eq!(pinned_notice("  ").unwrap(), None);
        assert!(pinned_notice(&"x".repeat(2001)).is_err());
        assert!(report_reason("").is_err());
        assert!(Body::parse_caption("").is_ok());
    }
}

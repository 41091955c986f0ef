//! The rules of ideas, pure: which status each handling step leads to, what a decision needs,
//! when supports are taken, and how text inputs are checked.

use super::model::IdeaStatus;
use crate::{AppError, AppResult};

/// Longest title.
pub const MAX_TITLE: usize = 100;
/// Longest body.
pub const MAX_BODY: usize = 5000;
/// Longest reason or note.
pub const MAX_REASON: usize = 2000;
/// Longest comment.
pub const MAX_COMMENT: usize = 500;

/// What a handler does to an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// 研究: start looking at it.
    Review,
    /// 采纳.
    Adopt,
    /// 不采纳 (with a reason).
    Reject,
    /// 落实: the adopted idea was carried out.
    Implement,
}

impl Action {
    /// The Chinese verb, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Action::Review => "开始研究",
            Action::Adopt => "采纳",
            Action::Reject => "不予采纳",
            Action::Implement => "标记为已落实",
        }
    }
}

/// The status `action` leads to from `from`, or the message refusing it.
pub fn transition(from: IdeaStatus, action: Action) -> Result<IdeaStatus, String> {
    use IdeaStatus::*;
    let to = match (action, from) {
        (Action::Review, Submitted) => UnderReview,
        (Action::Adopt, UnderReview) => Adopted,
        (Action::Reject, UnderReview) => NotAdopted,
        (Action::Implement, Adopted) => Implemented,
        _ => {
            return Err(format!(
                "该建议当前为“{}”，不能{}",
                from.label(),
                action.label()
            ));
        }
    };
    Ok(to)
}

/// The decision's action and its reason: a reason is required when not adopted, optional
/// when adopted.
pub fn decision(adopted: bool, reason: Option<String>) -> AppResult<(Action, Option<String>)> {
    match (adopted, reason) {
        (true, r) => Ok((Action::Adopt, r)),
        (false, Some(r)) => Ok((Action::Reject, Some(r))),
        (false, None) => Err(AppError::field("reason", "不予采纳时须说明理由")),
    }
}

/// Whether supports are taken (or withdrawn) in this status: while the idea is still open.
pub fn takes_support(status: IdeaStatus) -> bool {
    matches!(status, IdeaStatus::Submitted | IdeaStatus::UnderReview)
}

/// A text input: trimmed, at most `max` characters, without control characters (line breaks
/// and tabs allowed where `multiline`); `None` when empty.
pub fn text(field: &str, raw: &str, max: usize, multiline: bool) -> AppResult<Option<String>> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if s.chars()
        .any(|c| (c.is_control() && !allowed(c)) || matches!(c, '\u{fffe}' | '\u{ffff}'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(Some(s.to_string()))
}

/// Like [`text`], but required.
pub fn required(field: &str, raw: &str, max: usize, multiline: bool) -> AppResult<String> {
    text(field, raw, max, multiline)?.ok_or_else(|| AppError::field(field, "不能为空"))
}

/// Like [`text`] for an optional input.
pub fn optional(field: &str, raw: Option<&str>, max: usize) -> AppResult<Option<String>> {
    raw.map(|r| text(field, r, max, true))
        .transpose()
        .map(Option::flatten)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdeaStatus::*;

    #[test]
    fn review_starts_only_from_submitted() {
        assert_eq!(transition(Submitted, Action::Review), Ok(UnderReview));
        for s in [UnderReview, Adopted, NotAdopted, Implemented] {
            assert!(transition(s, Action::Review).is_err(), "{s}");
        }
    }

    #[test]
    fn a_decision_is_taken_only_under_review() {
        assert_eq!(transition(UnderReview, Action::Adopt), Ok(Adopted));
        assert_eq!(transition(UnderReview, Action::Reject), Ok(NotAdopted));
        for s in [Submitted, Adopted, NotAdopted, Implemented] {
            assert!(transition(s, Action::Adopt).is_err(), "{s}");
            assert!(transition(s, Action::Reject).is_err(), "{s}");
        }
    }

    #[test]
    fn only_an_adopted_idea_is_implemented() {
        assert_eq!(transition(Adopted, Action::Implement), Ok(Implemented));
        for s in [Submitted, UnderReview, NotAdopted, Implemented] {
            assert!(transition(s, Action::Implement).is_err(), "{s}");
        }
    }

    #[test]
    fn the_refusal_names_the_status_and_the_action() {
        let message = transition(NotAdopted, Action::Adopt).unwrap_err();
        assert!(
            message.contains("未采纳") && message.contains("采纳"),
            "{message}"
        );
    }

    #[test]
    fn not_adopting_requires_a_reason_and_adopting_does_not() {
        assert!(decision(false, None).is_err());
        assert_eq!(
            decision(false, Some("预算不足".into())).unwrap(),
            (Action::Reject, Some("预算不足".into()))
        );
        assert_eq!(decision(true, None).unwrap(), (Action::Adopt, None));
    }

    #[test]
    fn supports_are_taken_while_the_idea_is_open() {
        assert!(takes_support(Submitted));
        assert!(takes_support(UnderReview));
        assert!(!takes_support(Adopted));
        assert!(!takes_support(NotAdopted));
        assert!(!takes_support(Implemented));
    }

    #[test]
    fn text_is_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(text("t", "  好  ", 3, false).unwrap(), Some("好".into()));
        assert_eq!(text("t", "   ", 3, false).unwrap(), None);
        assert!(text("t", "一二三四", 3, false).is_err());
        assert!(text("t", "一二三", 3, false).is_ok());
        assert!(text("t", "a\u{0}b", 10, true).is_err());
        assert!(text("t", "a\nb", 10, false).is_err());
        assert!(text("t", "a\nb", 10, true).is_ok());
        assert!(required("t", "", 10, false).is_err());
    }
}
